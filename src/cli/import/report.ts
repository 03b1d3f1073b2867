/** What an import did: counts, and every reason an item was skipped or needs an editor's look, counted. */
export class ImportReport {
  imported = 0;
  updated = 0;
  /** Already imported and unchanged since. */
  unchanged = 0;
  /** Stories made (a translation group is one story of several articles). */
  stories = 0;
  /** Images uploaded into the media library. */
  media = 0;
  readonly skipped = new Map<string, number>();
  readonly notes = new Map<string, number>();
  /** A few examples (source ids) per reason, so the person migrating can look. */
  readonly examples = new Map<string, string[]>();

  skip(reason: string, example?: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
    this.example(reason, example);
  }

  note(reason: string, example?: string): void {
    this.notes.set(reason, (this.notes.get(reason) ?? 0) + 1);
    this.example(reason, example);
  }

  private example(reason: string, example: string | undefined): void {
    if (example === undefined) return;
    const list = this.examples.get(reason) ?? [];
    if (list.length < 5) list.push(example);
    this.examples.set(reason, list);
  }

  get skippedTotal(): number {
    return [...this.skipped.values()].reduce((a, b) => a + b, 0);
  }

  /** The report as the command prints it. */
  lines(options: { dryRun: boolean; seconds: number; items: number }): string[] {
    const n = (x: number) => x.toLocaleString("en-US");
    const rate = options.seconds > 0 ? Math.round(options.items / options.seconds) : options.items;
    const head = options.dryRun ? "dry run (nothing written): would import" : "imported";
    const out = [
      `${head} ${n(this.imported)}, updated ${n(this.updated)}, unchanged ${n(this.unchanged)} (already imported), skipped ${n(this.skippedTotal)}` +
        ` — ${n(this.stories)} new stories, ${n(this.media)} images into the library; ${n(options.items)} items in ${options.seconds.toFixed(1)} s (${n(rate)}/s)`,
    ];
    const list = (title: string, reasons: Map<string, number>) => {
      if (!reasons.size) return;
      out.push(title);
      for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) {
        const examples = this.examples.get(reason);
        out.push(`  ${n(count).padStart(6)}  ${reason}${examples?.length ? `  (e.g. ${examples.join(", ")})` : ""}`);
      }
    };
    list("skipped:", this.skipped);
    list("to look at:", this.notes);
    return out;
  }

  toJSON(): Record<string, unknown> {
    return {
      imported: this.imported,
      updated: this.updated,
      unchanged: this.unchanged,
      stories: this.stories,
      media: this.media,
      skipped: Object.fromEntries(this.skipped),
      notes: Object.fromEntries(this.notes),
    };
  }
}
