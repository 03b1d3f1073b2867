/**
 * The newsroom's accounts (admins only): invite with a one-time link, give one a new link, change
 * role and locales (saved as chosen), disable (after a confirm) and enable.
 */
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { call, get, post } from "../api.js";
import { useSession } from "../app.js";
import { LOCALES, LOCALE_NAMES, errorSummary, errorText, fieldTexts } from "../messages.js";

interface Account {
  id: number;
  email: string;
  name: string;
  role: string;
  locales: string[];
  disabled: boolean;
  passwordSet: boolean;
}

const ROLES = ["admin", "editor", "author", "translator"] as const;

export function Users() {
  const { t, locale, user } = useSession();
  const [users, setUsers] = useState<Account[]>([]);
  const [invite, setInvite] = useState({ email: "", name: "", role: "author", locales: [] as string[] });
  const [notice, setNotice] = useState("");
  // The failure, worded at each render: in the language the interface has now.
  const [failure, setFailure] = useState<{ error: unknown; in: "invite" | "row" } | null>(null);
  // The invitation's fields say what is wrong beside them; a row's change has no field to show it at.
  const problem =
    failure === null
      ? null
      : {
          message: failure.in === "row" ? errorSummary(locale, failure.error) : errorText(locale, failure.error),
          fields: failure.in === "invite" ? fieldTexts(locale, failure.error) : {},
        };
  const load = useCallback(async () => setUsers((await get<{ users: Account[] }>("/api/admin/users")).users), []);
  useEffect(() => {
    void load();
  }, [load]);
  const fail = (error: unknown, where: "invite" | "row") => {
    // Whatever the last invitation's link was, it is not this one's.
    setNotice("");
    setFailure({ error, in: where });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await post<{ setPasswordUrl?: string }>("/api/admin/users", invite);
      setNotice(created.setPasswordUrl ? t("inviteLink", { url: created.setPasswordUrl }) : "");
      setFailure(null);
      setInvite({ email: "", name: "", role: "author", locales: [] });
      await load();
    } catch (error) {
      fail(error, "invite");
    }
  };
  const change = async (account: Account, patch: Partial<Pick<Account, "role" | "locales" | "disabled">>) => {
    if (patch.disabled && !confirm(t("disableConfirm", { name: account.name }))) return;
    try {
      await call("PATCH", `/api/admin/users/${account.id}`, patch);
      setFailure(null);
    } catch (error) {
      fail(error, "row");
    }
    await load();
  };
  const newLink = async (account: Account) => {
    try {
      const { setPasswordUrl } = await post<{ setPasswordUrl: string }>(`/api/admin/users/${account.id}/password-link`);
      setFailure(null);
      setNotice(t("newLinkFor", { name: account.name, url: setPasswordUrl }));
    } catch (error) {
      fail(error, "row");
    }
  };
  const fieldError = (name: string) => (problem?.fields[name] ? <span className="field-error">{problem.fields[name]}</span> : null);
  return (
    <>
      <h1>{t("users")}</h1>
      {problem ? (
        <p className="alert" role="alert">
          {problem.message}
        </p>
      ) : null}
      {notice ? (
        <p className="card" role="status">
          {notice}
        </p>
      ) : null}
      <table className="list">
        <thead>
          <tr>
            <th>{t("name")}</th>
            <th>{t("email")}</th>
            <th>{t("role")}</th>
            <th>{t("locales")}</th>
            <th>{t("disabled")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((account) => (
            <tr key={account.id}>
              <td>{account.name}</td>
              <td>{account.email}</td>
              <td>
                <select
                  aria-label={`${t("role")}: ${account.name}`}
                  value={account.role}
                  onChange={(event) => void change(account, { role: event.target.value })}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`role_${role}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <span className="locale-checks">
                  {LOCALES.map((lc) => (
                    <label className="check" key={lc}>
                      <input
                        type="checkbox"
                        checked={account.locales.includes(lc)}
                        onChange={(event) =>
                          void change(account, { locales: event.target.checked ? [...account.locales, lc] : account.locales.filter((x) => x !== lc) })
                        }
                      />
                      <span className="sr">
                        {account.name}: {LOCALE_NAMES[lc]}
                      </span>
                      <span aria-hidden="true">{lc}</span>
                    </label>
                  ))}
                </span>
              </td>
              <td>
                {account.passwordSet || account.disabled ? null : <span className="muted">{t("noPasswordYet")} </span>}
                {account.disabled ? null : (
                  <button type="button" className="secondary" aria-label={`${t("newLink")}: ${account.name}`} onClick={() => void newLink(account)}>
                    {t("newLink")}
                  </button>
                )}{" "}
                {account.id === user.id ? null : (
                  <button type="button" className="secondary" onClick={() => void change(account, { disabled: !account.disabled })}>
                    {account.disabled ? t("enable") : t("disable")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={(event) => void submit(event)} style={{ maxWidth: "36rem" }}>
        <h2>{t("inviteUser")}</h2>
        <label>
          {t("name")}
          <input required value={invite.name} onChange={(event) => setInvite({ ...invite, name: event.target.value })} />
          {fieldError("name")}
        </label>
        <label>
          {t("email")}
          <input type="email" required value={invite.email} onChange={(event) => setInvite({ ...invite, email: event.target.value })} />
          {fieldError("email")}
        </label>
        <label>
          {t("role")}
          <select value={invite.role} onChange={(event) => setInvite({ ...invite, role: event.target.value })}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role_${role}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t("locales")}</legend>
          {LOCALES.map((lc) => (
            <label className="check" key={lc}>
              <input
                type="checkbox"
                checked={invite.locales.includes(lc)}
                onChange={(event) => setInvite({ ...invite, locales: event.target.checked ? [...invite.locales, lc] : invite.locales.filter((x) => x !== lc) })}
              />
              {LOCALE_NAMES[lc]}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t("inviteUser")}</button>
      </form>
    </>
  );
}
