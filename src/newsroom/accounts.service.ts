/**
 * Newsroom accounts: users, signing in and out, sessions and one-time password links. The rules
 * live here: validation, password strength, throttling of guesses, session idle expiry. Tokens
 * leave this module raw exactly once (to the cookie, the link); the database keeps their sha256.
 *
 * The throttle counts failed sign-ins in the database, so every instance sees the same counts and
 * they keep working when Redis is away.
 */
import { createHash, randomBytes } from "node:crypto";
import * as z from "zod";
import type { Db } from "../db/database.js";
import { USER_ROLES, type UserRole, type UserRow } from "../db/schema.js";
import { AppError, fieldDetails, invalidField, problem, problemsOf } from "../errors.js";
import { LOCALES, type Locale, isLocale } from "../lang/locales.js";
import { AccountRepository, type TokenToStore } from "./accounts.repository.js";
import { type PasswordCost, PasswordHasher, passwordProblem } from "./passwords.js";

/** What the API and the rest of the product see of a user. */
export interface PublicUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  locales: Locale[];
}

/** A user as an administrator's list shows it. */
export interface UserSummary extends PublicUser {
  disabled: boolean;
  passwordSet: boolean;
  createdAt: string;
}

export interface NewUserInput {
  email: string;
  name: string;
  role: UserRole;
  locales?: Locale[];
  password?: string;
}

export interface LoginClient {
  address: string;
  userAgent?: string;
}

export interface AccountServiceOptions {
  now?: () => Date;
  /** argon2id cost; the production default unless a test asks for a cheap one. */
  passwordCost?: PasswordCost;
  /** Decides when to purge old rows (a number in [0, 1), like Math.random). */
  random?: () => number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Failed sign-ins are counted over this window… */
export const THROTTLE_WINDOW_MS = 15 * MINUTE;
/** …and refused from this many on, per account (the email tried) and per address. */
export const ACCOUNT_ATTEMPTS = 5;
export const ADDRESS_ATTEMPTS = 20;
/** A session unused for longer than this is over. */
export const SESSION_IDLE_MS = 7 * DAY;
/** …and after this long in any case: a stolen cookie does not stay good for ever by being used. */
export const SESSION_MAX_AGE_MS = 30 * DAY;
/** last_seen_at is written at most this often per session: not one write per request. */
const SESSION_TOUCH_MS = MINUTE;
export const PASSWORD_TOKEN_TTL_MS = HOUR;
/** Attempts older than this count for nothing and are purged. */
const ATTEMPT_RETENTION_MS = DAY;
/** The chance that a sign-in also purges old attempts, idle sessions and spent links. */
const PURGE_CHANCE = 0.02;

/** Longer than any email (RFC 5321) or address: stored attempts stay small whatever is sent. */
const MAX_ACCOUNT = 320;
const MAX_ADDRESS = 100;
const MAX_USER_AGENT = 500;
/** Our tokens are 43 characters; anything much longer is not one and is not looked up. */
const MAX_TOKEN = 200;

const emailSchema = z.string().trim().toLowerCase().max(MAX_ACCOUNT, "at most 320 characters").pipe(z.email("not an email address"));

/** A new user's fields: validated here, and described by the admin API's document. */
export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "required").max(200, "at most 200 characters"),
  role: z.enum(USER_ROLES, `one of ${USER_ROLES.join(", ")}`),
  locales: z
    .array(z.enum(LOCALES, `each one of ${LOCALES.join(", ")}`))
    .default([])
    .transform((locales) => [...new Set(locales)]),
  password: z.string().optional(),
});

/** A change to an account (admins only): any of its role, locales and disabled flag. */
export const userChangeSchema = z
  .strictObject({
    role: z.enum(USER_ROLES, `one of ${USER_ROLES.join(", ")}`).optional(),
    locales: z
      .array(z.enum(LOCALES, `each one of ${LOCALES.join(", ")}`))
      .max(LOCALES.length * 2)
      .optional(),
    disabled: z.boolean().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, "give role, locales or disabled");

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

const newToken = (): string => randomBytes(32).toString("base64url");

/** The stored form of a token: sha256, base64url. */
export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("base64url");

function parseLocales(json: string): Locale[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isLocale) : [];
  } catch {
    return [];
  }
}

export function toPublicUser(row: UserRow): PublicUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, locales: parseLocales(row.locales) };
}

/** Validated and normalised input of a new user; XABAR_INVALID with every field's problem. */
function validNewUser(input: NewUserInput): z.output<typeof newUserSchema> {
  const parsed = newUserSchema.safeParse(input);
  const problems = parsed.success ? {} : problemsOf(parsed.error);
  if (typeof input.password === "string" && !problems.password) {
    const weak = passwordProblem(input.password, { email: String(input.email), name: String(input.name) });
    if (weak) problems.password = weak;
  }
  if (!parsed.success || Object.keys(problems).length > 0) throw new AppError("XABAR_INVALID", undefined, fieldDetails(problems));
  return parsed.data;
}

