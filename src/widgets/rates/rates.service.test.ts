import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/database.js";
import { FakeCbu } from "../../../test/fake-cbu.js";
import { ManualTimers } from "../../../test/manual-timers.js";
import { type RatesConfig, RatesService } from "./rates.service.js";

const HOUR = 3_600_000;
/** 1 December 2026, 10:00 in Tashkent: a Tuesday. */
const T0 = new Date("2026-12-01T05:00:00.000Z");

let dir: string;
let database: TestDatabase;
let fake: FakeCbu;
let timers: ManualTimers;
let clock: Date;
let logs: Array<{ level: string; obj: object; msg?: string }>;
let services: RatesService[];
let changes: number;

const log = {
  info: (obj: object, msg?: string) => logs.push({ level: "info", obj, msg }),
  warn: (obj: object, msg?: string) => logs.push({ level: "warn", obj, msg }),
};
const warnings = () => logs.filter((l) => l.level === "warn");

function service(overrides: Partial<RatesConfig> = {}): RatesService {
  const config: RatesConfig = {
    apiUrl: fake.apiUrl,
    timeoutMs: 300,
    refreshMs: HOUR,
    currencies: ["USD", "EUR", "RUB"],
    historyDays: 30,
    timeZone: "Asia/Tashkent",
    ...overrides,
  };
  const created = new RatesService(database.handle.db, config, log, { now: () => clock, timers }, () => (changes += 1));
  services.push(created);
  return created;
}

const count = async () =>
  Number(
    (
      await database.handle.db
        .selectFrom("exchange_rates")
        .select(({ fn }) => fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "xabar-rates-"));
  database = await openTestDatabase(dir);
  fake = new FakeCbu();
  await fake.start();
  // Weekdays from 2 November to 1 December: 22 days of rates.
  fake.fillWeekdays("2026-11-02", "2026-12-01", { USD: 12100, EUR: 14000, RUB: 150, KRW: 80 });
  timers = new ManualTimers();
  clock = T0;
  logs = [];
  services = [];
  changes = 0;
});

afterEach(async () => {
  for (const s of services) s.stop();
  await fake.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("RatesService", () => {
  it("fetches the latest rates and, on the first run, 30 days of history, one row per currency and day", async () => {
    const rates = service();
    expect(rates.current()).toBeUndefined();
    expect(await rates.refresh()).toBe(true);
    // The latest, then one archive request per day of the window not stored yet, newest first:
    // a Sunday answers Friday's rates, so the four Fridays are never asked (29 − 4).
    expect(fake.asked[0]).toBe("");
    const archive = fake.asked.filter((p) => p.startsWith("all/"));
    expect(archive).toHaveLength(25);
    expect(new Set(archive).size).toBe(25);
    expect(archive).not.toContain("all/2026-11-27/");
    expect(fake.asked).toContain("all/2026-11-02/");
    const snapshot = rates.current();
    expect(snapshot?.day).toBe("2026-12-01");
    expect(snapshot?.latest.map((r) => r.ccy)).toEqual(["USD", "EUR", "RUB", "KRW"]);
    // 22 weekdays × 4 currencies; weekend days answered with Friday's date add nothing.
    expect(await count()).toBe(22 * 4);
    const usd = snapshot?.history.get("USD") ?? [];
    expect(usd).toHaveLength(22);
    expect(usd[0]).toEqual({ day: "2026-11-02", value: 12100 });
    expect(usd.at(-1)).toEqual({ day: "2026-12-01", value: 12100 + 21 * 1.5 });
    // Nominal 10: the history is per unit.
    expect(snapshot?.history.get("KRW")?.[0]?.value).toBe(8);
    expect(changes).toBe(1);

    // The next refresh asks for the latest only.
    const asked = fake.requests;
    expect(await rates.refresh()).toBe(true);
    expect(fake.requests).toBe(asked + 1);
    expect(changes).toBe(1);
  });

  it.each(["error", "html", "truncated", "empty", "numbers", "hang"] as const)(
    "keeps the last rates, stored and shown, when the CBU answers %s",
    async (mode) => {
      const rates = service();
      await rates.refresh();
      const before = rates.current();
      const rows = await count();
      fake.mode = mode;
      expect(await rates.refresh()).toBe(false);
      expect(rates.current()).toBe(before);
      expect(await count()).toBe(rows);
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]?.msg).toMatch(/keeping the last rates/);
    },
  );

  it("takes a new day's rates, replaces a corrected one and tells of the change", async () => {
    const rates = service();
    await rates.refresh();
    clock = new Date(T0.getTime() + 24 * HOUR);
    fake.set("2026-12-02", { USD: { rate: "12120.00" }, EUR: { rate: "14050.00" }, RUB: { rate: "151.00" }, KRW: { rate: "80.00", nominal: 10 } });
    expect(await rates.refresh()).toBe(true);
    expect(rates.current()?.day).toBe("2026-12-02");
    // 1 December's was 12 131.50.
    expect(rates.current()?.latest[0]).toMatchObject({ ccy: "USD", rate: "12120.00", diff: "-11.5" });
    expect(changes).toBe(2);
    fake.set("2026-12-02", { USD: { rate: "12151.00" }, EUR: { rate: "14050.00" }, RUB: { rate: "151.00" }, KRW: { rate: "80.00", nominal: 10 } });
    await rates.refresh();
    expect(changes).toBe(3);
    const stored = await database.handle.db.selectFrom("exchange_rates").select(["rate"]).where("ccy", "=", "USD").where("day", "=", "2026-12-02").execute();
    expect(stored).toEqual([{ rate: "12151.00" }]);
  });

  it("loads the stored rates on restart without the network, and waits out the rest of the hour", async () => {
    await service().refresh();
    const asked = fake.requests;
    fake.mode = "error";
    clock = new Date(T0.getTime() + 20 * 60_000);
    const restarted = service();
    await restarted.start();
    expect(restarted.current()?.day).toBe("2026-12-01");
    expect(restarted.current()?.history.get("EUR")).toHaveLength(22);
    expect(timers.pending()).toEqual([40 * 60_000]);
    expect(fake.requests).toBe(asked);
    timers.advance(40 * 60_000);
    await vi.waitFor(() => expect(warnings()).toHaveLength(1));
    expect(restarted.current()?.day).toBe("2026-12-01");
  });

  it("starts with nothing stored and the CBU unreachable without throwing, and backfills once it answers", async () => {
    fake.mode = "hang";
    const rates = service();
    await rates.start();
    expect(timers.pending()).toEqual([0]);
    timers.advance(0);
    await vi.waitFor(() => expect(warnings()).toHaveLength(1));
    expect(rates.current()).toBeUndefined();
    fake.mode = "ok";
    await vi.waitFor(() => expect(timers.pending()).toEqual([HOUR]));
    timers.advance(HOUR);
    await vi.waitFor(() => expect(rates.current()?.history.get("USD")).toHaveLength(22));
  });

  it("keeps the latest when the archive fails, and asks the archive again on the next refresh", async () => {
    const rates = service();
    fake.failArchive = 3;
    expect(await rates.refresh()).toBe(true);
    // Three failures in a row end the backfill for this refresh.
    expect(fake.asked.filter((p) => p.startsWith("all/"))).toHaveLength(3);
    expect(warnings()).toHaveLength(3);
    expect(rates.current()?.history.get("USD")).toEqual([{ day: "2026-12-01", value: 12100 + 21 * 1.5 }]);
    expect(await rates.refresh()).toBe(true);
    expect(rates.current()?.history.get("USD")).toHaveLength(22);
  });
});
