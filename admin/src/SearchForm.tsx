/** A search box and its button: `onSearch` gets the text when the form is sent. */
import { useState } from "react";
import { useSession } from "./app.js";

export function SearchForm({ onSearch }: { onSearch: (q: string) => void }) {
  const { t } = useSession();
  const [q, setQ] = useState("");
  return (
    <form
      className="filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(q);
      }}
    >
      <label>
        {t("filterText")}
        <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      </label>
      <button type="submit">{t("apply")}</button>
    </form>
  );
}
