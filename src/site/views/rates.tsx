/**
 * The exchange rates page: every currency in a table, one currency's chart drawn here as SVG
 * (no chart script; the title and description say in words what it shows), and the converter,
 * a form the island brings to life (hidden without JavaScript: the table is the fallback).
 */
import { t } from "../../lang/messages.js";
import type { CardContext, RateChange, RatesChart, RatesView } from "../view-models.js";

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 12, right: 12, top: 16, bottom: 28 };

export function Change({ change }: { change: RateChange }) {
  return (
    <span class={`change ${change.direction}`} title={change.label}>
      {change.arrow ? <span aria-hidden="true">{change.arrow} </span> : null}
      {change.text}
      <span class="sr"> ({change.label})</span>
    </span>
  );
}

/** Where each point goes: x by calendar day (weekends leave gaps), y by value within the range. */
export function chartPath(points: RatesChart["points"]): { d: string; coords: Array<[number, number]> } {
  const times = points.map((p) => Date.parse(`${p.day}T00:00:00Z`));
  const values = points.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const coords = points.map((_, i): [number, number] => {
    const x = PAD.left + (t1 === t0 ? w / 2 : (((times[i] ?? t0) - t0) / (t1 - t0)) * w);
    const y = PAD.top + (v1 === v0 ? h / 2 : (1 - ((values[i] ?? v0) - v0) / (v1 - v0)) * h);
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  });
  return { d: coords.map(([x, y], i) => `${i === 0 ? "M" : "L"}${x} ${y}`).join(" "), coords };
}

function Chart({ chart }: { chart: RatesChart }) {
  const { d, coords } = chartPath(chart.points);
  const last = coords.at(-1);
  const bottom = HEIGHT - PAD.bottom;
  return (
    <figure class="rates-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="rates-chart-title rates-chart-desc" data-xabar="rates-chart" data-ccy={chart.ccy}>
        <title id="rates-chart-title">{chart.title}</title>
        <desc id="rates-chart-desc">{chart.desc}</desc>
        <line class="axis" x1={PAD.left} y1={bottom} x2={WIDTH - PAD.right} y2={bottom} stroke="currentColor" stroke-opacity="0.4" />
        <line class="grid" x1={PAD.left} y1={PAD.top} x2={WIDTH - PAD.right} y2={PAD.top} stroke="currentColor" stroke-opacity="0.15" stroke-dasharray="4 4" />
        <text x={WIDTH - PAD.right} y={PAD.top - 4} text-anchor="end" font-size="12" fill="currentColor">
          {chart.axis.max}
        </text>
        <text x={WIDTH - PAD.right} y={bottom - 4} text-anchor="end" font-size="12" fill="currentColor">
          {chart.axis.min}
        </text>
        <text x={PAD.left} y={HEIGHT - 8} font-size="12" fill="currentColor">
          {chart.axis.from}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} text-anchor="end" font-size="12" fill="currentColor">
          {chart.axis.to}
        </text>
        <path class="line" d={d} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
        {last ? <circle cx={last[0]} cy={last[1]} r="3.5" fill="currentColor" /> : null}
      </svg>
      <figcaption>{chart.desc}</figcaption>
    </figure>
  );
}

function Converter({ view, ctx }: { view: RatesView; ctx: CardContext }) {
  const { locale } = ctx;
  if (!view.converter) return null;
  return (
    <section class="converter" aria-labelledby="converter-title" data-xabar="converter" data-rates={JSON.stringify(view.converter.rates)} hidden>
      <h2 id="converter-title">{t(locale, "ratesConverter")}</h2>
      <form>
        <label>
          {t(locale, "ratesAmount")} <input name="amount" type="number" min="0" step="any" inputmode="decimal" value="100" />
        </label>{" "}
        <label>
          {t(locale, "ratesCurrency")}{" "}
          <select name="ccy">
            {view.rows.map((row) => (
              <option value={row.ccy} selected={row.ccy === view.converter?.selected}>
                {row.ccy} — {row.name}
              </option>
            ))}
          </select>
        </label>{" "}
        <select name="direction" aria-label={t(locale, "ratesDirection")}>
          <option value="to-sum">{t(locale, "ratesToSum")}</option>
          <option value="from-sum">{t(locale, "ratesFromSum")}</option>
        </select>
        <p>
          {t(locale, "ratesResult")}: <output name="result" aria-live="polite" data-sum={t(locale, "sum")}></output>
        </p>
      </form>
    </section>
  );
}

export function RatesPage({ view, ctx }: { view: RatesView; ctx: CardContext }) {
  const { locale } = ctx;
  return (
    <article class="rates-page">
      <h1>{t(locale, "ratesTitle")}</h1>
      {view.date ? <p class="as-of">{t(locale, "ratesAsOf", { date: view.date })}</p> : <p>{t(locale, "ratesNone")}</p>}
      {view.chart ? <Chart chart={view.chart} /> : view.date ? <p>{t(locale, "ratesChartNone")}</p> : null}
      <Converter view={view} ctx={ctx} />
      {view.rows.length ? (
        // A phone narrower than the table scrolls the table, not the page.
        <div class="table-scroll">
          <table class="rates-table">
            <thead>
              <tr>
                <th scope="col">{t(locale, "ratesCurrency")}</th>
                <th scope="col">{t(locale, "ratesPerUnit")}</th>
                <th scope="col">{t(locale, "ratesChange")}</th>
                <th scope="col">{t(locale, "ratesChartShow")}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr data-ccy={row.ccy} aria-current={row.selected ? "true" : undefined}>
                  <th scope="row">
                    <abbr title={row.name}>{row.ccy}</abbr> <span class="name">{row.name}</span>
                    {row.nominal !== 1 ? <span class="nominal"> (×{row.nominal})</span> : null}
                  </th>
                  <td class="num">{row.value}</td>
                  <td class="num">
                    <Change change={row.change} />
                  </td>
                  <td>
                    <a href={row.chartHref} aria-current={row.selected ? "page" : undefined}>
                      {t(locale, "ratesChartShow")} <span class="sr">{row.ccy}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p class="source">{t(locale, "ratesSource")}</p>
    </article>
  );
}
