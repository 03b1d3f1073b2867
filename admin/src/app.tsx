/**
 * The app's frame: who is signed in, the interface language, the navigation and the screen of
 * the current path (`/admin/`, `/admin/new`, `/admin/articles/{id}`). Paths are real URLs, so
 * every screen can be bookmarked and opened in a new tab.
 */
import { createContext, useContext, useEffect, useState } from "react";
import { type User, call } from "./api.js";
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, type Locale, type MessageKey, chooseLocale, t } from "./messages.js";
import { Editor } from "./screens/Editor.js";
import { NewStory } from "./screens/NewStory.js";
import { StoriesList } from "./screens/StoriesList.js";
import { MediaScreen } from "./screens/Media.js";
import { Tags } from "./screens/Tags.js";
import { Bylines } from "./screens/Bylines.js";
import { Users } from "./screens/Users.js";

export interface Session {
  user: User;
  locale: Locale;
  /** The interface's words in its language. */
  t: (key: MessageKey, vars?: Record<string, string>) => string;
  navigate: (path: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside the app");
  return session;
}

/** Set by a screen that holds unsaved work (the editor): moving to another screen asks first. */
let unsavedWork: (() => boolean) | undefined;

export function guardUnsaved(isUnsaved: (() => boolean) | undefined): void {
  unsavedWork = isUnsaved;
}

/** The current path and query (`/admin/?status=review`), following history; leaving unsaved work takes a yes to `ask`. */
function usePath(ask: () => boolean): [string, (path: string) => void] {
  const here = () => `${location.pathname}${location.search}`;
  const [path, setPath] = useState(here());
  const stay = () => unsavedWork?.() === true && !ask();
  useEffect(() => {
    const onPop = () => {
      // The browser has moved already: back to the screen with the work, if the answer was no.
      if (stay()) history.pushState(null, "", path);
      else setPath(here());
    };
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  });
  const navigate = (next: string) => {
    if (stay()) return;
    history.pushState(null, "", next);
    setPath(here());
  };
  return [path, navigate];
}

/** Screens for some roles only: the navigation links them for those roles, and an address typed by anyone else opens no form. */
const SCREEN_ROLES: Partial<Record<string, ReadonlyArray<User["role"]>>> = {
  "/admin/new": ["admin", "editor", "author"],
  "/admin/tags": ["admin", "editor"],
  "/admin/bylines": ["admin", "editor"],
  "/admin/users": ["admin"],
};
const opens = (role: User["role"], pathname: string) => SCREEN_ROLES[pathname]?.includes(role) ?? true;

function Screen({ path, role }: { path: string; role: User["role"] }) {
  const { t } = useSession();
  const pathname = path.split("?")[0] ?? "";
  if (!opens(role, pathname))
    return (
      <p className="alert" role="alert">
        {t("XABAR_FORBIDDEN")}
      </p>
    );
  const article = /^\/admin\/articles\/(\d+)$/.exec(pathname);
  if (article) return <Editor key={article[1]} id={Number(article[1])} />;
  if (pathname === "/admin/new") return <NewStory />;
  if (pathname === "/admin/users") return <Users />;
  if (pathname === "/admin/media") return <MediaScreen />;
  if (pathname === "/admin/tags") return <Tags />;
  if (pathname === "/admin/bylines") return <Bylines />;
  return <StoriesList key={path} />;
}

export function App({ user, initialLocale }: { user: User; initialLocale: Locale }) {
  const [locale, setLocale] = useState(initialLocale);
  const [path, navigate] = usePath(() => confirm(t(locale, "leaveUnsaved")));
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAGS[locale];
    document.title = t(locale, "appName");
  }, [locale]);
  const session: Session = { user, locale, t: (key, vars) => t(locale, key, vars), navigate };
  const link = (href: string, key: MessageKey) => (
    <a
      href={href}
      aria-current={path === href ? "page" : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(href);
      }}
    >
      {t(locale, key)}
    </a>
  );
  const signOut = async () => {
    await call("DELETE", "/api/admin/session").catch(() => undefined);
    location.assign("/admin/sign-in");
  };
  return (
    <SessionContext.Provider value={session}>
      <header className="bar">
        <strong>{t(locale, "appName")}</strong>
        <nav aria-label={t(locale, "appName")}>
          {link("/admin/", "stories")}
          {link("/admin/?status=review", "review")}
          {opens(user.role, "/admin/new") ? link("/admin/new", "newStory") : null}
          {link("/admin/media", "media")}
          {opens(user.role, "/admin/tags") ? link("/admin/tags", "tagsScreen") : null}
          {opens(user.role, "/admin/bylines") ? link("/admin/bylines", "bylinesScreen") : null}
          {opens(user.role, "/admin/users") ? link("/admin/users", "users") : null}
        </nav>
        <span className="who">{user.name}</span>
        <select
          aria-label={t(locale, "language")}
          value={locale}
          onChange={(event) => {
            const next = event.target.value as Locale;
            chooseLocale(next);
            setLocale(next);
          }}
          style={{ width: "auto" }}
        >
          {LOCALES.map((lc) => (
            <option key={lc} value={lc}>
              {LOCALE_NAMES[lc]}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => void signOut()}>
          {t(locale, "signOut")}
        </button>
      </header>
      <main className="screen" id="main">
        <Screen path={path} role={user.role} />
      </main>
    </SessionContext.Provider>
  );
}
