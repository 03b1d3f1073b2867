/**
 * Passwords: argon2id hashes (PHC strings) and the rules a new password must pass. Hashing is
 * slow on purpose; the cost is a parameter so that tests can use a cheap one, and production
 * uses OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
 */
import { createRequire } from "node:module";
import type { Algorithm } from "@node-rs/argon2";
import type * as CommonLanguage from "@zxcvbn-ts/language-common";
import { type FieldProblem, problem } from "../errors.js";
import { Limiter } from "../jobs/limiter.js";
import { lazy } from "../lazy.js";

export interface PasswordCost {
  /** KiB of memory per hash. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export const PASSWORD_COST: PasswordCost = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * `Algorithm` is a const enum in the package's types and an empty object at run time, so
 * `Algorithm.Argon2id` would be undefined wherever files are compiled one by one (tsx, vitest):
 * the value itself, 2, is spelled out.
 */
const ARGON2ID = 2 as Algorithm;

/**
 * A hash of a random password nobody knows, at PASSWORD_COST: a sign-in for an unknown email (or
 * a user without a password) verifies against it, so it takes as long as one with a real user.
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$wpAuk6xy9iLjBN3IDA3lbg$YmoNe4VdhjIC4SwHnV7e9vur8btZVo+Arks8C1JuKRg";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1_000;

/**
 * The same password typed on two keyboards may arrive as different code points (a composed
 * "ё" or "o" plus a combining mark): hashes and rules see its NFC form.
 */
const normalized = (password: string): string => password.normalize("NFC");

/**
 * At most this many argon2 computations at once in the process; the rest wait their turn. Each
 * takes a thread of libuv's pool (4 by default) that file reads share, so a flood of sign-ins
 * across many accounts queues here instead of starving the rest of the server.
 */
export const MAX_CONCURRENT_HASHES = 2;

const hashing = new Limiter(MAX_CONCURRENT_HASHES);

/** The native argon2 binding loads on the first sign-in or new password, not with the public site. */
const argon2 = lazy(() => import("@node-rs/argon2"));

export class PasswordHasher {
  private dummy: Promise<string> | undefined;

  constructor(private readonly cost: PasswordCost = PASSWORD_COST) {}

  async hash(password: string): Promise<string> {
    const { hash } = await argon2();
    return hashing.run(() => hash(normalized(password), { algorithm: ARGON2ID, ...this.cost }));
  }

  /**
   * Whether `password` matches `stored`. Without a stored hash it verifies against a dummy one of
   * the same cost and answers false: the time spent does not tell whether the account exists.
   */
  async verify(stored: string | null, password: string): Promise<boolean> {
    const against = stored ?? (await this.dummyHash());
    const { verify } = await argon2();
    const matches = await hashing.run(() => verify(against, normalized(password))).catch(() => false);
    return stored !== null && matches;
  }

  private dummyHash(): Promise<string> {
    const sameCost = Object.entries(PASSWORD_COST).every(([key, value]) => this.cost[key as keyof PasswordCost] === value);
    this.dummy ??= sameCost ? Promise.resolve(DUMMY_HASH) : this.hash(`dummy ${Math.random()}`);
    return this.dummy;
  }
}

let common: Set<string> | undefined;

/**
 * zxcvbn-ts' list of common passwords (about 49,000, from breach corpora, lower-case). It is
 * decompressed on first use, not when the module loads: the public site never needs it. The
 * package's CommonJS build is loaded synchronously, so that the rule stays a plain function.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const load = createRequire(import.meta.url);
    const { dictionary } = load("@zxcvbn-ts/language-common") as typeof CommonLanguage;
    common = new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
  }
  return common;
}

/** The size of the common-password list (for tests and the report of what is refused). */
export function commonPasswordCount(): number {
  return commonPasswords().size;
}

/**
 * What is wrong with a new password, or undefined when it may be used: 10 to 1,000 characters,
 * not one of the common passwords, not the user's email, the email's local part or name (all
 * compared without case).
 */
export function passwordProblem(password: string, user: { email?: string; name?: string } = {}): FieldProblem | undefined {
  const text = normalized(password);
  const length = [...text].length;
  if (length < MIN_PASSWORD_LENGTH) return problem("too_short", `at least ${MIN_PASSWORD_LENGTH} characters`, { limit: MIN_PASSWORD_LENGTH });
  if (length > MAX_PASSWORD_LENGTH) return problem("too_long", "at most 1,000 characters", { limit: MAX_PASSWORD_LENGTH });
  const lower = text.toLowerCase();
  if (commonPasswords().has(lower)) return problem("password_common", "too common: it is in lists that attackers try first");
  const email = user.email?.trim().toLowerCase();
  const personal = [email, email?.split("@")[0], user.name?.trim().toLowerCase()];
  if (personal.some((value) => value !== undefined && value !== "" && value === lower)) return problem("password_personal", "must not be your email or name");
  return undefined;
}
