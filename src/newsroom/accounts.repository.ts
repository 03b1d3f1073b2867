/**
 * SQL for accounts: users, sessions, one-time links and failed sign-ins. The rules (validation,
 * hashing, throttling, expiry) are the service's; rows arrive here ready to store, times as ISO
 * strings in UTC, tokens as their hashes.
 */
import type { Db } from "../db/database.js";
import type { AccountTokenPurpose, NewSession, NewUser, UserRow } from "../db/schema.js";

export interface SessionWithUser {
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  user: UserRow;
}

export interface TokenWithUser {
  tokenHash: string;
  purpose: AccountTokenPurpose;
  expiresAt: string;
  usedAt: string | null;
  user: UserRow;
}

export interface TokenToStore {
  tokenHash: string;
  purpose: AccountTokenPurpose;
  expiresAt: string;
  createdAt: string;
}

export interface NewPassword {
  tokenHash: string;
  userId: number;
  passwordHash: string;
  now: string;
}

class LastAdmin extends Error {}

const USER_COLUMNS = [
  "id",
  "email",
  "name",
  "role",
  "locales",
  "password_hash",
  "password_changed_at",
  "created_at",
  "updated_at",
  "disabled",
] as const satisfies ReadonlyArray<keyof UserRow>;

export class AccountRepository {
  constructor(private readonly db: Db) {}

  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    // PostgreSQL's count is a bigint, which pg hands over as a string.
    return Number(row.n);
  }

  async userByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom("users").select(USER_COLUMNS).where("email", "=", email).executeTakeFirst();
  }

  async userById(id: number): Promise<UserRow | undefined> {
    return this.db.selectFrom("users").select(USER_COLUMNS).where("id", "=", id).executeTakeFirst();
  }

  async listUsers(): Promise<UserRow[]> {
    return this.db.selectFrom("users").select(USER_COLUMNS).orderBy("id").execute();
  }

  /**
   * Inserts the user, and its first one-time link when given, in one transaction. Undefined when
   * the email is taken (nothing written): the unique index decides, so two racing writers cannot
   * both succeed.
   */
  async insertUser(user: NewUser, token?: TokenToStore): Promise<UserRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("users")
        .values(user)
        .onConflict((oc) => oc.column("email").doNothing())
        .returning(USER_COLUMNS)
        .executeTakeFirst();
      if (row && token) {
        await trx
          .insertInto("account_tokens")
          .values({
            token_hash: token.tokenHash,
            user_id: row.id,
            purpose: token.purpose,
            expires_at: token.expiresAt,
            used_at: null,
            created_at: token.createdAt,
          })
          .execute();
      }
      return row;
    });
  }

  /**
   * Inserts the user only while the table is empty, in one statement (so one transaction, and on
   * SQLite one write lock taken up front). Two instances starting together with the same email:
   * the second waits on the unique index and inserts nothing. Undefined when nothing was inserted.
   */
  async insertFirstUser(user: Omit<NewUser, "id" | "disabled">): Promise<UserRow | undefined> {
    const values = {
      email: user.email,
      name: user.name,
      role: user.role,
      locales: user.locales,
      password_hash: user.password_hash ?? null,
      password_changed_at: user.password_changed_at ?? null,
      created_at: user.created_at,
      updated_at: user.updated_at,
    };
    const columns = Object.keys(values) as Array<keyof typeof values>;
    return this.db
      .insertInto("users")
      .columns(columns)
      .expression(
        this.db
          .selectNoFrom((eb) => columns.map((column) => eb.val(values[column]).as(column)))
          .where((eb) => eb.not(eb.exists(eb.selectFrom("users").select("id")))),
      )
      .onConflict((oc) => oc.column("email").doNothing())
      .returning(USER_COLUMNS)
      .executeTakeFirst();
  }

  /**
   * Changes an account's role, locales or disabled flag in one transaction that refuses (false)
   * to leave no enabled admin; disabling ends the account's sessions.
   */
  async changeUser(userId: number, change: { role?: UserRow["role"]; locales?: string; disabled?: boolean }, now: string): Promise<boolean> {
    return this.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({
            ...(change.role ? { role: change.role } : {}),
            ...(change.locales !== undefined ? { locales: change.locales } : {}),
            ...(change.disabled !== undefined ? { disabled: change.disabled ? 1 : 0 } : {}),
            updated_at: now,
          })
          .where("id", "=", userId)
          .execute();
        const admins = await trx
          .selectFrom("users")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("role", "=", "admin")
          .where("disabled", "=", 0)
          .executeTakeFirstOrThrow();
        // Rolling back by throwing: the caller gets false, nothing is written.
        if (Number(admins.n) === 0) throw new LastAdmin();
        if (change.disabled) await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof LastAdmin) return false;
        throw error;
      });
  }

  async setDisabled(userId: number, disabled: boolean, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("users")
        .set({ disabled: disabled ? 1 : 0, updated_at: now })
        .where("id", "=", userId)
        .execute();
      if (disabled) await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    });
  }

  async insertSession(session: NewSession): Promise<void> {
    await this.db.insertInto("sessions").values(session).execute();
  }

  async sessionByHash(tokenHash: string): Promise<SessionWithUser | undefined> {
    const row = await this.db
      .selectFrom("sessions as s")
      .innerJoin("users as u", "u.id", "s.user_id")
      .select(["s.csrf_token", "s.created_at as session_created_at", "s.last_seen_at", ...USER_COLUMNS.map((column) => `u.${column}` as const)])
      .where("s.token_hash", "=", tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    const { csrf_token, session_created_at, last_seen_at, ...user } = row;
    return { csrfToken: csrf_token, createdAt: session_created_at, lastSeenAt: last_seen_at, user };
  }

  async touchSession(tokenHash: string, now: string): Promise<void> {
    await this.db.updateTable("sessions").set({ last_seen_at: now }).where("token_hash", "=", tokenHash).execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
  }

  /** A new link, which spends the user's open ones of the same purpose: only the newest link works. */
  async insertToken(userId: number, token: TokenToStore): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("account_tokens")
        .set({ used_at: token.createdAt })
        .where("user_id", "=", userId)
        .where("purpose", "=", token.purpose)
        .where("used_at", "is", null)
        .execute();
      await trx
        .insertInto("account_tokens")
        .values({
          token_hash: token.tokenHash,
          user_id: userId,
          purpose: token.purpose,
          expires_at: token.expiresAt,
          used_at: null,
          created_at: token.createdAt,
        })
        .execute();
    });
  }

  async tokenByHash(tokenHash: string): Promise<TokenWithUser | undefined> {
    const row = await this.db
      .selectFrom("account_tokens as t")
      .innerJoin("users as u", "u.id", "t.user_id")
      .select(["t.token_hash", "t.purpose", "t.expires_at", "t.used_at", ...USER_COLUMNS.map((column) => `u.${column}` as const)])
      .where("t.token_hash", "=", tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    const { token_hash, purpose, expires_at, used_at, ...user } = row;
    return { tokenHash: token_hash, purpose, expiresAt: expires_at, usedAt: used_at, user };
  }

  /**
   * In one transaction: claims the link (only if still unused and unexpired, so two uses racing
   * cannot both win), stores the new hash, spends the user's other open links and ends every
   * session of the user. False when the link was no longer valid (nothing written).
   */
  async setPassword(change: NewPassword): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("account_tokens")
        .set({ used_at: change.now })
        .where("token_hash", "=", change.tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", change.now)
        .returning("token_hash")
        .executeTakeFirst();
      if (!claimed) return false;
      await trx
        .updateTable("users")
        .set({ password_hash: change.passwordHash, password_changed_at: change.now, updated_at: change.now })
        .where("id", "=", change.userId)
        .execute();
      await trx.updateTable("account_tokens").set({ used_at: change.now }).where("user_id", "=", change.userId).where("used_at", "is", null).execute();
      await trx.deleteFrom("sessions").where("user_id", "=", change.userId).execute();
      return true;
    });
  }

  /** Records an attempt (counted as a failure until deleted); returns its id. */
  async insertLoginAttempt(account: string, address: string, at: string): Promise<number> {
    const row = await this.db.insertInto("login_attempts").values({ account, address, at }).returning("id").executeTakeFirstOrThrow();
    return row.id;
  }

  async deleteLoginAttempt(id: number): Promise<void> {
    await this.db.deleteFrom("login_attempts").where("id", "=", id).execute();
  }

  /** The times of the newest `limit` failed attempts after `since` by one account or one address. */
  async recentAttempts(by: "account" | "address", value: string, since: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom("login_attempts")
      .select("at")
      .where(by, "=", value)
      .where("at", ">", since)
      .orderBy("at", "desc")
      .limit(limit)
      .execute();
    return rows.map((row) => row.at);
  }

  /** Removes what can no longer matter: old attempts, idle sessions, spent or expired links. */
  async purge(cutoffs: { attemptsBefore: string; sessionsIdleBefore: string; now: string }): Promise<void> {
    await this.db.deleteFrom("login_attempts").where("at", "<", cutoffs.attemptsBefore).execute();
    await this.db.deleteFrom("sessions").where("last_seen_at", "<", cutoffs.sessionsIdleBefore).execute();
    await this.db
      .deleteFrom("account_tokens")
      .where((eb) => eb.or([eb("used_at", "is not", null), eb("expires_at", "<=", cutoffs.now)]))
      .execute();
  }
}
