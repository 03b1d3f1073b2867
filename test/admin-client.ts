/** A signed-in newsroom user calling the admin API through app.inject, as the admin app would (cookie, CSRF token, same origin). */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Db } from "../src/db/database.js";
import type { UserRole } from "../src/db/schema.js";
import { AccountService } from "../src/newsroom/accounts.service.js";

export interface Client {
  cookie: string;
  csrfToken: string;
}

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

export const TEST_PASSWORD = "Amir-Temur-xiyoboni";

/** The error code of an answer. */
export const codeOf = (response: LightMyRequestResponse): string => response.json<{ error: { code: string } }>().error.code;

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: "POST", url: "/api/admin/session", payload: { email, password } });
  const cookie = res.cookies.find((c) => c.name === "xabar_session");
  return { cookie: `xabar_session=${cookie?.value ?? ""}`, csrfToken: res.json<{ csrfToken: string }>().csrfToken };
}

/** `call(client, method, url, payload?, headers?)`: with no client, a request from nobody. */
export function caller(app: FastifyInstance, origin: string) {
  return (client: Client | undefined, method: Method, url: string, payload?: object, headers: Record<string, string> = {}) => {
    const auth: Record<string, string> = client ? { cookie: client.cookie, "x-csrf-token": client.csrfToken, origin } : {};
    return app.inject({ method, url, headers: { ...auth, ...headers }, ...(payload ? { payload } : {}) });
  };
}

/** One signed-in user of each role (`{role}@example.uz`; the translator works in Russian), and their ids. */
export async function newsroom(app: FastifyInstance, db: Db): Promise<{ clients: Record<UserRole, Client>; ids: Record<UserRole, number> }> {
  const accounts = new AccountService(db);
  const clients = {} as Record<UserRole, Client>;
  const ids = {} as Record<UserRole, number>;
  for (const role of ["admin", "editor", "author", "translator"] as const) {
    const created = await accounts.createUser({
      email: `${role}@example.uz`,
      name: `${role[0]?.toUpperCase() ?? ""}${role.slice(1)} Karimova`,
      role,
      locales: role === "translator" ? ["ru"] : [],
      password: TEST_PASSWORD,
    });
    ids[role] = created.user.id;
    clients[role] = await signIn(app, `${role}@example.uz`);
  }
  return { clients, ids };
}
