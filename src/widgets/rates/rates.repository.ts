/** SQL for `exchange_rates`: one row per (currency, day), history kept. */
import type { Db } from "../../db/database.js";
import type { ExchangeRateRow } from "../../db/schema.js";
import type { Rate } from "./rate.js";

function fromRow(row: ExchangeRateRow): Rate {
  return {
    ccy: row.ccy,
    code: row.code,
    day: row.day,
    nominal: row.nominal,
    rate: row.rate,
    diff: row.diff,
    names: { uz: row.name_uz, oz: row.name_oz, ru: row.name_ru, en: row.name_en },
  };
}

/** Stores the rates (a day's row replaced by a newer answer for it), in one transaction. */
export async function saveRates(db: Db, rates: readonly Rate[], fetchedAt: string): Promise<void> {
  if (rates.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const rate of rates) {
      const values = {
        code: rate.code,
        nominal: rate.nominal,
        rate: rate.rate,
        diff: rate.diff,
        name_uz: rate.names.uz,
        name_oz: rate.names.oz,
        name_ru: rate.names.ru,
        name_en: rate.names.en,
        fetched_at: fetchedAt,
      };
      await trx
        .insertInto("exchange_rates")
        .values({ ccy: rate.ccy, day: rate.day, ...values })
        .onConflict((oc) => oc.columns(["ccy", "day"]).doUpdateSet(values))
        .execute();
    }
  });
}

/** Every stored rate since `sinceDay` (YYYY-MM-DD), oldest day first. */
export async function loadRatesSince(db: Db, sinceDay: string): Promise<Rate[]> {
  const rows = await db.selectFrom("exchange_rates").selectAll().where("day", ">=", sinceDay).orderBy("day").orderBy("ccy").execute();
  return rows.map(fromRow);
}

/** The latest stored row of each currency, even when older than the history window. */
export async function loadLatestRates(db: Db): Promise<Rate[]> {
  const rows = await db
    .selectFrom("exchange_rates as r")
    .selectAll("r")
    .where((eb) =>
      eb(
        "r.day",
        "=",
        eb
          .selectFrom("exchange_rates as l")
          .select((l) => l.fn.max("l.day").as("day"))
          .whereRef("l.ccy", "=", "r.ccy"),
      ),
    )
    .orderBy("r.ccy")
    .execute();
  return rows.map(fromRow);
}

/** When the last answer was stored (ISO 8601), or undefined when nothing is. */
export async function lastFetchedAt(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom("exchange_rates")
    .select(({ fn }) => fn.max("fetched_at").as("at"))
    .executeTakeFirst();
  return row?.at ?? undefined;
}
