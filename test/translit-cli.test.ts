/** `xabar translit` with an alphabet profile, as a newsroom runs it: stdin to stdout. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function translit(args: string[], input: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, ["--import", "tsx", "test/xabar.ts", "translit", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, TRANSLIT_PROFILE: "", ...env },
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe("xabar translit --profile", () => {
  it("writes and reads the reform alphabet on the Latin side", () => {
    expect(translit(["--to", "latn", "--profile", "reform"], "Ўзбекистон ёшлари шаҳарда\nИсҳоқ чой ичди\n").stdout).toBe(
      "Õzbekiston yoşlari şaharda\nIshoq çoy içdi\n",
    );
    expect(translit(["--to", "cyrl", "--profile", "reform"], "Õzbekiston yoşlari şaharda\nIshoq çoy içdi\n").stdout).toBe(
      "Ўзбекистон ёшлари шаҳарда\nИсҳоқ чой ичди\n",
    );
  });
  it("takes the site's TRANSLIT_PROFILE when no --profile is given, and the 1995 alphabet by default", () => {
    expect(translit(["--to", "latn"], "Ўзбекистон\n", { TRANSLIT_PROFILE: "reform" }).stdout).toBe("Õzbekiston\n");
    expect(translit(["--to", "latn"], "Ўзбекистон\n").stdout).toBe("Oʻzbekiston\n");
  });
  it("refuses a profile it does not know, with usage", () => {
    const result = translit(["--to", "latn", "--profile", "2030"], "x\n");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown --profile "2030"');
    expect(result.stdout).toBe("");
  });
});
