/**
 * Newsroom accounts, for administrators: list them, create one (with a password, or a one-time
 * link to set it), give one a new link, change one's role and locales, disable or enable one
 * (never leaving the newsroom without an enabled admin). Everything here is `users.manage` in the policy; every
 * change is written to the log as an audit line (`audit: "user.changed"`, who, whom, before, after).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../../errors.js";
import { type AccountService, newUserSchema } from "../../newsroom/accounts.service.js";
import { authorize } from "../../newsroom/policy.js";
import { parseBody, userChangeBody, userParams } from "./admin.schema.js";
import { setPasswordUrl } from "../../site/urls.js";
import { requireUser } from "./session.guard.js";

function manager(request: FastifyRequest): void {
  authorize(requireUser(request), "users.manage");
}

export function usersRoutes(app: FastifyInstance, options: { accounts: AccountService; siteUrl: string }): void {
  const { accounts } = options;

  app.get("/api/admin/users", async (request) => {
    manager(request);
    return { users: await accounts.list() };
  });

  app.post("/api/admin/users", async (request, reply) => {
    manager(request);
    const created = await accounts.createUser(parseBody(newUserSchema, request.body));
    const link = created.setPasswordToken ? { setPasswordUrl: `${options.siteUrl}${setPasswordUrl(created.setPasswordToken)}` } : {};
    return reply.code(201).send({ user: created.user, ...link });
  });

  const userOf = async (request: FastifyRequest) => {
    const params = userParams.safeParse(request.params);
    const user = params.success ? await accounts.user(params.data.id) : undefined;
    if (!user) throw new AppError("XABAR_NOT_FOUND", "No such user");
    return user;
  };

  app.patch("/api/admin/users/:id", async (request) => {
    manager(request);
    const user = await userOf(request);
    const change = parseBody(userChangeBody, request.body);
    const by = requireUser(request);
    if (change.disabled && user.id === by.id) throw new AppError("XABAR_CONFLICT", "You cannot disable your own account", { data: { reason: "own_account" } });
    const changed = await accounts.changeUser(user.id, change);
    request.log.info({ audit: "user.changed", by: by.id, user: user.id, before: { role: user.role, locales: user.locales }, change }, "account changed");
    return { user: changed };
  });

  // A new one-time link (an invitation missed, a password forgotten): the earlier ones stop working.
  app.post("/api/admin/users/:id/password-link", async (request) => {
    manager(request);
    const user = await userOf(request);
    const token = await accounts.issuePasswordToken(user.email);
    request.log.info({ audit: "user.password_link", by: requireUser(request).id, user: user.id }, "password link issued");
    return { setPasswordUrl: `${options.siteUrl}${setPasswordUrl(token)}` };
  });
}
