import { randomUUID } from 'node:crypto';
import type { Clock } from '@lemon/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { API_KEY_PATTERN, apiKeyPrefix, hashApiKey, newApiKey } from './api-key';
import { CredentialCache } from './credential-cache';
import type { OrganisationKind, Principal, Role } from './principal';
import { lockEmailAddress } from './email-lock';

export interface OrganisationView {
  id: string;
  name: string;
  kind: OrganisationKind;
  operator: boolean;
  createdAt: string;
}

export interface UserView {
  id: string;
  organisationId: string;
  name: string;
  email: string | null;
  role: Role;
  createdAt: string;
  /** When an admin deactivated the user (null while active): no sign-in, no session, no API key works. */
  deactivatedAt: string | null;
}

export interface AdminActionView {
  at: string;
  actorUserId: string;
  actorName: string | null;
  action: 'role_changed' | 'deactivated' | 'reactivated' | 'name_changed' | 'email_changed';
  targetUserId: string;
  targetName: string | null;
  detail: Record<string, unknown>;
}

export interface ApiKeyView {
  id: string;
  userId: string;
  prefix: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** An admin's correction of a user's name and email: omitted fields stay. */
export interface NameAndEmailChange {
  name?: string;
  email?: string;
}

export type NameAndEmailChangeResult =
  | { outcome: 'changed' | 'unchanged'; user: UserView }
  | { outcome: 'not_found' }
  /** People sign in by email, so no two users share one (compared without case). */
  | { outcome: 'email_taken' };

const BOOTSTRAP_LOCK = 7_310_003;
/** last_used_at is refreshed at most this often per key: a write per request would cost more than it tells. */
const LAST_USED_RESOLUTION_MS = 60_000;

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;
const toOrganisation = (r: Record<string, unknown>): OrganisationView => ({
  id: r.id as string,
  name: r.name as string,
  kind: r.kind as OrganisationKind,
  operator: r.operator as boolean,
  createdAt: (r.created_at as Date).toISOString(),
});
const toUser = (r: Record<string, unknown>): UserView => ({
  id: r.id as string,
  organisationId: r.organisation_id as string,
  name: r.name as string,
  email: r.email as string | null,
  role: r.role as Role,
  createdAt: (r.created_at as Date).toISOString(),
  deactivatedAt: iso((r.deactivated_at as Date | null | undefined) ?? null),
});
const toKey = (r: Record<string, unknown>): ApiKeyView => ({
  id: r.id as string,
  userId: r.user_id as string,
  prefix: r.key_prefix as string,
  label: r.label as string | null,
  createdAt: (r.created_at as Date).toISOString(),
  lastUsedAt: iso(r.last_used_at as Date | null),
  revokedAt: iso(r.revoked_at as Date | null),
});

export interface BootstrapResult {
  created: boolean;
  organisationId?: string;
  adminUserId?: string;
  /** Only when the key was generated here (not taken from the environment): to be shown once. */
  generatedKey?: string;
}

/** What an API key authenticated as, and when its use was last written down. */
interface KnownKey {
  principal: Principal;
  lastUsedAt: Date | null;
}

export interface IdentitySettings {
  /** How long an authenticated API key is remembered in this process (0: looked up on every request); see CredentialCache. */
  authCacheMs: number;
}

/** Organisations, their users and API keys. Authorisation of these operations is the caller's job. */
export class IdentityService {
  private readonly knownKeys: CredentialCache<KnownKey>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    settings: IdentitySettings = { authCacheMs: 0 },
  ) {
    this.knownKeys = new CredentialCache(settings.authCacheMs, clock);
  }

