/** The weather widget's one value: the latest observation for a city, in metric units. */
export interface WeatherNow {
  /** The configured city key (`tashkent`), not a display name: names come from the catalogue. */
  city: string;
  /** When the provider measured it, ISO 8601 UTC. */
  observedAt: string;
  /** °C. */
  temperature: number;
  /** WMO weather interpretation code (0–99). */
  weatherCode: number;
  /** m/s at 10 m. */
  windSpeed: number;
  /** Degrees the wind comes from, 0 = north, clockwise. */
  windDirection: number;
}
