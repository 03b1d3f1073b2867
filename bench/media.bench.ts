/**
 * `npm run bench:media [-- --runs N]`: one 4000×3000 JPEG uploaded through the admin API (multipart →
 * sniff → every variant → disk → row), N times in a row. Prints the time of each upload, the
 * event-loop delay while they ran (perf_hooks.monitorEventLoopDelay) and how long /healthz took
 * to answer meanwhile (one request every 20 ms): what a page render would have waited.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import pino from "pino";
import sharp from "sharp";
import { assemble } from "../src/app/assemble.js";
import { loadConfig } from "../src/config.js";
import { openConfiguredDatabase } from "../src/db/database.js";
import { AccountService } from "../src/newsroom/accounts.service.js";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1]);
const dir = mkdtempSync(join(tmpdir(), "xabar-media-bench-"));
const config = loadConfig({
  DATA_DIR: dir,
  SEED_DEMO: "0",
  LOG_LEVEL: "silent",
  WEATHER_API_URL: "http://127.0.0.1:9/v1/forecast",
  CBU_API_URL: "http://127.0.0.1:9/json/",
  WEATHER_TIMEOUT_MS: "200",
  MEDIA_THREADS: process.env.MEDIA_THREADS,
});
const database = await openConfiguredDatabase(config);
const x = await assemble(config, database, pino({ level: "silent" }), "bench-secret");
const ms = (ns: number): string => (ns / 1e6).toFixed(1);
try {
  const password = "Bench-password-Chorsu-1";
  await new AccountService(x.db).createUser({ email: "bench@example.uz", name: "Bench", role: "author", locales: [], password });
  const login = await x.app.inject({ method: "POST", url: "/api/admin/session", payload: { email: "bench@example.uz", password } });
  const cookie = `xabar_session=${login.cookies.find((c) => c.name === "xabar_session")?.value ?? ""}`;
  const csrf = login.json<{ csrfToken: string }>().csrfToken;
  // A photo-like picture: noise, softened, so the encoders have real work.
  const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .blur(1.2)
    .jpeg({ quality: 90 })
    .toBuffer();
  const boundary = `----bench${randomBytes(6).toString("hex")}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    photo,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  console.log(
    `4000×3000 JPEG, ${(photo.length / 1024 / 1024).toFixed(1)} MB; sharp.concurrency ${sharp.concurrency()}, MEDIA_CONCURRENCY ${config.media.concurrency}`,
  );
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const probes: number[] = [];
  let probing = true;
  const probe = async () => {
    while (probing) {
      const started = performance.now();
      await x.app.inject({ url: "/healthz" });
      probes.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  delay.enable();
  const probing$ = probe();
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    const res = await x.app.inject({
      method: "POST",
      url: "/api/admin/media",
      headers: { cookie, "x-csrf-token": csrf, "content-type": `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    const variants = res.json<{ variants: unknown[] }>().variants.length;
    console.log(`upload ${run}: ${res.statusCode}, ${variants} variant files, ${(performance.now() - started).toFixed(0)} ms`);
  }
  probing = false;
  await probing$;
  delay.disable();
  probes.sort((a, b) => a - b);
  // The histogram holds the time between ticks of a 10 ms timer: the delay is what exceeds 10 ms.
  const lag = (ns: number): string => ms(Math.max(0, ns - 10e6));
  console.log(`event-loop delay beyond the 10 ms timer: p50 ${lag(delay.percentile(50))} ms, p99 ${lag(delay.percentile(99))} ms, max ${lag(delay.max)} ms`);
  console.log(
    `/healthz meanwhile: ${probes.length} requests, p50 ${probes[Math.floor(probes.length / 2)]?.toFixed(1)} ms, max ${probes[probes.length - 1]?.toFixed(1)} ms`,
  );
} finally {
  await x.app.close();
  await x.stopServices();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
