import { calendarDate } from "../../lang/format.js";
import { t } from "../../lang/messages.js";
import type { ArticleCard, CardContext, MostReadLists } from "../view-models.js";
import { Card } from "./cards.js";
import { fragmentOf } from "./fragment.js";

function Ranked({ cards, ctx, id, title }: { cards: ArticleCard[]; ctx: CardContext; id: string; title: string }) {
  return (
    <section class="most-read-list" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ol>
        {cards.map((card) => (
          <li>
            <Card card={card} ctx={ctx} variant="compact" headingLevel={3} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Most read today and this week: two ranked lists side by side (no script needed); a list with
 * nothing in it is left out, and the box too when both are empty. Its inside depends on the lists,
 * the locale and the day (cards say "today, 14:05"), so it is rendered once per lists snapshot
 * and day, not on every page.
 */
export function MostReadBox({ lists, ctx, class: className = "most-read" }: { lists: MostReadLists; ctx: CardContext; class?: string }) {
  const { locale } = ctx;
  if (!lists.today.length && !lists.week.length) return null;
  const inside = fragmentOf(lists, `${locale} ${ctx.timeZone} ${calendarDate(ctx.now, ctx.timeZone)}`, () => (
    <>
      <h2 id="most-read-title">{t(locale, "mostRead")}</h2>
      {lists.today.length ? <Ranked cards={lists.today} ctx={ctx} id="most-read-today" title={t(locale, "today")} /> : null}
      {lists.week.length ? <Ranked cards={lists.week} ctx={ctx} id="most-read-week" title={t(locale, "thisWeek")} /> : null}
    </>
  ));
  return <aside aria-labelledby="most-read-title" class={className} data-xabar="most-read" dangerouslySetInnerHTML={{ __html: inside }} />;
}
