/** WMO weather codes and wind directions → message keys; the words themselves live in the catalogue. */
import type { MessageKey } from "../../lang/messages.js";

type WmoKey = Extract<MessageKey, `wmo${string}`>;
type CompassKey = "windN" | "windNE" | "windE" | "windSE" | "windS" | "windSW" | "windW" | "windNW";

// WMO 4677 as Open-Meteo uses it; intensity variants (light/moderate/dense) share one word on a small widget.
const WMO: Record<number, WmoKey> = {
  0: "wmoClear",
  1: "wmoMainlyClear",
  2: "wmoPartlyCloudy",
  3: "wmoOvercast",
  45: "wmoFog",
  48: "wmoFog",
  51: "wmoDrizzle",
  53: "wmoDrizzle",
  55: "wmoDrizzle",
  56: "wmoFreezingDrizzle",
  57: "wmoFreezingDrizzle",
  61: "wmoRain",
  63: "wmoRain",
  65: "wmoRain",
  66: "wmoFreezingRain",
  67: "wmoFreezingRain",
  71: "wmoSnow",
  73: "wmoSnow",
  75: "wmoSnow",
  77: "wmoSnowGrains",
  80: "wmoRainShowers",
  81: "wmoRainShowers",
  82: "wmoRainShowers",
  85: "wmoSnowShowers",
  86: "wmoSnowShowers",
  95: "wmoThunderstorm",
  96: "wmoThunderstormHail",
  99: "wmoThunderstormHail",
};

/** The condition's message key; codes Open-Meteo does not document fall back to wmoUnknown. */
export function wmoMessageKey(code: number): WmoKey {
  return Object.hasOwn(WMO, code) ? WMO[code] : "wmoUnknown";
}

const COMPASS: readonly CompassKey[] = ["windN", "windNE", "windE", "windSE", "windS", "windSW", "windW", "windNW"];

/** The 8-point compass sector of a direction in degrees (0 = N, clockwise); 337.5 and up is N again. */
export function compassMessageKey(degrees: number): CompassKey {
  const normalized = ((degrees % 360) + 360) % 360;
  // Non-finite input cannot pass validation upstream; N keeps the function total anyway.
  const sector = Number.isFinite(normalized) ? Math.round(normalized / 45) % 8 : 0;
  return COMPASS[sector] ?? "windN";
}
