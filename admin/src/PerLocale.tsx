/**
 * What the naming screens (Tags, Bylines) share: a field per locale for one text, and a save
 * whose progress and failure are said in the status line beside the button.
 */
import { type FormEvent, useState } from "react";
import { useSession } from "./app.js";
import { LOCALES, LOCALE_NAMES, type Locale, errorSummary } from "./messages.js";

export type Texts = Partial<Record<Locale, string>>;

/** The texts as the API takes them: a field emptied is null (the name falls back to the Uzbek one). */
export const namesToSend = (texts: Texts) => Object.fromEntries(LOCALES.map((lc) => [lc, texts[lc]?.trim() || null]));

/** One labelled field per locale; `multiline` for a paragraph (a biography), else a line. */
export function PerLocaleFields({
  values,
  onChange,
  multiline = false,
  maxLength,
}: {
  values: Texts;
  onChange: (next: Texts) => void;
  multiline?: boolean;
  maxLength?: number;
}) {
  return (
    <>
      {LOCALES.map((lc) => (
        <label key={lc}>
          {LOCALE_NAMES[lc]}
          {multiline ? (
            <textarea value={values[lc] ?? ""} onChange={(event) => onChange({ ...values, [lc]: event.target.value })} maxLength={maxLength} rows={3} />
          ) : (
            <input value={values[lc] ?? ""} onChange={(event) => onChange({ ...values, [lc]: event.target.value })} maxLength={maxLength} />
          )}
        </label>
      ))}
    </>
  );
}

/** A form's save: `submit` runs `work`, and `status` says "Saving…", "Saved" or what went wrong, in the interface's language. */
export function useSave(work: () => Promise<void>): { submit: (event: FormEvent) => void; status: string } {
  const { t, locale } = useSession();
  const [status, setStatus] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus(t("saving"));
    work().then(
      () => setStatus(t("saved")),
      (error: unknown) => setStatus(errorSummary(locale, error)),
    );
  };
  return { submit, status };
}