export class AccountService {
  private readonly repository: AccountRepository;
  private readonly passwords: PasswordHasher;
  private readonly now: () => Date;
  private readonly random: () => number;

  constructor(db: Db, options: AccountServiceOptions = {}) {
    this.repository = new AccountRepository(db);
    this.passwords = new PasswordHasher(options.passwordCost);
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
  }

  count(): Promise<number> {
    return this.repository.countUsers();
  }

  async user(id: number): Promise<PublicUser | undefined> {
    const row = await this.repository.userById(id);
    return row && toPublicUser(row);
  }

  async list(): Promise<UserSummary[]> {
    const rows = await this.repository.listUsers();
    return rows.map((row) => ({ ...toPublicUser(row), disabled: row.disabled === 1, passwordSet: row.password_hash !== null, createdAt: row.created_at }));
  }

  /**
   * A new user. With a password it is ready to sign in; without one it gets a one-time link
   * (valid an hour) to set it, returned raw here and stored only as its hash.
   */
  async createUser(input: NewUserInput): Promise<{ user: PublicUser; setPasswordToken?: string }> {
    const valid = validNewUser(input);
    const now = this.now().toISOString();
    const passwordHash = valid.password === undefined ? null : await this.passwords.hash(valid.password);
    const token = passwordHash === null ? newToken() : undefined;
    const row = await this.repository.insertUser(
      {
        email: valid.email,
        name: valid.name,
        role: valid.role,
        locales: JSON.stringify(valid.locales),
        password_hash: passwordHash,
        password_changed_at: passwordHash === null ? null : now,
        created_at: now,
        updated_at: now,
      },
      token === undefined ? undefined : this.passwordToken(token),
    );
    if (!row) throw new AppError("XABAR_CONFLICT", "A user with this email exists already", fieldDetails({ email: problem("taken", "already in use") }));
    return { user: toPublicUser(row), ...(token === undefined ? {} : { setPasswordToken: token }) };
  }

  /**
   * The first administrator, when there are no users at all (a fresh install); otherwise, or
   * when another instance starting at the same time created it first, undefined.
   */
  async ensureFirstAdmin(email: string, password: string, name = "Administrator"): Promise<PublicUser | undefined> {
    // Most starts find users: they skip the validation and the (slow) hash.
    if ((await this.count()) > 0) return undefined;
    const valid = validNewUser({ email, name, role: "admin", password });
    const now = this.now().toISOString();
    const row = await this.repository.insertFirstUser({
      email: valid.email,
      name: valid.name,
      role: "admin",
      locales: "[]",
      password_hash: await this.passwords.hash(password),
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    });
    return row && toPublicUser(row);
  }

  /**
   * Signs in: the throttle first (no password is checked while it refuses), then the password.
   * Every failure — unknown email, wrong password, no password yet, disabled — answers the same
   * XABAR_LOGIN_FAILED after the same argon2 verification, and is counted.
   *
   * The attempt is recorded before the (slow) check and counted with the others, and forgotten
   * only when it succeeds or is refused: guesses sent in parallel count against each other, so
   * a burst gets no more checks than the limit.
   */
  async login(email: string, password: string, client: LoginClient): Promise<{ user: PublicUser; token: string; csrfToken: string }> {
    const now = this.now();
    const account = normalizeEmail(email).slice(0, MAX_ACCOUNT);
    const address = client.address.slice(0, MAX_ADDRESS);
    const attempt = await this.repository.insertLoginAttempt(account, address, now.toISOString());
    try {
      await this.throttle(account, address, now);
    } catch (error) {
      await this.repository.deleteLoginAttempt(attempt);
      throw error;
    }

    const row = await this.repository.userByEmail(account);
    const matches = await this.passwords.verify(row?.password_hash ?? null, password);
    await this.maybePurge(now);
    if (!row || !matches) throw new AppError("XABAR_LOGIN_FAILED");
    // Said only to whoever knows the password: a disabled account is not a wrong password.
    if (row.disabled !== 0) throw new AppError("XABAR_ACCOUNT_DISABLED");
    await this.repository.deleteLoginAttempt(attempt);

    const token = newToken();
    const csrfToken = newToken();
    await this.repository.insertSession({
      token_hash: tokenHash(token),
      user_id: row.id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      user_agent: client.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
      address,
    });
    return { user: toPublicUser(row), token, csrfToken };
  }

  /**
   * XABAR_RATE_LIMITED when the account or the address has failed too often within the window,
   * with the seconds until enough of those failures have left it.
   */
  private async throttle(account: string, address: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
    const limits = [
      { by: "account", value: account, limit: ACCOUNT_ATTEMPTS },
      { by: "address", value: address, limit: ADDRESS_ATTEMPTS },
    ] as const;
    const waits = await Promise.all(
      limits.map(async ({ by, value, limit }) => {
        // This attempt (already recorded) and the `limit` newest before it: when the oldest of
        // those leaves the window, fewer than `limit` remain.
        const times = await this.repository.recentAttempts(by, value, since, limit + 1);
        const oldest = times[limit];
        return oldest === undefined ? 0 : Date.parse(oldest) + THROTTLE_WINDOW_MS - now.getTime();
      }),
    );
    const wait = Math.max(...waits);
    if (wait > 0) throw new AppError("XABAR_RATE_LIMITED", undefined, { retryAfter: Math.max(1, Math.ceil(wait / 1000)) });
  }

