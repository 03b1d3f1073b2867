/**
 * SQL for the jobs table: enqueueing (a pending key is rescheduled, not duplicated), claiming due
 * jobs under a lease, finishing a claimed job, and the queue's depth. When to retry, how long a
 * lease lasts and what runs a job are the runner's (jobs.ts).
 */
import type { Kysely } from "kysely";
import type { Database, JobStatus } from "../db/schema.js";

export interface JobToEnqueue {
  kind: string;
  /** JSON. */
  payload: string;
  key: string | null;
  runAt: string;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: string;
  attempts: number;
}

export interface ClaimOptions {
  runnerId: string;
  now: string;
  /** Until when the claimed jobs are this runner's; after that another runner may take them. */
  leaseUntil: string;
  batch: number;
  /** FOR UPDATE SKIP LOCKED (PostgreSQL), so that competing runners take different rows. */
  skipLocked: boolean;
}

export interface JobOutcome {
  status: Exclude<JobStatus, "running">;
  last_error: string | null;
  run_at?: string;
}

export class JobsRepository {
  /** A transaction is a Kysely instance too: enqueue inside the one that makes the work necessary. */
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(job: JobToEnqueue, now: string): Promise<void> {
    await this.db
      .insertInto("jobs")
      .values({ kind: job.kind, payload: job.payload, key: job.key, status: "queued", run_at: job.runAt, attempts: 0, created_at: now, updated_at: now })
      .onConflict((oc) =>
        // Rescheduling a job that is running right now: releasing it means the runner's finish()
        // no longer matches, so the new time stands and the job runs again then (handlers are idempotent).
        oc.column("key").doUpdateSet({
          kind: job.kind,
          payload: job.payload,
          status: "queued",
          run_at: job.runAt,
          attempts: 0,
          last_error: null,
          locked_by: null,
          locked_until: null,
          updated_at: now,
        }),
      )
      .execute();
  }

  /** Due jobs (queued and due, or running with a lease run out), marked running for `runnerId` and counted as an attempt. */
  async claim(options: ClaimOptions): Promise<ClaimedJob[]> {
    const { now, runnerId, leaseUntil } = options;
    return this.db.transaction().execute(async (trx) => {
      let due = trx
        .selectFrom("jobs")
        .select("id")
        .where((eb) =>
          eb.or([eb.and([eb("status", "=", "queued"), eb("run_at", "<=", now)]), eb.and([eb("status", "=", "running"), eb("locked_until", "<", now)])]),
        )
        .orderBy("run_at")
        .limit(options.batch);
      if (options.skipLocked) due = due.forUpdate().skipLocked();
      const ids = (await due.execute()).map((row) => row.id);
      if (ids.length === 0) return [];
      return trx
        .updateTable("jobs")
        .set((eb) => ({ status: "running", locked_by: runnerId, locked_until: leaseUntil, attempts: eb("attempts", "+", 1), updated_at: now }))
        .where("id", "in", ids)
        .returning(["id", "kind", "payload", "attempts"])
        .execute();
    });
  }

  /** Records a claimed job's outcome, only if `runnerId` still holds it (a reschedule meanwhile released it). */
  async finish(id: number, runnerId: string, outcome: JobOutcome, now: string): Promise<void> {
    await this.db
      .updateTable("jobs")
      .set({ ...outcome, locked_by: null, locked_until: null, updated_at: now })
      .where("id", "=", id)
      .where("locked_by", "=", runnerId)
      .execute();
  }

  /** Jobs waiting to run now or later. */
  async depth(): Promise<number> {
    const row = await this.db
      .selectFrom("jobs")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("status", "in", ["queued", "running"])
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
