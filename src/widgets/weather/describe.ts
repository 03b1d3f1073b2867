/** The weather widget's words and numbers in the page's language. */
import { formatNumber } from "../../lang/format.js";
import type { Locale } from "../../lang/locales.js";
import { t } from "../../lang/messages.js";
import type { WeatherNow } from "./weather-now.js";
import { compassMessageKey, wmoMessageKey } from "./wmo.js";

export interface WeatherDescription {
  /** "+1°", "−3°" (U+2212 minus, as typography wants), "0°". */
  temperature: string;
  /** "clear sky", "ясно", … */
  condition: string;
  /** "wind 3 m/s, NE". */
  wind: string;
  /** "Weather in Tashkent", for headings and aria-label. */
  label: string;
}

const MINUS = "\u2212";

export function formatTemperature(celsius: number, locale: Locale): string {
  // Math.round gives -0 for -0.4: compare, do not look at the sign bit, so it prints "0°".
  const rounded = Math.round(celsius);
  const digits = formatNumber(Math.abs(rounded), locale);
  if (rounded > 0) return `+${digits}°`;
  if (rounded < 0) return `${MINUS}${digits}°`;
  return `${digits}°`;
}

/** `cityName`: the site's city in this locale when it is not Tashkent (WEATHER_CITY_NAMES). */
export function describeWeather(w: WeatherNow, locale: Locale, cityName?: string): WeatherDescription {
  const speed = formatNumber(Math.round(w.windSpeed), locale);
  const direction = t(locale, compassMessageKey(w.windDirection));
  return {
    temperature: formatTemperature(w.temperature, locale),
    condition: t(locale, wmoMessageKey(w.weatherCode)),
    wind: `${t(locale, "wind")} ${t(locale, "windSpeed", { speed })}, ${direction}`,
    label: t(locale, "weatherIn", { city: cityName ?? t(locale, "cityTashkent") }),
  };
}
