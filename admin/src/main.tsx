/** The app's entry: who is signed in (else to the sign-in page), then the frame. */
import { createRoot } from "react-dom/client";
import { type User, get, setCsrfToken } from "./api.js";
import { App } from "./app.js";
import { currentLocale } from "./messages.js";
import { setNewsroomZone } from "./taxonomy.js";
import "./styles.css";

async function boot(): Promise<void> {
  const session = await get<{ user: User; csrfToken: string; timeZone: string }>("/api/admin/session").catch(() => undefined);
  if (!session) {
    location.replace("/admin/sign-in");
    return;
  }
  setCsrfToken(session.csrfToken);
  setNewsroomZone(session.timeZone);
  createRoot(document.getElementById("root") as HTMLElement).render(<App user={session.user} initialLocale={currentLocale()} />);
}

void boot();
