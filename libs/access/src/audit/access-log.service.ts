import { epochMillisecondsOf, type Clock } from '@lemon/platform';
import type { DataSource } from 'typeorm';
import type { Principal } from '../identity/principal';

export interface CaseReadRecord {
  readAt: string;
  organisationId: string;
  organisationKind: string;
  userId: string;
  role: string;
  method: string;
  path: string;
  correlationId: string | null;
}

/** Who read: a person (their organisation and role) or a calendar feed of an organisation (its token id, role `calendar_feed`). */
export type CaseReader = Pick<Principal, 'organisationId' | 'organisationKind' | 'userId'> & { role: string };

/** The request a read came through. */
export interface CaseReadRequest {
  method: string;
  path: string;
  correlationId?: string;
}

/** One request's rows, waiting for the batch that commits them. */
interface PendingReads {
  caseIds: string[];
  reader: CaseReader;
  request: CaseReadRequest;
  readAt: Date;
  done: () => void;
  failed: (error: unknown) => void;
}

/** Rows per INSERT at most (a calendar feed or a list page can bring hundreds at once). */
const MAX_ROWS_PER_BATCH = 1_000;

/**
 * Every read of a case file, by whom, through which route: what the owning firm shows an auditor of its own.
 *
 * Durability: `recordRead(s)` resolves once the row is committed (synchronous commit); callers
 * answer another organisation's read only then (the firm's own single-case reads do not wait, see
 * AuditCaseReadInterceptor). Concurrent reads
 * share one INSERT and one WAL flush ("group commit"): the first read writes at once; reads that
 * arrive while a batch is in flight wait for the next one, which takes all of them. One request
 * alone costs what it did (one statement); sixteen in flight cost one or two statements.
 */
export class AccessLogService {
  private pending: PendingReads[] = [];
  private writing = false;
  /** Settles once every row queued so far is written (or failed): batches are written in order. */
  private lastQueued: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async recordRead(caseId: string, reader: CaseReader, request: CaseReadRequest): Promise<void> {
    await this.recordReads([caseId], reader, request);
  }

  /** One row per distinct case read by one request (a list page, the docket, a calendar feed); resolves once committed. */
  recordReads(caseIds: readonly string[], reader: CaseReader, request: CaseReadRequest): Promise<void> {
    const distinct = [...new Set(caseIds)];
    if (distinct.length === 0) return Promise.resolve();
    const readAt = new Date(epochMillisecondsOf(this.clock));
    const committed = new Promise<void>((done, failed) => {
      this.pending.push({ caseIds: distinct, reader, request, readAt, done, failed });
      if (!this.writing) void this.writePending();
    });
    this.lastQueued = committed.catch(() => undefined);
    return committed;
  }

  /** Writes batches until nothing waits; one writer at a time, so waiting reads gather into the next batch. */
  private async writePending(): Promise<void> {
    this.writing = true;
    try {
      while (this.pending.length > 0) {
        let rows = 0;
        let take = 0;
        while (take < this.pending.length && (take === 0 || rows + this.pending[take].caseIds.length <= MAX_ROWS_PER_BATCH)) {
          rows += this.pending[take++].caseIds.length;
        }
        const batch = this.pending.splice(0, take);
        try {
          await this.insert(batch);
          for (const reads of batch) reads.done();
        } catch (error) {
          // One bad row must not fail the other requests of its batch: each is written on its own.
          if (batch.length === 1) batch[0].failed(error);
          else for (const reads of batch) await this.insert([reads]).then(reads.done, reads.failed);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async insert(batch: readonly PendingReads[]): Promise<void> {
    const rows = batch.flatMap(({ caseIds, reader, request, readAt }) =>
      caseIds.map((caseId) => [
        caseId,
        reader.organisationId,
        reader.organisationKind,
        reader.userId,
        reader.role,
        request.method,
        request.path.slice(0, 500),
        request.correlationId ?? null,
        readAt,
      ]),
    );
    const column = (i: number) => rows.map((row) => row[i]);
    await this.dataSource.query(
      `INSERT INTO audit_case_reads (case_id, organisation_id, organisation_kind, user_id, role, method, path, correlation_id, read_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])`,
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map(column),
    );
  }

  /** On shutdown (Nest calls this before the database connections close): rows of answered reads still queued are written first. */
  async onModuleDestroy(): Promise<void> {
    await this.lastQueued;
  }

  /** The log of one case, newest first; rows this process queued before the call (reads not waited for) are in it. */
  async reads(caseId: string, limit = 500): Promise<CaseReadRecord[]> {
    await this.lastQueued;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM audit_case_reads WHERE case_id = $1 ORDER BY read_at DESC, id DESC LIMIT $2`,
      [caseId, limit],
    );
    return rows.map((r) => ({
      readAt: (r.read_at as Date).toISOString(),
      organisationId: r.organisation_id as string,
      organisationKind: r.organisation_kind as string,
      userId: r.user_id as string,
      role: r.role as string,
      method: r.method as string,
      path: r.path as string,
      correlationId: r.correlation_id as string | null,
    }));
  }
}
