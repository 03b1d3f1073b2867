/**
 * The newsroom app: built into dist/admin and served by the Xabar server at /admin/ (hashed,
 * immutable assets under /admin/assets/). Two pages: the app, and the small sign-in page (which
 * also sets a password from a one-time link), so signing in never loads the editor.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("."),
  base: "/admin/",
  plugins: [react()],
  build: {
    outDir: here("../dist/admin"),
    emptyOutDir: true,
    assetsDir: "assets",
    // Budgets (checked by test/admin-app.test.ts): sign-in ≤ 60 KB of JS gzip, the editor ≤ 250 KB.
    chunkSizeWarningLimit: 800,
    rollupOptions: { input: { app: here("index.html"), signIn: here("sign-in.html") } },
  },
});
