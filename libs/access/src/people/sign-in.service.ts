import { createHash, randomBytes } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify, type Algorithm } from '@node-rs/argon2';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Clock } from '@lemon/platform';
import type { DataSource } from 'typeorm';
import { CredentialCache } from '../identity/credential-cache';
import { lockEmailAddress } from '../identity/email-lock';
import type { OrganisationKind, Principal, Role } from '../identity/principal';
import { passwordProblems } from './password-policy';

/** argon2id (RFC 9106), OWASP's recommended minimum parameters: 19 MiB, 2 passes, 1 lane. */
const ARGON2ID = 2 as Algorithm;
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export type CredentialLinkPurpose = 'invitation' | 'password_reset' | 'setup';
export const CREDENTIAL_LINK_HOURS = 72;

export interface SignInSettings {
  /** A session ends after this long without a request. */
  sessionIdleHours: number;
  /** Consecutive failed sign-ins for one email before it is locked for `lockoutMinutes`. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins from one client address per `lockoutMinutes` before that address is locked. */
  maxFailuresPerAddress: number;
  lockoutMinutes: number;
  /** How long an authenticated session is remembered in this process (0: looked up on every request); see CredentialCache. */
  authCacheMs: number;
}

export const DEFAULT_SIGN_IN_SETTINGS: SignInSettings = {
  sessionIdleHours: 12,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 50,
  lockoutMinutes: 15,
  authCacheMs: 0,
};

export type LoginResult =
  | { outcome: 'signed_in'; sessionToken: string; principal: Principal }
  | { outcome: 'refused' }
  | { outcome: 'locked_out'; retryAfterSeconds: number };

export type AcceptResult =
  | { outcome: 'accepted'; userId: string; email: string }
  | { outcome: 'not_found' }
  | { outcome: 'invalid'; errors: Array<{ field: string; messages: string[] }> };

/** Session ids and link tokens are 256-bit random; only their SHA-256 is stored (a leaked table signs no one in). */
const newSecretToken = (): string => randomBytes(32).toString('base64url');
const digest = (token: string): string => createHash('sha256').update(token).digest('hex');
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** last_seen_at is refreshed at most this often: the idle expiry does not need a write per request. */
const TOUCH_RESOLUTION_MS = 60_000;

/**
 * People sign in with email + password (API keys stay for integrations): argon2id hashes,
 * server-side sessions with an idle expiry, one-time links that set a password, and brute-force
 * limits per account and per client address (rate-limiter-flexible on PostgreSQL, so every
 * process sees the same counters). Every refusal looks the same whether or not the account exists.
 */
