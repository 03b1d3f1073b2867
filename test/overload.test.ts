/** Under overload the server sheds requests with 503 + Retry-After instead of queueing them. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";

let x: TestApp;
beforeAll(async () => {
  x = await createTestApp({ OVERLOAD_EVENT_LOOP_DELAY_MS: "40" });
});
afterAll(async () => {
  await x.close();
});

function blockEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // Busy: what a flood of expensive renders does to a process.
  }
}

describe("load shedding", () => {
  it("answers 503 with Retry-After and an error code while the event loop lags, then recovers", async () => {
    expect((await x.app.inject({ url: "/healthz" })).statusCode).toBe(200);
    let shed: { statusCode: number; headers: Record<string, unknown>; body: string } | undefined;
    for (let attempt = 0; attempt < 20 && !shed; attempt++) {
      blockEventLoop(150);
      await new Promise((resolve) => setTimeout(resolve, 25));
      const res = await x.app.inject({ url: "/en/" });
      if (res.statusCode === 503) shed = res;
    }
    expect(shed?.headers["retry-after"]).toBe("10");
    expect(JSON.parse(shed?.body ?? "{}").error.code).toBe("XABAR_UNAVAILABLE");
    await expect.poll(async () => (await x.app.inject({ url: "/en/" })).statusCode, { timeout: 5_000, interval: 100 }).toBe(200);
  });
});
