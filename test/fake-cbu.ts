/**
 * A local stand-in for the Central Bank of Uzbekistan's JSON rates, for unit and e2e tests. It
 * answers the real URL forms — `/uz/arkhiv-kursov-valyut/json/` (the latest), `…/json/all/YYYY-MM-DD/`
 * (the rates in force on a day: a day with no rates of its own answers the latest before it,
 * under that day's own `Date`) and `…/json/USD/YYYY-MM-DD/` — with the real field shapes (every
 * value but `id` a string, `Date` as DD.MM.YYYY), and fails like it: HTTP 500, an HTML page,
 * truncated JSON, an empty array, a hang. Point CBU_API_URL at `fake.apiUrl` after `start()`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

interface Currency {
  id: number;
  code: string;
  ru: string;
  uz: string;
  uzc: string;
  en: string;
}

/** The CBU's own names, as its JSON spells them. */
export const CURRENCIES: Record<string, Currency> = {
  USD: { id: 69, code: "840", ru: "Доллар США", uz: "AQSH dollari", uzc: "АҚШ доллари", en: "US Dollar" },
  EUR: { id: 21, code: "978", ru: "Евро", uz: "EVRO", uzc: "ЕВРО", en: "Euro" },
  RUB: { id: 57, code: "643", ru: "Российский рубль", uz: "Rossiya rubli", uzc: "Россия рубли", en: "Russian Ruble" },
  GBP: { id: 22, code: "826", ru: "Фунт стерлингов", uz: "Angliya funt sterlingi", uzc: "Англия фунт стерлинги", en: "Pound Sterling" },
  KRW: { id: 39, code: "410", ru: "Вона Республики Корея", uz: "Koreya Respublikasi voni", uzc: "Корея Республикаси вони", en: "Korean Won" },
};

/** A day's rates: the rate (for `nominal` units) as the CBU's decimal string. */
export type DayRates = Record<string, { rate: string; nominal?: number }>;

/** ok: the real answers; error: HTTP 500 page; html: 200 with an HTML page; truncated: JSON cut off; empty: []; strings: numbers where strings belong; hang: no answer. */
export type FakeCbuMode = "ok" | "error" | "html" | "truncated" | "empty" | "numbers" | "hang";

const PREFIX = "/uz/arkhiv-kursov-valyut/json/";

export class FakeCbu {
  /** The days the CBU set rates for, YYYY-MM-DD → rates. */
  readonly days = new Map<string, DayRates>();
  mode: FakeCbuMode = "ok";
  /** The next this many archive requests (`all/…`) answer HTTP 500, whatever the mode. */
  failArchive = 0;
  /** Paths asked (after the prefix): "" for the latest, "all/2026-12-01/", "USD/2026-12-01/". */
  readonly asked: string[] = [];
  private readonly server = createServer((req, res) => this.handle(req, res));
  private base = "";

  async start(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  /** The value for config.rates.apiUrl (CBU_API_URL). */
  get apiUrl(): string {
    return `${this.base}${PREFIX}`;
  }

  get requests(): number {
    return this.asked.length;
  }

  /** Rates set for `day`. */
  set(day: string, rates: DayRates): void {
    this.days.set(day, rates);
    this.mode = "ok";
  }

  /** Rates set on every weekday from `from` to `to` (YYYY-MM-DD), each currency moving by `step` a day from `start`. */
  fillWeekdays(from: string, to: string, start: Record<string, number>, step = 1.5): void {
    let n = 0;
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
      const weekday = new Date(t).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const day = new Date(t).toISOString().slice(0, 10);
      this.set(
        day,
        Object.fromEntries(Object.entries(start).map(([ccy, v]) => [ccy, { rate: (v + n * step).toFixed(2), ...(ccy === "KRW" ? { nominal: 10 } : {}) }])),
      );
      n += 1;
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The latest day set on or before `day` (any when not given). */
  private inForce(day?: string): string | undefined {
    return [...this.days.keys()]
      .filter((d) => !day || d <= day)
      .sort()
      .at(-1);
  }

  private previous(day: string): string | undefined {
    return [...this.days.keys()]
      .filter((d) => d < day)
      .sort()
      .at(-1);
  }

  private entries(day: string, only?: string): object[] {
    const rates = this.days.get(day) ?? {};
    const before = this.previous(day);
    const prior = before ? this.days.get(before) : undefined;
    const [y, m, d] = day.split("-");
    return Object.entries(rates)
      .filter(([ccy]) => !only || ccy === only)
      .map(([ccy, { rate, nominal = 1 }]) => {
        const c = CURRENCIES[ccy] ?? { id: 99, code: "999", ru: ccy, uz: ccy, uzc: ccy, en: ccy };
        const was = prior?.[ccy]?.rate;
        const diff = was === undefined ? 0 : Number(rate) - Number(was);
        return {
          id: c.id,
          Code: c.code,
          Ccy: ccy,
          CcyNm_RU: c.ru,
          CcyNm_UZ: c.uz,
          CcyNm_UZC: c.uzc,
          CcyNm_EN: c.en,
          Nominal: String(nominal),
          Rate: rate,
          Diff: String(Math.round(diff * 100) / 100),
          Date: `${d}.${m}.${y}`,
        };
      });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (!path.startsWith(PREFIX)) return this.send(res, 404, "text/html", "<html><body>404</body></html>");
    const rest = path.slice(PREFIX.length);
    this.asked.push(rest);
    if (rest.startsWith("all/") && this.failArchive > 0) {
      this.failArchive -= 1;
      return this.send(res, 500, "text/html; charset=utf-8", "<html><body><h1>500</h1></body></html>");
    }
    switch (this.mode) {
      case "hang":
        return;
      case "error":
        return this.send(res, 500, "text/html; charset=utf-8", "<html><body><h1>500 Internal Server Error</h1></body></html>");
      case "html":
        return this.send(
          res,
          200,
          "text/html; charset=utf-8",
          "<!DOCTYPE html><html><head><title>Markaziy bank</title></head><body>Texnik ishlar</body></html>",
        );
      case "empty":
        return this.send(res, 200, "application/json", "[]");
      case "truncated": {
        const full = JSON.stringify(this.entries(this.inForce() ?? "", undefined));
        return this.send(res, 200, "application/json", full.slice(0, Math.max(10, Math.floor(full.length / 2))));
      }
      case "numbers":
        return this.send(
          res,
          200,
          "application/json",
          JSON.stringify(this.entries(this.inForce() ?? "").map((e) => ({ ...e, Rate: Number((e as { Rate: string }).Rate), Nominal: 1 }))),
        );
      case "ok":
        break;
    }
    const match = /^(?:(all|[A-Z]{3})\/(\d{4}-\d{2}-\d{2})\/)?$/.exec(rest);
    if (!match) return this.send(res, 404, "text/html", "<html><body>404</body></html>");
    const day = this.inForce(match[2]);
    const only = match[1] && match[1] !== "all" ? match[1] : undefined;
    this.send(res, 200, "application/json", JSON.stringify(day ? this.entries(day, only) : []));
  }

  private send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  }
}
