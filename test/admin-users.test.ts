/**
 * Accounts through the admin API: only an admin lists, creates, disables and enables them; every
 * other role is refused (403), nobody signed out gets in (401). On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_ROLES, type UserRole } from "../src/db/schema.js";
import { type Client, TEST_PASSWORD as PASSWORD, caller, codeOf, newsroom, signIn as signInOn } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";

let x: TestApp;
const ORIGIN = "http://news.example.uz";
let clients: Record<UserRole, Client>;
let call: ReturnType<typeof caller>;
const signIn = (email: string) => signInOn(x.app, email);

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: ORIGIN });
  call = caller(x.app, ORIGIN);
  ({ clients } = await newsroom(x.app, x.db));
});

afterAll(async () => {
  await x.close();
});

describe("accounts through the admin API", () => {
  it("are for admins only", async () => {
    const attempts = [];
    for (const role of ["editor", "author", "translator"] as const) {
      const list = await call(clients[role], "GET", "/api/admin/users");
      const create = await call(clients[role], "POST", "/api/admin/users", { email: `new-${role}@example.uz`, name: "New", role: "author" });
      const disable = await call(clients[role], "PATCH", "/api/admin/users/1", { disabled: true });
      const link = await call(clients[role], "POST", "/api/admin/users/1/password-link");
      attempts.push([role, list.statusCode, codeOf(list), create.statusCode, codeOf(create), disable.statusCode, link.statusCode]);
    }
    expect(attempts).toEqual([
      ["editor", 403, "XABAR_FORBIDDEN", 403, "XABAR_FORBIDDEN", 403, 403],
      ["author", 403, "XABAR_FORBIDDEN", 403, "XABAR_FORBIDDEN", 403, 403],
      ["translator", 403, "XABAR_FORBIDDEN", 403, "XABAR_FORBIDDEN", 403, 403],
    ]);
    const anonymous = await call(undefined, "GET", "/api/admin/users");
    expect([anonymous.statusCode, codeOf(anonymous)]).toEqual([401, "XABAR_UNAUTHENTICATED"]);
  });

  it("lets an admin list them and create one with a one-time link to set the password", async () => {
    const list = await call(clients.admin, "GET", "/api/admin/users");
    const emails = list.json<{ users: Array<{ email: string; passwordSet: boolean }> }>().users.map((u) => [u.email, u.passwordSet]);
    expect(emails).toEqual(
      expect.arrayContaining([
        ["admin@example.uz", true],
        ["translator@example.uz", true],
      ]),
    );

    const created = await call(clients.admin, "POST", "/api/admin/users", { email: "Yangi@Example.uz", name: "Nodira", role: "translator", locales: ["en"] });
    expect(created.statusCode).toBe(201);
    const body = created.json<{ user: { email: string; role: string; locales: string[] }; setPasswordUrl: string }>();
    expect([body.user.email, body.user.role, body.user.locales]).toEqual(["yangi@example.uz", "translator", ["en"]]);
    expect(body.setPasswordUrl).toMatch(/^http:\/\/news\.example\.uz\/admin\/set-password#token=[A-Za-z0-9_-]{20,}$/);

    const duplicate = await call(clients.admin, "POST", "/api/admin/users", { email: "yangi@example.uz", name: "Again", role: "author" });
    const invalid = await call(clients.admin, "POST", "/api/admin/users", { email: "not-an-email", name: "", role: "chief" });
    expect([duplicate.statusCode, codeOf(duplicate), invalid.statusCode, codeOf(invalid)]).toEqual([409, "XABAR_CONFLICT", 400, "XABAR_INVALID"]);
    expect(Object.keys(invalid.json<{ error: { fields: object } }>().error.fields).sort()).toEqual(["email", "name", "role"]);
    // The same as codes, which the newsroom app words in its reader's language.
    expect(invalid.json<{ error: { problems: object } }>().error.problems).toEqual({
      email: { code: "invalid_email" },
      name: { code: "required" },
      role: { code: "invalid_choice" },
    });
    expect(duplicate.json<{ error: { problems: object } }>().error.problems).toEqual({ email: { code: "taken" } });

    // The invitation missed: a new link from the app; only the newest one sets the password.
    const id = created.json<{ user: { id: number } }>().user.id;
    const again = await call(clients.admin, "POST", `/api/admin/users/${id}/password-link`);
    const newer = again.json<{ setPasswordUrl: string }>().setPasswordUrl;
    expect(newer).toMatch(/^http:\/\/news\.example\.uz\/admin\/set-password#token=[A-Za-z0-9_-]{20,}$/);
    const setWith = (url: string) =>
      x.app.inject({ method: "POST", url: "/api/admin/password", payload: { token: url.split("#token=")[1], password: "Yangi-parol-Buxoro-77" } });
    expect([(await setWith(body.setPasswordUrl)).statusCode, (await setWith(newer)).statusCode]).toEqual([400, 200]);
    expect((await call(clients.admin, "POST", "/api/admin/users/999999/password-link")).statusCode).toBe(404);
  });

  it("lets an admin disable an account, which ends its sessions, and enable it again", async () => {
    const users = (await call(clients.admin, "GET", "/api/admin/users")).json<{ users: Array<{ id: number; email: string }> }>().users;
    const author = users.find((u) => u.email === "author@example.uz");
    const disabled = await call(clients.admin, "PATCH", `/api/admin/users/${author?.id ?? 0}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect((await call(clients.author, "GET", "/api/admin/session")).statusCode).toBe(401);
    // Told it is disabled only with the right password; a wrong one is a wrong one.
    const blocked = await x.app.inject({ method: "POST", url: "/api/admin/session", payload: { email: "author@example.uz", password: PASSWORD } });
    const guessed = await x.app.inject({ method: "POST", url: "/api/admin/session", payload: { email: "author@example.uz", password: "a wrong guess" } });
    expect([blocked.statusCode, codeOf(blocked), guessed.statusCode, codeOf(guessed)]).toEqual([403, "XABAR_ACCOUNT_DISABLED", 401, "XABAR_LOGIN_FAILED"]);

    expect((await call(clients.admin, "PATCH", `/api/admin/users/${author?.id ?? 0}`, { disabled: false })).statusCode).toBe(200);
    clients.author = await signIn("author@example.uz");
    expect((await call(clients.author, "GET", "/api/admin/session")).statusCode).toBe(200);
  });

  it("refuses to let an admin lock themselves out, and answers 404 for unknown accounts", async () => {
    const me = (await call(clients.admin, "GET", "/api/admin/session")).json<{ user: { id: number } }>().user.id;
    const self = await call(clients.admin, "PATCH", `/api/admin/users/${me}`, { disabled: true });
    const unknown = await call(clients.admin, "PATCH", "/api/admin/users/999999", { disabled: true });
    expect([self.statusCode, codeOf(self), unknown.statusCode, codeOf(unknown)]).toEqual([409, "XABAR_CONFLICT", 404, "XABAR_NOT_FOUND"]);
  });
});

describe("changing an account's role and locales", () => {
  it("lets an admin change them, and the user's next request has the new role", async () => {
    const users = (await call(clients.admin, "GET", "/api/admin/users")).json<{ users: Array<{ id: number; email: string }> }>().users;
    const translator = users.find((u) => u.email === "translator@example.uz");
    const changed = await call(clients.admin, "PATCH", `/api/admin/users/${translator?.id ?? 0}`, { role: "editor", locales: ["en", "ru", "en"] });
    expect([changed.statusCode, changed.json<{ user: { role: string; locales: string[] } }>().user]).toMatchObject([
      200,
      { role: "editor", locales: ["en", "ru"] },
    ]);
    const session = (await call(clients.translator, "GET", "/api/admin/session")).json<{ user: { role: string; locales: string[] } }>().user;
    expect([session.role, session.locales]).toEqual(["editor", ["en", "ru"]]);
    const back = await call(clients.admin, "PATCH", `/api/admin/users/${translator?.id ?? 0}`, { role: "translator", locales: ["ru"] });
    expect(back.statusCode).toBe(200);
  });

  it("refuses bad changes with the fields named, and an empty change", async () => {
    const bad = await call(clients.admin, "PATCH", "/api/admin/users/1", { role: "chief", locales: ["de"], email: "x@example.uz" });
    const empty = await call(clients.admin, "PATCH", "/api/admin/users/1", {});
    expect([bad.statusCode, codeOf(bad), empty.statusCode, codeOf(empty)]).toEqual([400, "XABAR_INVALID", 400, "XABAR_INVALID"]);
    expect(Object.keys(bad.json<{ error: { fields: object } }>().error.fields).sort()).toEqual(["email", "locales", "role"]);
  });

  it("never demotes the last enabled admin; nothing is changed", async () => {
    const me = (await call(clients.admin, "GET", "/api/admin/session")).json<{ user: { id: number } }>().user.id;
    const demoted = await call(clients.admin, "PATCH", `/api/admin/users/${me}`, { role: "editor", locales: ["en"] });
    expect([demoted.statusCode, codeOf(demoted)]).toEqual([409, "XABAR_CONFLICT"]);
    const still = (await call(clients.admin, "GET", "/api/admin/session")).json<{ user: { role: string; locales: string[] } }>().user;
    expect([still.role, still.locales]).toEqual(["admin", []]);
    // With a second admin, the first may step down.
    const editor = (await call(clients.admin, "GET", "/api/admin/users"))
      .json<{ users: Array<{ id: number; email: string }> }>()
      .users.find((u) => u.email === "editor@example.uz");
    expect((await call(clients.admin, "PATCH", `/api/admin/users/${editor?.id ?? 0}`, { role: "admin" })).statusCode).toBe(200);
    expect((await call(clients.admin, "PATCH", `/api/admin/users/${me}`, { role: "editor" })).statusCode).toBe(200);
    expect((await call(clients.editor, "PATCH", `/api/admin/users/${me}`, { role: "admin" })).statusCode).toBe(200);
    expect((await call(clients.admin, "PATCH", `/api/admin/users/${editor?.id ?? 0}`, { role: "editor" })).statusCode).toBe(200);
  });
});

describe("the admin API document", () => {
  it("is OpenAPI 3.1 generated from the schemas that validate the routes", async () => {
    const res = await x.app.inject({ url: "/api/admin/openapi.json" });
    expect(res.statusCode).toBe(200);
    interface Doc {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: { "application/json": { schema: { required?: string[]; properties: Record<string, { enum?: string[] }> } } } } }
        >
      >;
    }
    const doc = res.json<Doc>();
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect([doc.openapi, operations.sort()]).toEqual([
      "3.1.0",
      [
        "DELETE /api/admin/articles/{id}/lock",
        "DELETE /api/admin/media/{id}",
        "DELETE /api/admin/session",
        "GET /api/admin/articles",
        "GET /api/admin/articles/{id}",
        "GET /api/admin/articles/{id}/preview",
        "GET /api/admin/articles/{id}/revisions",
        "GET /api/admin/articles/{id}/revisions/diff",
        "GET /api/admin/distribution",
        "GET /api/admin/media",
        "GET /api/admin/media/{id}",
        "GET /api/admin/openapi.json",
        "GET /api/admin/session",
        "GET /api/admin/stories/{id}/activity",
        "GET /api/admin/taxonomy",
        "GET /api/admin/users",
        "PATCH /api/admin/articles/{id}",
        "PATCH /api/admin/bylines/{id}",
        "PATCH /api/admin/media/{id}",
        "PATCH /api/admin/tags/{slug}",
        "PATCH /api/admin/users/{id}",
        "POST /api/admin/articles/{id}/corrections",
        "POST /api/admin/articles/{id}/lock",
        "POST /api/admin/articles/{id}/rederive",
        "POST /api/admin/articles/{id}/revisions/{rev}/restore",
        "POST /api/admin/articles/{id}/transitions",
        "POST /api/admin/media",
        "POST /api/admin/password",
        "POST /api/admin/session",
        "POST /api/admin/stories",
        "POST /api/admin/stories/{id}/renditions",
        "POST /api/admin/users",
        "POST /api/admin/users/{id}/password-link",
      ],
    ]);
    const login = doc.paths["/api/admin/session"]?.post?.requestBody?.content["application/json"].schema;
    const newUser = doc.paths["/api/admin/users"]?.post?.requestBody?.content["application/json"].schema;
    expect([login?.required, newUser?.properties.role?.enum]).toEqual([["email", "password"], [...USER_ROLES]]);
  });

  it("lists every route: one that is not in it does not register", async () => {
    const { isDocumented } = await import("../src/api/admin/openapi.js");
    expect([
      isDocumented("PATCH", "/api/admin/users/:id"),
      isDocumented("PUT", "/api/admin/users/:id"),
      isDocumented("GET", "/api/admin/stories/:id/secrets"),
    ]).toEqual([true, false, false]);
  });
});
