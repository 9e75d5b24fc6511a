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

/** Every read of a case file, by whom, through which route: what the owning firm shows an auditor of its own. */
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async recordRead(caseId: string, principal: Principal, request: { method: string; path: string; correlationId?: string }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_case_reads (case_id, organisation_id, organisation_kind, user_id, role, method, path, correlation_id, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        caseId,
        principal.organisationId,
        principal.organisationKind,
        principal.userId,
        principal.role,
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
