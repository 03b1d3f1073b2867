/**
 * Loaded with `--import` into a server process (test/start-modules.test.ts): when the process
 * exits, every module it loaded — ES modules as resolved URLs, CommonJS files from the require
 * cache — is written as a JSON list to $XABAR_MODULES_FILE.
 */
import { writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { MessageChannel } from "node:worker_threads";

const out = process.env.XABAR_MODULES_FILE ?? "";
const { port1, port2 } = new MessageChannel();
const resolved = new Set<string>();
port1.on("message", (url: string) => resolved.add(url));
port1.unref();

// Module hooks run on a thread of their own: each resolved URL is posted back here.
const hooks = `let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2 }, transferList: [port2] });

process.on("exit", () => {
  const commonJs = Object.keys(createRequire(import.meta.url).cache);
  if (out) writeFileSync(out, JSON.stringify([...resolved, ...commonJs]));
});
