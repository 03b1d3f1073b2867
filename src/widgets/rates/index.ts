/** The exchange rates widget: the Central Bank of Uzbekistan's rates, refreshed in the background, with history. */
export { fetchRates, ratesUrl, cbuDay, RatesProviderError, type CbuConfig } from "./cbu.js";
export { describeChange, formatSum, type ChangeDescription, type Direction } from "./describe.js";
export { type Rate, perUnit, diffPerUnit } from "./rate.js";
export { RatesService, type RatePoint, type RatesConfig, type RatesSnapshot } from "./rates.service.js";
