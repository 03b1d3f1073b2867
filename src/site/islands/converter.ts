/**
 * The rates page's converter: sum ⇄ a currency at the CBU's rate, computed in the browser from
 * the rates the page carries (`data-rates`, sum per unit). Shown only when this runs: without
 * JavaScript the page's table is the converter.
 */
export function startConverter(root: HTMLElement, lang: string): void {
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
  const money = new Intl.NumberFormat(lang || undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const update = () => {
    const data = new FormData(form);
    const field = (name: string): string => {
      const value = data.get(name);
      return typeof value === "string" ? value : "";
    };
    const amount = Number(field("amount").replace(",", "."));
    const ccy = field("ccy");
    const rate = rates[ccy];
    if (!Number.isFinite(amount) || amount < 0 || !rate) {
      output.textContent = "—";
      return;
    }
    output.textContent = field("direction") === "from-sum" ? `${money.format(amount / rate)} ${ccy}` : `${money.format(amount * rate)} ${sum}`;
  };
  form.addEventListener("input", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  root.hidden = false;
  update();
}
