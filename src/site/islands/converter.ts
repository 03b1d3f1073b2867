/**
 * The rates page's converter: sum ⇄ a currency at the CBU's rate, computed in the browser from
 * the rates the page carries (`data-rates`, sum per unit). Shown only when this runs: without
 * JavaScript the page's table is the converter.
 */
import type { Locale } from "../../lang/locales.js";
import { type NumberFormatter, numberFormatter } from "../../lang/numbers.js";

export interface Conversion {
  /** What was typed: "100", "2,5" (a decimal comma is read too). */
  amount: string;
  ccy: string;
  direction: "to-sum" | "from-sum";
}

/** The result line, "1 217 646,00 soʻm" or "8,21 USD"; "—" for an amount or currency that cannot be converted. */
export function convert(input: Conversion, rates: Record<string, number>, money: NumberFormatter, sum: string): string {
  const amount = Number(input.amount.trim().replace(/\s/g, "").replace(",", "."));
  const rate = rates[input.ccy];
  if (!input.amount.trim() || !Number.isFinite(amount) || amount < 0 || !rate || !(rate > 0)) return "—";
  return input.direction === "from-sum" ? `${money.format(amount / rate)} ${input.ccy}` : `${money.format(amount * rate)} ${sum}`;
}

export function startConverter(root: HTMLElement, locale: Locale | undefined): void {
  let rates: Record<string, number>;
  try {
    rates = JSON.parse(root.dataset.rates ?? "{}") as Record<string, number>;
  } catch {
    return;
  }
  const form = root.querySelector("form");
  const output = root.querySelector("output");
  if (!form || !output) return;
  const sum = output.dataset.sum ?? "";
  const cents = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  const money = locale ? numberFormatter(locale, cents) : new Intl.NumberFormat(undefined, cents);
  const update = () => {
    const data = new FormData(form);
    const field = (name: string): string => {
      const value = data.get(name);
      return typeof value === "string" ? value : "";
    };
    const direction = field("direction") === "from-sum" ? "from-sum" : "to-sum";
    output.textContent = convert({ amount: field("amount"), ccy: field("ccy"), direction }, rates, money, sum);
  };
  form.addEventListener("input", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  root.hidden = false;
  update();
}
