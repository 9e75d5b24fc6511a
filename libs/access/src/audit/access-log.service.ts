import type { Clock } from '@lemon/platform';
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

/** Every read of a case file, by whom, through which route: what the owning firm shows an auditor of its own. */
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async recordRead(caseId: string, reader: CaseReader, request: CaseReadRequest): Promise<void> {
    await this.recordReads([caseId], reader, request);
  }

  /** One row per distinct case read by one request (a list page, the docket, a calendar feed), in one statement. */
  async recordReads(caseIds: readonly string[], reader: CaseReader, request: CaseReadRequest): Promise<void> {
    const distinct = [...new Set(caseIds)];
    if (distinct.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO audit_case_reads (case_id, organisation_id, organisation_kind, user_id, role, method, path, correlation_id, read_at)
       SELECT case_id, $2, $3, $4, $5, $6, $7, $8, $9 FROM unnest($1::uuid[]) AS case_id`,
      [
        distinct,
        reader.organisationId,
        reader.organisationKind,
        reader.userId,
        reader.role,
        request.method,
        request.path.slice(0, 500),
        request.correlationId ?? null,
        new Date(this.clock.now().epochMilliseconds),
      ],
    );
  }

  async reads(caseId: string, limit = 500): Promise<CaseReadRecord[]> {
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
