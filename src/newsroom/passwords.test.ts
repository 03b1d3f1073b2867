import { describe, expect, it } from "vitest";
import { TEST_PASSWORD_COST } from "../../test/factories.js";
import { verify } from "@node-rs/argon2";
import { Limiter } from "../jobs/limiter.js";
import { DUMMY_HASH, MAX_CONCURRENT_HASHES, PASSWORD_COST, PasswordHasher, commonPasswordCount, passwordProblem } from "./passwords.js";

describe("passwordProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("Chorsu bozori, 7-qator")).toBeUndefined();
    expect(passwordProblem("x".repeat(1_000))).toBeUndefined();
  });

  it("wants 10 to 1,000 characters, counted as characters rather than bytes", () => {
    expect(passwordProblem("Tashkent9")?.message).toBe("at least 10 characters");
    expect(passwordProblem("x".repeat(1_001))?.message).toBe("at most 1,000 characters");
    // Ten Cyrillic letters are twenty bytes in UTF-8 and ten characters.
    expect(passwordProblem("Ўзбекистон")).toBeUndefined();
  });

  it("refuses the common passwords of zxcvbn-ts' list, whatever their case", () => {
    expect(commonPasswordCount()).toBeGreaterThan(40_000);
    expect(passwordProblem("qwertyuiop")?.message).toMatch(/too common/);
    expect(passwordProblem("BASKETBALL")?.message).toMatch(/too common/);
    expect(passwordProblem("Password123")?.message).toMatch(/too common/);
  });

  it("refuses the user's own email, its local part or name", () => {
    const user = { email: "dilnoza.karimova@example.uz", name: "Dilnoza Karimova" };
    expect(passwordProblem("Dilnoza.Karimova@example.uz", user)?.message).toBe("must not be your email or name");
    expect(passwordProblem("dilnoza.karimova", user)?.message).toBe("must not be your email or name");
    expect(passwordProblem("dilnoza karimova", user)?.message).toBe("must not be your email or name");
    expect(passwordProblem("dilnoza karimova!", user)).toBeUndefined();
  });
});

describe("PasswordHasher", () => {
  it("hashes with argon2id at the OWASP baseline by default", async () => {
    expect(PASSWORD_COST).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(DUMMY_HASH.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    const stored = await new PasswordHasher().hash("Registon maydoni 1420");
    expect(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
  });

  it("queues argon2 work beyond MAX_CONCURRENT_HASHES, in order, never more at once", async () => {
    const limiter = new Limiter(MAX_CONCURRENT_HASHES);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(n);
      running--;
      return n;
    };
    const results = await Promise.all(Array.from({ length: 12 }, (_, n) => limiter.run(task(n))));
    expect([most, results, order]).toEqual([MAX_CONCURRENT_HASHES, [...Array(12).keys()], [...Array(12).keys()]]);
  });

  it("has a dummy hash that really verifies (and fails), so an unknown account costs a full check", async () => {
    // A corrupted constant would make verify() throw, the catch answer false at once, and the
    // answer for unknown emails fast again: check the raw library's verdict, not ours.
    await expect(verify(DUMMY_HASH, "any password")).resolves.toBe(false);
  });

  it("verifies the password it hashed, and only that one", async () => {
    const hasher = new PasswordHasher(TEST_PASSWORD_COST);
    const stored = await hasher.hash("Registon maydoni 1420");
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await hasher.verify(stored, "Registon maydoni 1420")).toBe(true);
    expect(await hasher.verify(stored, "registon maydoni 1420")).toBe(false);
  });

  it("treats composed and decomposed letters as the same password", async () => {
    const hasher = new PasswordHasher(TEST_PASSWORD_COST);
    const stored = await hasher.hash("Ёлка ва қор, 2026");
    expect(await hasher.verify(stored, "Ёлка ва қор, 2026".normalize("NFD"))).toBe(true);
  });

  it("answers false without a stored hash (after verifying a dummy) and for a malformed one", async () => {
    const hasher = new PasswordHasher(TEST_PASSWORD_COST);
    expect(await hasher.verify(null, "anything at all")).toBe(false);
    expect(await hasher.verify("not a hash", "anything at all")).toBe(false);
    expect(await new PasswordHasher().verify(null, "anything at all")).toBe(false);
  });
});
