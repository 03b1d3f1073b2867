/**
 * Jobs: an outbox table of work to run at a time — scheduled publishing now, distribution later.
 * Enqueue inside the transaction that makes the work necessary, so that neither exists without
 * the other. Any instance may run jobs: on PostgreSQL each claims due jobs with
 * FOR UPDATE SKIP LOCKED, so none runs twice; on SQLite one process owns the file. A claimed job
 * holds a lease; if its instance dies, the lease runs out and another instance takes it again.
 * Handlers must be idempotent (a job may run again after a crash mid-way). The SQL is
 * JobsRepository's; the runner keeps the loop, leases, retries with backoff and the handlers.
 */
import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { DialectInfo } from "../db/dialects/types.js";
import type { Database } from "../db/schema.js";
import { type ClaimedJob, type JobOutcome, JobsRepository } from "./jobs.repository.js";

export interface NewJob {
  kind: string;
  payload: object;
  runAt: Date;
  /** One pending job per key; enqueueing again reschedules it. */
  key?: string;
}

export async function enqueueJob(db: Kysely<Database> | Transaction<Database>, job: NewJob, now = new Date()): Promise<void> {
  const row = { kind: job.kind, payload: JSON.stringify(job.payload), key: job.key ?? null, runAt: job.runAt.toISOString() };
  await new JobsRepository(db).enqueue(row, now.toISOString());
}

/** What a handler knows of its run: the attempt this is (1 on the first run). */
export interface JobContext {
  attempts: number;
}

export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;

/** Thrown by a handler when trying again cannot help (a receiver's refusal): the job fails now, with this message. */
export class PermanentJobError extends Error {}

/** Thrown by a handler that was told when to come back (a 429's retry_after): the job runs again at `at`, not after the backoff. */
export class RetryJobAt extends Error {
  constructor(
    message: string,
    readonly at: Date,
  ) {
    super(message);
  }
}

export interface JobRunnerOptions {
  dialect: DialectInfo;
  pollMs: number;
  /** How long a claimed job is ours before another instance may take it. */
  leaseMs?: number;
  batch?: number;
  maxAttempts?: number;
  now?: () => Date;
  log?: { warn(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

/** 5 s, 10 s, 20 s … capped at 10 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(600_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

export class JobRunner {
  readonly id = `runner-${process.pid}-${randomBytes(4).toString("hex")}`;
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly now: () => Date;
  private readonly repository: JobsRepository;

  constructor(
    db: Kysely<Database>,
    private readonly options: JobRunnerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.repository = new JobsRepository(db);
  }

  handle(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  start(): void {
    const loop = () => {
      this.timer = setTimeout(() => {
        this.tick()
          .catch((error: unknown) => this.options.log?.warn({ err: error }, "job runner tick failed"))
          .finally(() => {
            if (this.timer) loop();
          });
      }, this.options.pollMs);
      this.timer.unref();
    };
    loop();
  }

  /** Stops polling and waits for the jobs in hand. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Claims and runs the due jobs; returns how many ran. Never two ticks at once. */
  async tick(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.runDue().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Jobs waiting to run now or later (for metrics). */
  async depth(): Promise<number> {
    return this.repository.depth();
  }

  private async claim(): Promise<ClaimedJob[]> {
    const now = this.now();
    return this.repository.claim({
      runnerId: this.id,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + (this.options.leaseMs ?? 60_000)).toISOString(),
      batch: this.options.batch ?? 10,
      skipLocked: this.options.dialect.skipLocked,
    });
  }

  private async runDue(): Promise<number> {
    const jobs = await this.claim();
    for (const job of jobs) {
      const handler = this.handlers.get(job.kind);
      try {
        if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
        await handler(JSON.parse(job.payload) as unknown, { attempts: job.attempts });
        await this.finish(job.id, { status: "done", last_error: null });
      } catch (error) {
        const failed = error instanceof PermanentJobError || job.attempts >= (this.options.maxAttempts ?? 8);
        const retryAt = error instanceof RetryJobAt ? error.at : new Date(this.now().getTime() + backoffMs(job.attempts));
        this.options.log?.[failed ? "error" : "warn"](
          { err: error, job: job.id, kind: job.kind, attempts: job.attempts },
          failed ? "job failed for good" : "job failed; will retry",
        );
        await this.finish(job.id, {
          status: failed ? "failed" : "queued",
          last_error: String((error as Error)?.message ?? error).slice(0, 1000),
          ...(failed ? {} : { run_at: retryAt.toISOString() }),
        });
      }
    }
    return jobs.length;
  }

  private async finish(id: number, outcome: JobOutcome): Promise<void> {
    await this.repository.finish(id, this.id, outcome, this.now().toISOString());
  }
}
