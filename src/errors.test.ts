import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fieldDetails, problemsOf } from "./errors.js";

describe("field problems", () => {
  it("name each of zod's checks as a code with its number, beside zod's English", () => {
    const schema = z.strictObject({
      title: z.string().min(1),
      name: z.string().min(3).max(5),
      tags: z.array(z.string()).min(1).max(2),
      email: z.email(),
      link: z.url(),
      role: z.enum(["editor", "author"]),
      count: z.number(),
      pair: z.string().refine((v) => v.includes(":"), { message: "a pair", params: { problem: "bad_tag" } }),
    });
    const parsed = schema.safeParse({ title: "", name: "ab", tags: [], email: "x", link: "nope", role: "chief", count: "1", pair: "a", extra: 1 });
    const { fields, problems } = fieldDetails(parsed.success ? {} : problemsOf(parsed.error));
    expect(problems).toEqual({
      title: { code: "required" },
      name: { code: "too_short", limit: 3 },
      tags: { code: "too_few", limit: 1 },
      email: { code: "invalid_email" },
      link: { code: "invalid_url" },
      role: { code: "invalid_choice" },
      count: { code: "invalid" },
      pair: { code: "bad_tag" },
      extra: { code: "unknown_field" },
    });
    expect([fields?.pair, fields?.extra]).toEqual(["a pair", "not a field of this request"]);
    const long = schema.pick({ name: true, tags: true }).safeParse({ name: "abcdef", tags: ["a", "b", "c"] });
    expect(long.success ? {} : fieldDetails(problemsOf(long.error)).problems).toEqual({
      name: { code: "too_long", limit: 5 },
      tags: { code: "too_many", limit: 2 },
    });
    // Numbers (a page's limit, a count) name their bound too.
    const numbers = z.object({ low: z.number().min(1), high: z.number().max(100) }).safeParse({ low: 0, high: 101 });
    expect(numbers.success ? {} : fieldDetails(problemsOf(numbers.error)).problems).toEqual({
      low: { code: "too_small", limit: 1 },
      high: { code: "too_large", limit: 100 },
    });
  });
});
