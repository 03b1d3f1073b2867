/**
 * The Central Bank of Uzbekistan's rates as JSON: `{base}` is today's (the latest), and
 * `{base}all/YYYY-MM-DD/` a past day's; a day with no rates of its own answers the rates then in
 * force, under their own `Date`. Everything that comes back is validated — every value but `id`
 * is a string — so a wrong, partial, empty or slow answer becomes a `RatesProviderError`.
 */
import * as z from "zod";
import type { Rate } from "./rate.js";

export class RatesProviderError extends Error {
  override readonly name = "RatesProviderError";
}

export interface CbuConfig {
  /** Ends with "/": `https://cbu.uz/uz/arkhiv-kursov-valyut/json/`. */
  apiUrl: string;
  timeoutMs: number;
}

const decimal = /^-?\d{1,12}(\.\d{1,8})?$/;
const name = z.string().trim().min(1).max(200);

const entrySchema = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  Code: z.string().regex(/^\d{3}$/),
  Ccy: z.string().regex(/^[A-Z]{3}$/),
  CcyNm_RU: name,
  CcyNm_UZ: name,
  CcyNm_UZC: name,
  CcyNm_EN: name,
  Nominal: z.string().regex(/^[1-9]\d{0,6}$/),
  Rate: z
    .string()
    .regex(decimal)
    .refine((v) => Number(v) > 0, "must be positive"),
  Diff: z.string().regex(decimal),
  Date: z.string().regex(/^\d{2}\.\d{2}\.\d{4}$/),
});

const responseSchema = z.array(entrySchema).min(1, "no rates in the answer");

type Entry = z.infer<typeof entrySchema>;

/** "01.12.2026" → "2026-12-01", or undefined for a day that does not exist. */
export function cbuDay(date: string): string | undefined {
  const [dd, mm, yyyy] = date.split(".");
  const day = `${yyyy}-${mm}-${dd}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : undefined;
}

/** The URL of the latest rates, or of the rates in force on `day` (YYYY-MM-DD). */
export function ratesUrl(config: CbuConfig, day?: string): string {
  return day ? new URL(`all/${day}/`, config.apiUrl).toString() : config.apiUrl;
}

function toRate(entry: Entry): Rate {
  const day = cbuDay(entry.Date);
  if (!day) throw new RatesProviderError(`bad date ${entry.Date} for ${entry.Ccy}`);
  return {
    ccy: entry.Ccy,
    code: entry.Code,
    day,
    nominal: Number(entry.Nominal),
    rate: entry.Rate,
    diff: entry.Diff,
    names: { uz: entry.CcyNm_UZ, oz: entry.CcyNm_UZC, ru: entry.CcyNm_RU, en: entry.CcyNm_EN },
  };
}

/**
 * One request: the latest rates, or those in force on `day`. `signal` lets the caller cancel (on
 * shutdown); the timeout applies to the whole exchange, body included.
 */
export async function fetchRates(config: CbuConfig, options: { day?: string; signal?: AbortSignal } = {}): Promise<Rate[]> {
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const url = ratesUrl(config, options.day);
  let body: unknown;
  try {
    const response = await fetch(url, {
      signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout,
      headers: { accept: "application/json" },
    });
    const text = await response.text();
    if (!response.ok) throw new RatesProviderError(`CBU answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      throw new RatesProviderError(`CBU answered something other than JSON: ${JSON.stringify(text.slice(0, 80))}`);
    }
  } catch (error) {
    if (error instanceof RatesProviderError) throw error;
    const reason = timeout.aborted ? `timed out after ${config.timeoutMs} ms` : errorMessage(error);
    throw new RatesProviderError(`CBU request failed: ${reason}`, { cause: error });
  }
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".")}: ${i.message}`)
      .join("; ");
    throw new RatesProviderError(`unexpected CBU response: ${issues}`);
  }
  const rates = parsed.data.map(toRate);
  // One currency once: a repeated code would make the answer ambiguous.
  const seen = new Set<string>();
  for (const rate of rates) {
    const key = `${rate.ccy}|${rate.day}`;
    if (seen.has(key)) throw new RatesProviderError(`CBU answered ${rate.ccy} twice for ${rate.day}`);
    seen.add(key);
  }
  return rates;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}
