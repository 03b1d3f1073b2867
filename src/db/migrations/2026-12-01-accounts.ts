import type { Kysely } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/**
 * The newsroom's accounts: users, their sessions, one-time links and the failed sign-ins that
 * throttle guessing. Tokens are stored as their sha256 only, so a copy of the database opens no
 * session and sets no password.
 */
export async function up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> {
  await db.schema
    .createTable("users")
    .$call((table) => dialect.addSerialPrimaryKey(table, "id"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("locales", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("password_hash", "text")
    .addColumn("password_changed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .addColumn("address", "text")
    .execute();
  // Ending every session of a user (new password, disabled) and the cascade from users.
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();
  await db.schema
    .createTable("account_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("account_tokens_user").on("account_tokens").column("user_id").execute();
  await db.schema
    .createTable("login_attempts")
    .$call((table) => dialect.addSerialPrimaryKey(table, "id"))
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  // The throttle reads the newest attempts of one account and of one address: two index ranges.
  await db.schema.createIndex("login_attempts_account").on("login_attempts").columns(["account", "at"]).execute();
  await db.schema.createIndex("login_attempts_address").on("login_attempts").columns(["address", "at"]).execute();
}
