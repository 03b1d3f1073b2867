/**
 * Beside the editor, for editors and admins: where the article went. Its Telegram posts (one per
 * channel), its webhook deliveries (the latest attempt of each) and the distribution jobs that
 * failed for good, with the errors the other side gave: a post Telegram refused is seen here, not
 * only in the server's log.
 */
import { useCallback, useEffect, useState } from "react";
import { get } from "../api.js";
import { useSession } from "../app.js";
import { LOCALE_TAGS, type MessageKey } from "../messages.js";
import { formatTime } from "../taxonomy.js";

interface Post {
  chat: string;
  state: "sending" | "posted" | "withdrawn" | "deleted" | "uncertain" | "failed";
  postedAt: string | null;
  error: string | null;
  updatedAt: string;
}
interface Delivery {
  delivery: string;
  url: string;
  event: string;
  attempt: number;
  status: "delivered" | "failed" | "refused";
  responseCode: number | null;
  error: string | null;
  createdAt: string;
}
interface FailedJob {
  id: number;
  attempts: number;
  error: string | null;
  updatedAt: string;
}
interface View {
  posts: Post[];
  deliveries: Delivery[];
  failedJobs: FailedJob[];
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Each delivery's latest attempt (the API lists every attempt, newest first). */
function latestAttempts(deliveries: Delivery[]): Delivery[] {
  const latest = new Map<string, Delivery>();
  for (const d of deliveries) {
    const seen = latest.get(d.delivery);
    if (!seen || d.attempt > seen.attempt) latest.set(d.delivery, d);
  }
  return [...latest.values()];
}

/** `version`: the article's, so that a publication or an edit shows what it sent. */
export function Distribution({ articleId, version }: { articleId: number; version: number }) {
  const { t, locale } = useSession();
  const [view, setView] = useState<View | null>(null);
  const load = useCallback(() => {
    get<View>(`/api/admin/distribution?article=${articleId}`)
      .then(setView)
      .catch(() => setView(null));
  }, [articleId]);
  useEffect(load, [load, version]);
  if (!view) return null;
  const tag = LOCALE_TAGS[locale];
  const deliveries = latestAttempts(view.deliveries);
  // A job that failed for a post's reason is that post's line already.
  const failedJobs = view.failedJobs.filter((job) => !view.posts.some((post) => post.error !== null && post.error === job.error));
  const nothing = view.posts.length + deliveries.length + failedJobs.length === 0;
  return (
    <section className="history" aria-label={t("distribution")}>
      <h2>{t("distribution")}</h2>
      {nothing ? <p className="hint">{t("distributionNone")}</p> : null}
      <ul className="distribution">
        {view.posts.map((post) => (
          <li key={post.chat}>
            Telegram {post.chat}: <strong>{t(`post_${post.state}` as MessageKey)}</strong> · {formatTime(post.postedAt ?? post.updatedAt, tag)}
            {post.error ? <span className="notice"> · {post.error}</span> : null}
          </li>
        ))}
        {deliveries.map((d) => (
          <li key={d.delivery}>
            {t("webhook")} {hostOf(d.url)} ({d.event}): <strong>{t(`delivery_${d.status}` as MessageKey)}</strong>
            {d.responseCode ? ` (${d.responseCode})` : ""} · {t("attempt", { n: String(d.attempt) })} · {formatTime(d.createdAt, tag)}
            {d.error ? <span className="notice"> · {d.error}</span> : null}
          </li>
        ))}
        {failedJobs.map((job) => (
          <li key={job.id} className="notice">
            {t("jobGaveUp", { n: String(job.attempts) })}: {job.error ?? "—"}
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={load}>
        {t("refresh")}
      </button>
    </section>
  );
}
