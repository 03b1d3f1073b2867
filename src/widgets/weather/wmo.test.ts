import { describe, expect, it } from "vitest";
import { compassMessageKey, wmoMessageKey } from "./wmo.js";

describe("wmoMessageKey", () => {
  it("maps every code Open-Meteo documents", () => {
    const expected: Record<string, number[]> = {
      wmoClear: [0],
      wmoMainlyClear: [1],
      wmoPartlyCloudy: [2],
      wmoOvercast: [3],
      wmoFog: [45, 48],
      wmoDrizzle: [51, 53, 55],
      wmoFreezingDrizzle: [56, 57],
      wmoRain: [61, 63, 65],
      wmoFreezingRain: [66, 67],
      wmoSnow: [71, 73, 75],
      wmoSnowGrains: [77],
      wmoRainShowers: [80, 81, 82],
      wmoSnowShowers: [85, 86],
      wmoThunderstorm: [95],
      wmoThunderstormHail: [96, 99],
    };
    const pairs = Object.entries(expected).flatMap(([key, codes]) => codes.map((code) => [code, key] as const));
    expect(pairs.map(([code]) => [code, wmoMessageKey(code)])).toEqual(pairs);
  });
  it("falls back to wmoUnknown for anything else", () => {
    for (const code of [4, 44, 50, 60, 98, 100, -1, 2.5]) expect(wmoMessageKey(code)).toBe("wmoUnknown");
  });
});

describe("compassMessageKey", () => {
  it("gives the 8-point sector, 0° = north, clockwise", () => {
    const cases: [number, string][] = [
      [0, "windN"],
      [22.4, "windN"],
      [22.5, "windNE"],
      [45, "windNE"],
      [90, "windE"],
      [135, "windSE"],
      [180, "windS"],
      [225, "windSW"],
      [270, "windW"],
      [315, "windNW"],
      [337.4, "windNW"],
      [337.5, "windN"],
      [359, "windN"],
      [360, "windN"],
      [-45, "windNW"],
      [405, "windNE"],
    ];
    expect(cases.map(([degrees]) => [degrees, compassMessageKey(degrees)])).toEqual(cases);
  });
});
