/**
 * The sign-in page, and the page of a one-time link (`/admin/set-password#token=…`) that sets a
 * password: plain DOM, no framework, so that it loads in a few kilobytes. On success it goes to
 * the app.
 */
import { call } from "./api.js";
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, type Locale, type MessageKey, chooseLocale, currentLocale, errorText, fieldTexts, t } from "./messages.js";
import "./styles.css";

const root = document.getElementById("root") as HTMLElement;
const token = new URLSearchParams(location.hash.slice(1)).get("token");
/** What outlives a language switch (the form is drawn again): what was typed, and the last failure, worded anew. */
const kept: { email: string; password: string; failure?: unknown } = { email: "", password: "" };

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function field(locale: Locale, key: MessageKey, input: Record<string, unknown>): [HTMLLabelElement, HTMLInputElement] {
  const control = element("input", { required: true, ...input });
  return [element("label", {}, t(locale, key), control), control];
}

function render(locale: Locale, notice?: string): void {
  document.documentElement.lang = LOCALE_TAGS[locale];
  document.title = `${t(locale, token ? "setPassword" : "signIn")} — ${t(locale, "appName")}`;
  const switcher = element(
    "select",
    {
      ariaLabel: t(locale, "language"),
      onchange: (event: Event) => {
        chooseLocale((event.target as HTMLSelectElement).value as Locale);
        render(currentLocale());
      },
    },
    ...LOCALES.map((lc) => element("option", { value: lc, selected: lc === locale }, LOCALE_NAMES[lc])),
  );
  const failureText = (error: unknown) => fieldTexts(locale, error).password ?? errorText(locale, error);
  const message = element("p", { className: "notice", role: "alert" }, kept.failure === undefined ? (notice ?? "") : failureText(kept.failure));
  const [emailLabel, email] = field(locale, "email", { type: "email", name: "email", autocomplete: "username", autofocus: !token });
  const [passwordLabel, password] = field(locale, token ? "newPassword" : "password", {
    type: "password",
    name: "password",
    autocomplete: token ? "new-password" : "current-password",
    autofocus: Boolean(token),
    ...(token ? { minLength: 10 } : {}),
  });
  email.value = kept.email;
  password.value = kept.password;
  email.oninput = () => (kept.email = email.value);
  password.oninput = () => (kept.password = password.value);
  const submit = element("button", { type: "submit" }, t(locale, token ? "setPassword" : "signIn"));
  const form = element("form", { className: "card" }, element("h1", {}, t(locale, "appName")), message, ...(token ? [] : [emailLabel]), passwordLabel);
  if (token) form.append(element("p", { className: "hint" }, t(locale, "passwordHint")));
  form.append(submit);
  form.onsubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      if (token) {
        await call("POST", "/api/admin/password", { token, password: password.value });
        sessionStorage.setItem("xabar-admin-notice", t(locale, "passwordSet"));
        location.assign("/admin/sign-in");
        return;
      }
      await call("POST", "/api/admin/session", { email: email.value, password: password.value });
      location.assign("/admin/");
    } catch (error) {
      kept.failure = error;
      message.textContent = failureText(error);
      submit.disabled = false;
    }
  };
  root.replaceChildren(element("div", { className: "language" }, switcher), form);
}

render(currentLocale(), sessionStorage.getItem("xabar-admin-notice") ?? undefined);
sessionStorage.removeItem("xabar-admin-notice");
