/**
 * The newsroom app (admin/, built by Vite into dist/admin) at /admin/: its hashed assets served
 * as immutable, its two pages never cached (the app's own paths all answer the app page, so
 * every screen has a real URL). A server started before `npm run build` says so instead.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { projectRoot } from "../site/assets.js";

export const ADMIN_BUILD_DIR = join(projectRoot(), "dist", "admin");
const PAGE_HEADERS = { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache", "x-robots-tag": "noindex" };

export async function adminApp(app: FastifyInstance, options: { dir?: string } = {}): Promise<void> {
  const dir = options.dir ?? ADMIN_BUILD_DIR;
  const appPage = join(dir, "index.html");
  const signInPage = join(dir, "sign-in.html");
  if (!existsSync(appPage) || !existsSync(signInPage)) {
    app.log.warn({ dir }, "the newsroom app is not built: /admin/ answers 503 until `npm run build`");
    app.get("/admin/*", async (_request, reply) =>
      reply
        .code(503)
        .headers(PAGE_HEADERS)
        .send("<!doctype html><title>Xabar</title><p>The newsroom app is not built yet: run <code>npm run build</code>.</p>"),
    );
    return;
  }
  const pages = { app: readFileSync(appPage), signIn: readFileSync(signInPage) };
  const send = (reply: FastifyReply, page: Buffer) => reply.headers(PAGE_HEADERS).send(page);
  await app.register(fastifyStatic, {
    root: join(dir, "assets"),
    prefix: "/admin/assets/",
    decorateReply: false,
    immutable: true,
    maxAge: "365d",
    index: false,
    list: false,
  });
  app.get("/admin", async (_request, reply) => reply.redirect("/admin/", 301));
  app.get("/admin/sign-in", async (_request, reply) => send(reply, pages.signIn));
  app.get("/admin/set-password", async (_request, reply) => send(reply, pages.signIn));
  app.get("/admin/*", async (_request, reply) => send(reply, pages.app));
}
