/** A labelled select of named things (categories, bylines) by their names in `locale`; `none` is an empty choice first. */
import type { ReactNode } from "react";
import type { Locale } from "./messages.js";
import { type Named, nameIn } from "./taxonomy.js";

export function NamedSelect({
  label,
  value,
  onChange,
  options,
  locale,
  none,
  by = "slug",
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Named[];
  locale: Locale;
  none?: string;
  /** What a choice's value is: the slug (categories) or the id (bylines). */
  by?: "slug" | "id";
  /** Shown after the select: its field error. */
  children?: ReactNode;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {none === undefined ? null : <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.id} value={String(o[by])}>
            {nameIn(o, locale)}
          </option>
        ))}
      </select>
      {children}
    </label>
  );
}