export class SignInService {
  private readonly byAccount: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;
  private dummyHash?: Promise<string>;
  /** Sessions by id hash: who, and when the session was last seen (as written down). */
  private readonly knownSessions: CredentialCache<{ principal: Principal; lastSeenAt: Date }>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    readonly settings: SignInSettings = DEFAULT_SIGN_IN_SETTINGS,
  ) {
    const common = {
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'iam_login_limits',
      tableCreated: true, // by the PeopleSignIn migration
      clearExpiredByTimeout: false,
      duration: settings.lockoutMinutes * 60,
      blockDuration: settings.lockoutMinutes * 60,
    };
    this.byAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: settings.maxFailuresPerAccount });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: settings.maxFailuresPerAddress });
    this.knownSessions = new CredentialCache(settings.authCacheMs, clock);
  }

  hashPassword(password: string): Promise<string> {
    return argon2Hash(password, HASH_OPTIONS);
  }

  async login(email: string, password: string, clientAddress: string): Promise<LoginResult> {
    const accountKey = email.trim().toLowerCase();
    const locked = await this.lockedFor(accountKey, clientAddress);
    if (locked) return { outcome: 'locked_out', retryAfterSeconds: locked };

    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT u.id, u.role, u.password_hash, o.id AS organisation_id, o.kind, o.operator
         FROM iam_users u JOIN iam_organisations o ON o.id = u.organisation_id
        WHERE lower(u.email) = $1 AND u.password_hash IS NOT NULL AND u.deactivated_at IS NULL
        ORDER BY u.password_set_at DESC LIMIT 1`,
      [accountKey],
    );
    const row = rows[0];
    // Verify against a dummy hash when there is no such account, so both answers take as long.
    const stored = (row?.password_hash as string | undefined) ?? (await (this.dummyHash ??= this.hashPassword(newSecretToken())));
    const matches = await argon2Verify(stored, password).catch(() => false);
    if (!row || !matches) {
      const lockedNow = await this.recordFailure(accountKey, clientAddress);
      return lockedNow ? { outcome: 'locked_out', retryAfterSeconds: lockedNow } : { outcome: 'refused' };
    }
    await this.byAccount.delete(accountKey);
    const sessionToken = newSecretToken();
    const now = this.now();
    await this.dataSource.query('INSERT INTO iam_sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)', [
      digest(sessionToken),
      row.id,
      now,
    ]);
    return { outcome: 'signed_in', sessionToken, principal: this.toPrincipal(row, digest(sessionToken)) };
  }

  /** The session's principal, or undefined when it is unknown, ended or idle too long. */
  async authenticateSession(token: string): Promise<Principal | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const idHash = digest(token);
    let known = this.knownSessions.get(idHash);
    if (!known) {
      const rows: Array<Record<string, unknown>> = await this.dataSource.query(
        `SELECT s.last_seen_at, u.id, u.role, o.id AS organisation_id, o.kind, o.operator
           FROM iam_sessions s JOIN iam_users u ON u.id = s.user_id JOIN iam_organisations o ON o.id = u.organisation_id
          WHERE s.id_hash = $1 AND s.ended_at IS NULL AND u.deactivated_at IS NULL`,
        [idHash],
      );
      const row = rows[0];
      if (!row) return undefined;
      known = { principal: this.toPrincipal(row, idHash), lastSeenAt: row.last_seen_at as Date };
      this.knownSessions.set(idHash, known);
    }
    const now = this.now();
    const idleMs = now.getTime() - known.lastSeenAt.getTime();
    if (idleMs > this.settings.sessionIdleHours * 3_600_000) {
      this.knownSessions.forget(idHash);
      await this.dataSource.query('UPDATE iam_sessions SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [idHash, now]);
      return undefined;
    }
    if (idleMs > TOUCH_RESOLUTION_MS) {
      known.lastSeenAt = now;
      await this.dataSource.query('UPDATE iam_sessions SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now]);
    }
    return { ...known.principal };
  }

  async logout(token: string): Promise<void> {
    if (!TOKEN_PATTERN.test(token)) return;
    this.knownSessions.forget(digest(token));
    await this.dataSource.query('UPDATE iam_sessions SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [
      digest(token),
      this.now(),
    ]);
  }

  /** Forgets the user's remembered sessions (after a role change or deactivation): the next request reads them afresh. */
  forgetUser(userId: string): void {
    this.knownSessions.forgetWhere((session) => session.principal.userId === userId);
  }

  /** A one-time link that sets the user's password; issuing one voids the user's earlier unused links. */
  async issueCredentialLink(userId: string, purpose: CredentialLinkPurpose): Promise<{ token: string; expiresAt: string }> {
    const token = newSecretToken();
    const now = this.now();
    const expiresAt = new Date(now.getTime() + CREDENTIAL_LINK_HOURS * 3_600_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE iam_credential_links SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL', [userId, now]);
      await manager.query(
        'INSERT INTO iam_credential_links (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [digest(token), userId, purpose, now, expiresAt],
      );
    });
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /**
   * Sets the password from a one-time link. A user without an email (the bootstrap admin) gives one
   * here: it is what they sign in with. Every session the user had ends (a reset locks others out).
   */
  async acceptCredentialLink(token: string, input: { password: unknown; email?: unknown }): Promise<AcceptResult> {
    if (!TOKEN_PATTERN.test(token)) return { outcome: 'not_found' };
    const now = this.now();
    return this.dataSource.transaction(async (manager) => {
      const links: Array<Record<string, unknown>> = await manager.query(
        `SELECT l.user_id, u.email, u.name FROM iam_credential_links l JOIN iam_users u ON u.id = l.user_id
          WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > $2 FOR UPDATE OF l`,
        [digest(token), now],
      );
      const link = links[0];
      if (!link) return { outcome: 'not_found' } as const;
      const errors: Array<{ field: string; messages: string[] }> = [];
      let email = link.email as string | null;
      if (!email) {
        const given = typeof input.email === 'string' ? input.email.trim() : '';
        if (!/^[^\s@]+@[^\s@]+$/.test(given) || given.length > 254)
          errors.push({ field: 'email', messages: ['this account has no email yet: give the address you will sign in with'] });
        else email = given;
      }
      if (email) {
        // The lock invitations and corrections take: two links accepted at once with one new address cannot both pass.
        await lockEmailAddress(manager, email);
        const taken: unknown[] = await manager.query(
          'SELECT 1 FROM iam_users WHERE lower(email) = lower($1) AND id <> $2 AND password_hash IS NOT NULL',
          [email, link.user_id],
        );
        if (taken.length) errors.push({ field: 'email', messages: ['another account already signs in with this email address'] });
      }
      const problems = passwordProblems(input.password, { email, name: link.name as string });
      if (problems.length) errors.push({ field: 'password', messages: problems });
      if (errors.length) return { outcome: 'invalid', errors } as const;
      const passwordHash = await this.hashPassword(input.password as string);
      await manager.query('UPDATE iam_users SET password_hash = $2, password_set_at = $3, email = $4 WHERE id = $1', [
        link.user_id,
        passwordHash,
        now,
        email,
      ]);
      await manager.query('UPDATE iam_credential_links SET used_at = $2 WHERE token_hash = $1', [digest(token), now]);
      await manager.query('UPDATE iam_sessions SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL', [link.user_id, now]);
      this.knownSessions.forgetWhere((session) => session.principal.userId === link.user_id);
      await this.byAccount.delete(email!.toLowerCase());
      return { outcome: 'accepted', userId: link.user_id as string, email: email! } as const;
    });
  }

  /** The CSRF tokens' signing secret, made once and shared by every process through the database. */
  async csrfSecret(): Promise<string> {
    await this.dataSource.query("INSERT INTO iam_secrets (name, value) VALUES ('csrf', $1) ON CONFLICT (name) DO NOTHING", [
      randomBytes(32).toString('base64url'),
    ]);
    const rows = await this.dataSource.query("SELECT value FROM iam_secrets WHERE name = 'csrf'");
    return rows[0].value as string;
  }

  /** Seconds until the account or address may try again, or 0. */
  private async lockedFor(accountKey: string, clientAddress: string): Promise<number> {
    const [account, address] = await Promise.all([this.byAccount.get(accountKey), this.byAddress.get(clientAddress)]);
    const blocked = [
      account && account.consumedPoints >= this.settings.maxFailuresPerAccount ? account.msBeforeNext : 0,
      address && address.consumedPoints >= this.settings.maxFailuresPerAddress ? address.msBeforeNext : 0,
    ];
    return Math.ceil(Math.max(...blocked) / 1000);
  }

  /** Counts a failure; returns the lockout in seconds when this failure crossed a limit. */
  private async recordFailure(accountKey: string, clientAddress: string): Promise<number> {
    const results = await Promise.allSettled([this.byAccount.consume(accountKey), this.byAddress.consume(clientAddress)]);
    const refusals = results.flatMap((r) => (r.status === 'rejected' && r.reason instanceof RateLimiterRes ? [r.reason.msBeforeNext] : []));
    const failed = results.find((r) => r.status === 'rejected' && !(r.reason instanceof RateLimiterRes));
    if (failed) throw (failed as PromiseRejectedResult).reason;
    return refusals.length ? Math.ceil(Math.max(...refusals) / 1000) : 0;
  }

  private toPrincipal(row: Record<string, unknown>, sessionIdHash: string): Principal {
    return {
      userId: row.id as string,
      organisationId: row.organisation_id as string,
      organisationKind: row.kind as OrganisationKind,
      operator: row.operator as boolean,
      role: row.role as Role,
      sessionId: sessionIdHash,
    };
  }

  private now(): Date {
    return new Date(this.clock.now().epochMilliseconds);
  }
}
