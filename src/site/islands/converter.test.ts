import { describe, expect, it } from "vitest";
import { numberFormatter } from "../../lang/numbers.js";
import { convert } from "./converter.js";

const rates = { USD: 12176.46, KRW: 8.21 };
const uz = numberFormatter("uz", { minimumFractionDigits: 2, maximumFractionDigits: 2 }, () => false);
const en = new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe("the converter island's arithmetic", () => {
  it("converts into sum and out of it at the rate per unit, in the page's number format", () => {
    expect(convert({ amount: "100", ccy: "USD", direction: "to-sum" }, rates, en, "sum")).toBe("1,217,646.00 sum");
    expect(convert({ amount: "1 000 000", ccy: "USD", direction: "from-sum" }, rates, uz, "soʻm")).toBe("82,13 USD");
    // A decimal comma is read as typed on an Uzbek or Russian keyboard.
    expect(convert({ amount: "2,5", ccy: "KRW", direction: "to-sum" }, rates, uz, "soʻm")).toBe("20,53 soʻm");
  });

  it("answers a dash for what cannot be converted", () => {
    for (const amount of ["", "abc", "-5"]) expect(convert({ amount, ccy: "USD", direction: "to-sum" }, rates, en, "sum")).toBe("—");
    expect(convert({ amount: "5", ccy: "XYZ", direction: "to-sum" }, rates, en, "sum")).toBe("—");
  });
});
