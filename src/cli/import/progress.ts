/** A progress line on a terminal: bar, items done of all, items/s and the time left. Nothing when not a terminal. */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

const duration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
};

/** The line for `done` of `total` after `seconds`: `[#####.....]  42%  420/1,000 posts  350/s  ETA 2s`. */
export function progressLine(done: number, total: number, seconds: number, unit: string, width = 24): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * width);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? duration((total - done) / rate) : "?";
  const n = (x: number) => x.toLocaleString("en-US");
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${n(done)}/${n(total)} ${unit}  ${n(Math.round(rate))}/s  ETA ${eta}`;
}

/** Redrawn at most every 100 ms on `stream` when it is a terminal; a no-op otherwise (or when quiet). */
export function progressBar(stream: NodeJS.WriteStream, unit: string, quiet = false): Progress {
  if (quiet || !stream.isTTY) return { update() {}, end() {} };
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (done < total && now - last < 100) return;
      last = now;
      stream.write(`\r${progressLine(done, total, (now - started) / 1000, unit)}\x1b[K`);
      shown = true;
    },
    end() {
      if (shown) stream.write("\n");
      shown = false;
    },
  };
}