  /**
   * First start: when no organisation exists, create the bootstrap (operator) law firm, its admin
   * and an API key: the given one (BOOTSTRAP_ADMIN_API_KEY) or a new one returned to be printed
   * once. Safe when several processes start together (advisory lock).
   */
  async bootstrap(options: { organisationName: string; adminKey?: string }): Promise<BootstrapResult> {
    if (options.adminKey !== undefined && !API_KEY_PATTERN.test(options.adminKey)) {
      throw new Error('BOOTSTRAP_ADMIN_API_KEY must be "ll_" followed by at least 32 URL-safe characters (A-Z a-z 0-9 _ -)');
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM iam_organisations');
      if (count > 0) return { created: false };
      const organisation = await this.insertOrganisation(manager, options.organisationName, 'law_firm', true);
      const admin = await this.insertUser(manager, organisation.id, { name: 'Bootstrap admin', role: 'admin' });
      const key = options.adminKey ?? newApiKey();
      await this.insertKey(manager, admin.id, key, 'bootstrap');
      return { created: true, organisationId: organisation.id, adminUserId: admin.id, generatedKey: options.adminKey ? undefined : key };
    });
  }

  /** Whether the key is a stored, unrevoked key (without counting it as a use). */
  async isActiveKey(key: string): Promise<boolean> {
    if (!API_KEY_PATTERN.test(key)) return false;
    const rows = await this.dataSource.query('SELECT 1 FROM iam_api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [hashApiKey(key)]);
    return rows.length > 0;
  }

  async authenticate(key: string): Promise<Principal | undefined> {
    if (!API_KEY_PATTERN.test(key)) return undefined;
    const keyHash = hashApiKey(key);
    let known = this.knownKeys.get(keyHash);
    if (!known) {
      const rows: Array<Record<string, unknown>> = await this.dataSource.query(
        `SELECT k.id AS key_id, k.last_used_at, u.id AS user_id, u.role, o.id AS organisation_id, o.kind, o.operator
           FROM iam_api_keys k JOIN iam_users u ON u.id = k.user_id JOIN iam_organisations o ON o.id = u.organisation_id
          WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND u.deactivated_at IS NULL`,
        [keyHash],
      );
      const row = rows[0];
      if (!row) return undefined;
      known = {
        principal: {
          userId: row.user_id as string,
          organisationId: row.organisation_id as string,
          organisationKind: row.kind as OrganisationKind,
          operator: row.operator as boolean,
          role: row.role as Role,
          apiKeyId: row.key_id as string,
        },
        lastUsedAt: row.last_used_at as Date | null,
      };
      this.knownKeys.set(keyHash, known);
    }
    const now = this.now();
    if (!known.lastUsedAt || now.getTime() - known.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      known.lastUsedAt = now;
      await this.dataSource.query('UPDATE iam_api_keys SET last_used_at = $2 WHERE id = $1', [known.principal.apiKeyId, now]);
    }
    return { ...known.principal };
  }

  createOrganisation(name: string, kind: OrganisationKind): Promise<OrganisationView> {
    return this.dataSource.transaction((manager) => this.insertOrganisation(manager, name, kind, false));
  }

  async organisation(id: string): Promise<OrganisationView | undefined> {
    const rows = await this.dataSource.query('SELECT * FROM iam_organisations WHERE id = $1', [id]);
    return rows[0] && toOrganisation(rows[0]);
  }

  async organisations(ids?: readonly string[]): Promise<OrganisationView[]> {
    const rows: Array<Record<string, unknown>> = ids
      ? await this.dataSource.query('SELECT * FROM iam_organisations WHERE id = ANY($1::uuid[]) ORDER BY created_at, id', [ids])
      : await this.dataSource.query('SELECT * FROM iam_organisations ORDER BY created_at, id');
    return rows.map(toOrganisation);
  }

  /** Organisations of one kind by name, for picking a share target: id and name only. */
  async organisationsOfKind(kind: OrganisationKind): Promise<Array<Pick<OrganisationView, 'id' | 'name' | 'kind'>>> {
    const rows: Array<{ id: string; name: string; kind: OrganisationKind }> = await this.dataSource.query(
      'SELECT id, name, kind FROM iam_organisations WHERE kind = $1 ORDER BY name, id',
      [kind],
    );
    return rows.map(({ id, name, kind: k }) => ({ id, name, kind: k }));
  }

  /**
   * An organisation's first admin with a first API key (the key is in this result only); `has_users` when the
   * organisation already has users (after the first, its own admins add people), `email_taken` when another user
   * has the email. The organisation's row lock makes two concurrent attempts create one admin.
   */
  async createFirstAdmin(
    organisationId: string,
    input: { name: string; email?: string },
  ): Promise<
    { outcome: 'created'; user: UserView; apiKey: ApiKeyView & { key: string } } | { outcome: 'has_users' } | { outcome: 'email_taken' }
  > {
    const key = newApiKey();
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM iam_organisations WHERE id = $1 FOR UPDATE', [organisationId]);
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM iam_users WHERE organisation_id = $1', [organisationId]);
      if (count > 0) return { outcome: 'has_users' } as const;
      if (input.email !== undefined && (await this.emailTaken(manager, input.email))) return { outcome: 'email_taken' } as const;
      const user = await this.insertUser(manager, organisationId, { ...input, role: 'admin' });
      const apiKey = await this.insertKey(manager, user.id, key, 'first admin');
      return { outcome: 'created', user, apiKey: { ...apiKey, key } } as const;
    });
  }

  /** A new user of the organisation; `email_taken` when another user (of any organisation) has the email. */
  createUser(
    organisationId: string,
    input: { name: string; email?: string; role: Role },
  ): Promise<{ outcome: 'created'; user: UserView } | { outcome: 'email_taken' }> {
    return this.dataSource.transaction(async (manager) => {
      if (input.email !== undefined && (await this.emailTaken(manager, input.email))) return { outcome: 'email_taken' } as const;
      return { outcome: 'created', user: await this.insertUser(manager, organisationId, input) } as const;
    });
  }

  async user(id: string): Promise<UserView | undefined> {
    const rows = await this.dataSource.query('SELECT * FROM iam_users WHERE id = $1', [id]);
    return rows[0] && toUser(rows[0]);
  }

  async users(organisationId: string): Promise<UserView[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM iam_users WHERE organisation_id = $1 ORDER BY created_at, id',
      [organisationId],
    );
    return rows.map(toUser);
  }

  /** People read names, not ids: the names of these users and organisations, by id (unknown ids are left out). */
  async namesOf(
    userIds: readonly string[],
    organisationIds: readonly string[],
  ): Promise<{ users: Map<string, string>; organisations: Map<string, string> }> {
    const uuids = (ids: readonly string[]) => [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const [users, organisations]: Array<Array<{ id: string; name: string }>> = await Promise.all([
      this.dataSource.query('SELECT id, name FROM iam_users WHERE id = ANY($1::uuid[])', [uuids(userIds)]),
      this.dataSource.query('SELECT id, name FROM iam_organisations WHERE id = ANY($1::uuid[])', [uuids(organisationIds)]),
    ]);
    return { users: new Map(users.map((u) => [u.id, u.name])), organisations: new Map(organisations.map((o) => [o.id, o.name])) };
  }

  /**
   * Changes a user's role, deactivates or reactivates them, and logs it (who, what, whom, when) in
   * one transaction. Deactivation ends the user's sessions at once; their API keys stop working
   * because authentication skips deactivated users (reactivation brings unrevoked keys back).
   * Returns undefined when nothing changed (same role; already (in)active).
   */
  async administerUser(
    actor: { userId: string; organisationId: string },
    targetUserId: string,
    change: { role: Role } | { active: boolean },
  ): Promise<UserView | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.now();
      const [before] = await manager.query('SELECT * FROM iam_users WHERE id = $1 FOR UPDATE', [targetUserId]);
      if (!before) return undefined;
      let action: AdminActionView['action'];
      let detail: Record<string, unknown>;
      if ('role' in change) {
        if (before.role === change.role) return undefined;
        await manager.query('UPDATE iam_users SET role = $2 WHERE id = $1', [targetUserId, change.role]);
        action = 'role_changed';
        detail = { from: before.role, to: change.role };
      } else if (change.active) {
        if (before.deactivated_at === null) return undefined;
        await manager.query('UPDATE iam_users SET deactivated_at = NULL WHERE id = $1', [targetUserId]);
        action = 'reactivated';
        detail = { deactivatedAt: (before.deactivated_at as Date).toISOString() };
      } else {
        if (before.deactivated_at !== null) return undefined;
        await manager.query('UPDATE iam_users SET deactivated_at = $2 WHERE id = $1', [targetUserId, now]);
        const ended = await manager.query(
          'UPDATE iam_sessions SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL RETURNING id_hash',
          [targetUserId, now],
        );
        action = 'deactivated';
        detail = { sessionsEnded: ended[0]?.length ?? ended.length };
      }
      await manager.query(
        `INSERT INTO audit_admin_actions (id, at, organisation_id, actor_user_id, action, target_user_id, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [randomUUID(), now, before.organisation_id, actor.userId, action, targetUserId, JSON.stringify(detail)],
      );
      const [after] = await manager.query('SELECT * FROM iam_users WHERE id = $1', [targetUserId]);
      // Keys remembered by this process carry the old role or access: forgotten now (other processes within AUTH_CACHE_MS).
      this.knownKeys.forgetWhere((known) => known.principal.userId === targetUserId);
      return toUser(after);
    });
  }

  /**
   * Corrects a user's name and/or email and logs each change (old -> new) in one transaction.
   * Sessions and API keys stay as they are: the person is the same, only how they are called changed.
   */
  async changeNameAndEmail(actor: { userId: string }, targetUserId: string, change: NameAndEmailChange): Promise<NameAndEmailChangeResult> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query('SELECT * FROM iam_users WHERE id = $1 FOR UPDATE', [targetUserId]);
      if (!before) return { outcome: 'not_found' } as const;
      const changes: Array<{ action: 'name_changed' | 'email_changed'; column: 'name' | 'email'; from: string | null; to: string }> = [];
      if (change.name !== undefined && change.name !== before.name)
        changes.push({ action: 'name_changed', column: 'name', from: before.name, to: change.name });
      if (change.email !== undefined && change.email !== before.email) {
        if (change.email.toLowerCase() !== (before.email as string | null)?.toLowerCase()) {
          if (await this.emailTaken(manager, change.email, targetUserId)) return { outcome: 'email_taken' } as const;
        }
        changes.push({ action: 'email_changed', column: 'email', from: before.email, to: change.email });
      }
      if (changes.length === 0) return { outcome: 'unchanged', user: toUser(before) } as const;
      const now = this.now();
      for (const { action, column, from, to } of changes) {
        await manager.query(`UPDATE iam_users SET ${column} = $2 WHERE id = $1`, [targetUserId, to]);
        await manager.query(
          `INSERT INTO audit_admin_actions (id, at, organisation_id, actor_user_id, action, target_user_id, detail)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [randomUUID(), now, before.organisation_id, actor.userId, action, targetUserId, JSON.stringify({ from, to })],
        );
      }
      const [after] = await manager.query('SELECT * FROM iam_users WHERE id = $1', [targetUserId]);
      return { outcome: 'changed', user: toUser(after) } as const;
    });
  }

  /** How many active admins the organisation has (the last one cannot be demoted or deactivated). */
  async activeAdmins(organisationId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      "SELECT count(*)::int AS count FROM iam_users WHERE organisation_id = $1 AND role = 'admin' AND deactivated_at IS NULL",
      [organisationId],
    );
    return count;
  }

  /** The organisation's administration log, newest first, with names beside the ids. */
  async adminActions(organisationId: string, limit = 200): Promise<AdminActionView[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT a.*, actor.name AS actor_name, target.name AS target_name
         FROM audit_admin_actions a
         LEFT JOIN iam_users actor ON actor.id = a.actor_user_id
         LEFT JOIN iam_users target ON target.id = a.target_user_id
        WHERE a.organisation_id = $1 ORDER BY a.seq DESC LIMIT $2`,
      [organisationId, limit],
    );
    return rows.map((r) => ({
      at: (r.at as Date).toISOString(),
      actorUserId: r.actor_user_id as string,
      actorName: r.actor_name as string | null,
      action: r.action as AdminActionView['action'],
      targetUserId: r.target_user_id as string,
      targetName: r.target_name as string | null,
      detail: r.detail as Record<string, unknown>,
    }));
  }

  /** A new key for the user: the key itself is in this result only. */
  async createApiKey(userId: string, label?: string): Promise<ApiKeyView & { key: string }> {
    const key = newApiKey();
    const view = await this.dataSource.transaction((manager) => this.insertKey(manager, userId, key, label));
    return { ...view, key };
  }

  async apiKeys(userId: string): Promise<ApiKeyView[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM iam_api_keys WHERE user_id = $1 ORDER BY created_at, id',
      [userId],
    );
    return rows.map(toKey);
  }

  /** The key with its owner's organisation, for authorising a revocation. */
  async apiKey(id: string): Promise<(ApiKeyView & { organisationId: string }) | undefined> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT k.*, u.organisation_id FROM iam_api_keys k JOIN iam_users u ON u.id = k.user_id WHERE k.id = $1',
      [id],
    );
    return rows[0] && { ...toKey(rows[0]), organisationId: rows[0].organisation_id as string };
  }

  async revokeApiKey(id: string): Promise<void> {
    await this.dataSource.query('UPDATE iam_api_keys SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1', [id, this.now()]);
    this.knownKeys.forgetWhere((known) => known.principal.apiKeyId === id);
  }

  private async insertOrganisation(
    manager: EntityManager,
    name: string,
    kind: OrganisationKind,
    operator: boolean,
  ): Promise<OrganisationView> {
    const rows = await manager.query(
      'INSERT INTO iam_organisations (id, name, kind, operator, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
      [randomUUID(), name, kind, operator, this.now()],
    );
    return toOrganisation(rows[0]);
  }

  /**
   * Whether a user other than `exceptUserId` has the email (in any letter case): people sign in by email, so no two
   * users share one. Takes the address's advisory lock until the transaction ends, so two concurrent transactions
   * cannot both find it free.
   */
  private async emailTaken(manager: EntityManager, email: string, exceptUserId?: string): Promise<boolean> {
    await lockEmailAddress(manager, email);
    const taken: unknown[] = await manager.query(
      'SELECT 1 FROM iam_users WHERE lower(email) = lower($1) AND ($2::uuid IS NULL OR id <> $2) LIMIT 1',
      [email, exceptUserId ?? null],
    );
    return taken.length > 0;
  }

  private async insertUser(
    manager: EntityManager,
    organisationId: string,
    input: { name: string; email?: string; role: Role },
  ): Promise<UserView> {
    const rows = await manager.query(
      'INSERT INTO iam_users (id, organisation_id, name, email, role, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
      [randomUUID(), organisationId, input.name, input.email ?? null, input.role, this.now()],
    );
    return toUser(rows[0]);
  }

  private async insertKey(manager: EntityManager, userId: string, key: string, label?: string): Promise<ApiKeyView> {
    const rows = await manager.query(
      'INSERT INTO iam_api_keys (id, user_id, key_hash, key_prefix, label, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
      [randomUUID(), userId, hashApiKey(key), apiKeyPrefix(key), label ?? null, this.now()],
    );
    return toKey(rows[0]);
  }

  private now(): Date {
    return new Date(this.clock.now().epochMilliseconds);
  }
}
