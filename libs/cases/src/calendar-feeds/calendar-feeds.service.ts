import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@lemon/platform';
import type { DataSource } from 'typeorm';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface CalendarFeedView {
  id: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * Calendar apps cannot send credentials, so the feed URL carries a token: random, shown once,
 * stored only as a hash, revocable. A token gives read access to its organisation's docket only.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(organisationId: string, label?: string): Promise<CalendarFeedView & { token: string }> {
    const token = `cal_${randomBytes(24).toString('base64url')}`;
    const id = randomUUID();
    const now = this.now();
    await this.dataSource.query(
      'INSERT INTO cal_feed_tokens (id, organisation_id, token_hash, label, created_at) VALUES ($1, $2, $3, $4, $5)',
      [id, organisationId, hashToken(token), label ?? null, now],
    );
    return { id, label: label ?? null, createdAt: now.toISOString(), lastUsedAt: null, revokedAt: null, token };
  }

  async list(organisationId: string): Promise<CalendarFeedView[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT id, label, created_at, last_used_at, revoked_at FROM cal_feed_tokens WHERE organisation_id = $1 ORDER BY created_at',
      [organisationId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      label: r.label as string | null,
      createdAt: (r.created_at as Date).toISOString(),
      lastUsedAt: (r.last_used_at as Date | null)?.toISOString() ?? null,
      revokedAt: (r.revoked_at as Date | null)?.toISOString() ?? null,
    }));
  }

  /** True when a live token of the organisation was revoked now. */
  async revoke(organisationId: string, id: string): Promise<boolean> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      'SELECT id FROM cal_feed_tokens WHERE id = $1 AND organisation_id = $2 AND revoked_at IS NULL',
      [id, organisationId],
    );
    if (rows.length === 0) return false;
    await this.dataSource.query('UPDATE cal_feed_tokens SET revoked_at = $2 WHERE id = $1', [id, this.now()]);
    return true;
  }

  /** The organisation a live token belongs to (and records its use), or undefined. */
  async organisationOf(token: string): Promise<string | undefined> {
    return (await this.feedOf(token))?.organisationId;
  }

  /** The live feed a token opens, with its organisation (and records its use), or undefined. */
  async feedOf(token: string): Promise<{ id: string; organisationId: string } | undefined> {
    const rows: Array<{ id: string; organisation_id: string }> = await this.dataSource.query(
      'SELECT id, organisation_id FROM cal_feed_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
      [hashToken(token)],
    );
    if (!rows[0]) return undefined;
    await this.dataSource.query('UPDATE cal_feed_tokens SET last_used_at = $2 WHERE id = $1', [rows[0].id, this.now()]);
    return { id: rows[0].id, organisationId: rows[0].organisation_id };
  }

  private now(): Date {
    return new Date(this.clock.now().epochMilliseconds);
  }
}
