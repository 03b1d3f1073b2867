/** The weather widget: a background-refreshed observation and its localised description. */
export { describeWeather, formatTemperature, type WeatherDescription } from "./describe.js";
export { fetchCurrentWeather, currentWeatherUrl, WeatherProviderError } from "./open-meteo.js";
export type { WeatherNow } from "./weather-now.js";
export { WeatherService, type WeatherClock, type WeatherLog } from "./weather.service.js";
export { realTimers, type Timer, type Timers } from "../timers.js";
export { compassMessageKey, wmoMessageKey } from "./wmo.js";