  /** Now and then, old attempts, idle sessions and spent links go: a little work, rarely. */
  private async maybePurge(now: Date): Promise<void> {
    if (this.random() >= PURGE_CHANCE) return;
    await this.repository.purge({
      attemptsBefore: new Date(now.getTime() - ATTEMPT_RETENTION_MS).toISOString(),
      sessionsIdleBefore: new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
      now: now.toISOString(),
    });
  }

  /**
   * The user of a session token, and the session's CSRF token; undefined for an unknown token, a
   * session idle for more than 7 days or a disabled user. Use keeps a session alive.
   */
  async session(token: string): Promise<{ user: PublicUser; csrfToken: string } | undefined> {
    if (token.length === 0 || token.length > MAX_TOKEN) return undefined;
    const hash = tokenHash(token);
    const found = await this.repository.sessionByHash(hash);
    if (!found || found.user.disabled !== 0) return undefined;
    const now = this.now();
    const idle = now.getTime() - Date.parse(found.lastSeenAt);
    if (idle > SESSION_IDLE_MS || now.getTime() - Date.parse(found.createdAt) > SESSION_MAX_AGE_MS) {
      await this.repository.deleteSession(hash);
      return undefined;
    }
    if (idle >= SESSION_TOUCH_MS) await this.repository.touchSession(hash, now.toISOString());
    return { user: toPublicUser(found.user), csrfToken: found.csrfToken };
  }

  async logout(token: string): Promise<void> {
    if (token.length === 0 || token.length > MAX_TOKEN) return;
    await this.repository.deleteSession(tokenHash(token));
  }

  /** A one-time link to set (or reset) the password of `email`, valid for an hour. */
  async issuePasswordToken(email: string): Promise<string> {
    const row = await this.repository.userByEmail(normalizeEmail(email));
    if (!row) throw new AppError("XABAR_NOT_FOUND", "No user with this email");
    const token = newToken();
    await this.repository.insertToken(row.id, this.passwordToken(token));
    return token;
  }

  /**
   * Sets the password through a one-time link: the link is spent (with the user's other open
   * ones) and every session of the user ends, in one transaction. A weak password leaves the
   * link usable.
   */
  async setPassword(token: string, password: string): Promise<PublicUser> {
    const now = this.now().toISOString();
    const hash = tokenHash(token);
    const found = token.length > MAX_TOKEN ? undefined : await this.repository.tokenByHash(hash);
    if (!found || found.purpose !== "set-password" || found.usedAt !== null || found.expiresAt <= now) throw new AppError("XABAR_INVALID_TOKEN");
    const weak = passwordProblem(password, found.user);
    if (weak) throw invalidField("password", weak);
    const passwordHash = await this.passwords.hash(password);
    const changed = await this.repository.setPassword({ tokenHash: hash, userId: found.user.id, passwordHash, now });
    if (!changed) throw new AppError("XABAR_INVALID_TOKEN");
    return toPublicUser(found.user);
  }

  /**
   * Changes a user's role, locales (deduplicated) or disabled flag; XABAR_CONFLICT when that
   * would leave the newsroom without an enabled admin.
   */
  async changeUser(id: number, change: z.output<typeof userChangeSchema>): Promise<PublicUser> {
    const before = await this.repository.userById(id);
    if (!before) throw new AppError("XABAR_NOT_FOUND", "No such user");
    const { locales, ...rest } = change;
    const stored = locales ? { locales: JSON.stringify([...new Set(locales)]) } : {};
    const changed = await this.repository.changeUser(id, { ...rest, ...stored }, this.now().toISOString());
    if (!changed)
      throw new AppError("XABAR_CONFLICT", "The newsroom needs at least one enabled admin", fieldDetails({ role: problem("last_admin", "the last admin") }));
    const after = await this.repository.userById(id);
    return toPublicUser(after ?? before);
  }

  /** Disables (ending every session) or enables the user of `email`. */
  async setDisabled(email: string, disabled: boolean): Promise<PublicUser> {
    const row = await this.repository.userByEmail(normalizeEmail(email));
    if (!row) throw new AppError("XABAR_NOT_FOUND", "No user with this email");
    await this.repository.setDisabled(row.id, disabled, this.now().toISOString());
    return toPublicUser(row);
  }

  private passwordToken(token: string): TokenToStore {
    const now = this.now();
    return {
      tokenHash: tokenHash(token),
      purpose: "set-password",
      expiresAt: new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS).toISOString(),
      createdAt: now.toISOString(),
    };
  }
}
