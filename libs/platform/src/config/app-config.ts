import { StartupError } from '../startup-error';

/**
 * Process configuration, read from the environment once at start-up (main.ts) and passed into
 * modules as a value: nothing else reads process.env.
 */
export interface AppConfig {
  port: number;
  /** Unset = start the embedded PostgreSQL into `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Port of the embedded PostgreSQL (when DATABASE_URL is unset). */
  embeddedPostgresPort: number;
  eventStore: 'postgres' | 'kurrentdb';
  kurrentDbUrl?: string;
  logLevel: string;
  /** Time zone whose calendar date is "today" for fact-date checks (no fact may be dated in the future). */
  legalTimeZone: string;
  /** How long a read waits for projections to catch up with the caller's last write. */
  readYourWritesTimeoutMs: number;
  projectionBatchSize: number;
  /** Days before a deadline's due date that `deadline.approaching` fires. */
  alertLeadDays: number[];
  alertScanIntervalMs: number;
  /** How often the worker records that it is alive (rm_worker_heartbeats), for /health. */
  workerHeartbeatIntervalMs: number;
  /** /health says "worker not seen for N s" (degraded) once the last heartbeat is older than this. */
  workerStaleAfterMs: number;
  /** /health reports an append transaction open longer than this as stalled (degraded). */
  stalledAppendAfterMs: number;
  /** Internal hosts/addresses webhook targets may use (a local receiver in tests); empty in production. */
  webhookAllowedTargets: string[];
  /** Shrinks the ~3-day retry schedule (tests); 1 in production. */
  webhookRetryScale: number;
  webhookPollIntervalMs: number;
  /** Browser origins allowed by CORS; empty = no cross-origin browser access. */
  corsOrigins: string[];
  /**
   * Express's `trust proxy`: false (default) = the connection itself is the client; a number of
   * hops or a list of proxy addresses/subnets = X-Forwarded-Proto and X-Forwarded-For from those
   * proxies decide whether the request came over https (the session cookie's Secure flag) and the
   * client address (rate limits).
   */
  trustProxy: false | number | string[];
  /** First start only: the bootstrap admin's API key (else one is generated and printed once). */
  bootstrapAdminApiKey?: string;
  bootstrapOrganisationName: string;
  /** Requests per minute per API key. */
  rateLimitPerMinute: number;
  /** A mileage implying more miles a day than this against the odometer trend needs confirmImplausible (422 otherwise). */
  implausibleMilesPerDay: number;
  /** Failed API-key attempts per minute per client address before it gets 429 for a minute. */
  authFailuresPerMinute: number;
  /** How long a request with an Idempotency-Key counts as running; after that a retry takes over. */
  idempotencyInProgressTimeoutMs: number;
  /** Wall-clock limit of one webhook delivery attempt (connect, send, whole response). */
  webhookAttemptTimeoutMs: number;
  /** A signed-in session ends after this many hours without a request. */
  sessionIdleHours: number;
  /** Consecutive failed sign-ins for one email before a lockout. */
  loginMaxFailures: number;
  /**
   * How long a process remembers an authenticated API key or session (0: looked up on every
   * request). A revocation, logout or password reset through the same process applies at once;
   * through another process or instance within this bound.
   */
  authCacheMs: number;
  /** The address people open (for invitation and setup links); unset: the request's own host, or http://localhost:PORT. */
  publicUrl?: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const integer = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new StartupError(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
};

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const positiveNumber = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new StartupError(`${name} must be a positive number, got "${value}"`);
  return parsed;
};

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const eventStore = env.EVENT_STORE ?? 'postgres';
  if (eventStore !== 'postgres' && eventStore !== 'kurrentdb') {
    throw new StartupError(`EVENT_STORE must be "postgres" or "kurrentdb", got "${eventStore}"`);
  }
  if (eventStore === 'kurrentdb' && !env.KURRENTDB_URL) throw new StartupError('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
  return {
    port: integer(env.PORT, 3000, 'PORT'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || '.data',
    embeddedPostgresPort: integer(env.EMBEDDED_POSTGRES_PORT, 54329, 'EMBEDDED_POSTGRES_PORT'),
    eventStore,
    kurrentDbUrl: env.KURRENTDB_URL || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    // The most-ahead mainland US zone: a date that is already "today" anywhere in the 50 states + DC is never refused as future.
    legalTimeZone: env.LEGAL_TIME_ZONE || 'America/New_York',
    readYourWritesTimeoutMs: integer(env.READ_YOUR_WRITES_TIMEOUT_MS, 5000, 'READ_YOUR_WRITES_TIMEOUT_MS'),
    projectionBatchSize: integer(env.PROJECTION_BATCH_SIZE, 500, 'PROJECTION_BATCH_SIZE'),
    alertLeadDays: env.ALERT_LEAD_DAYS ? list(env.ALERT_LEAD_DAYS).map((d) => integer(d, 0, 'ALERT_LEAD_DAYS')) : [30, 14, 7, 1],
    alertScanIntervalMs: integer(env.ALERT_SCAN_INTERVAL_MS, 60_000, 'ALERT_SCAN_INTERVAL_MS'),
    workerHeartbeatIntervalMs: integer(env.WORKER_HEARTBEAT_INTERVAL_MS, 5_000, 'WORKER_HEARTBEAT_INTERVAL_MS'),
    workerStaleAfterMs: integer(env.WORKER_STALE_AFTER_MS, 30_000, 'WORKER_STALE_AFTER_MS'),
    stalledAppendAfterMs: integer(env.STALLED_APPEND_AFTER_MS, 10_000, 'STALLED_APPEND_AFTER_MS'),
    webhookAllowedTargets: list(env.WEBHOOK_ALLOWED_TARGETS),
    webhookRetryScale: positiveNumber(env.WEBHOOK_RETRY_SCALE, 1, 'WEBHOOK_RETRY_SCALE'),
    webhookPollIntervalMs: integer(env.WEBHOOK_POLL_INTERVAL_MS, 1000, 'WEBHOOK_POLL_INTERVAL_MS'),
    corsOrigins: list(env.CORS_ORIGINS),
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    implausibleMilesPerDay: positiveNumber(env.IMPLAUSIBLE_MILES_PER_DAY, 1000, 'IMPLAUSIBLE_MILES_PER_DAY'),
    bootstrapAdminApiKey: env.BOOTSTRAP_ADMIN_API_KEY || undefined,
    bootstrapOrganisationName: env.BOOTSTRAP_ORGANISATION_NAME || 'Bootstrap law firm',
    rateLimitPerMinute: integer(env.RATE_LIMIT_PER_MINUTE, 1200, 'RATE_LIMIT_PER_MINUTE'),
    authFailuresPerMinute: integer(env.AUTH_FAILURES_PER_MINUTE, 20, 'AUTH_FAILURES_PER_MINUTE'),
    idempotencyInProgressTimeoutMs: integer(env.IDEMPOTENCY_IN_PROGRESS_TIMEOUT_MS, 10_000, 'IDEMPOTENCY_IN_PROGRESS_TIMEOUT_MS'),
    webhookAttemptTimeoutMs: integer(env.WEBHOOK_ATTEMPT_TIMEOUT_MS, 15_000, 'WEBHOOK_ATTEMPT_TIMEOUT_MS'),
    sessionIdleHours: positiveNumber(env.SESSION_IDLE_HOURS, 12, 'SESSION_IDLE_HOURS'),
    loginMaxFailures: integer(env.LOGIN_MAX_FAILURES, 5, 'LOGIN_MAX_FAILURES') || 5,
    authCacheMs: integer(env.AUTH_CACHE_MS, 5_000, 'AUTH_CACHE_MS'),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
  };
}

/** `TRUST_PROXY`: unset or "false" = off; a whole number = that many hops; otherwise addresses, subnets or Express's names (loopback, linklocal, uniquelocal). */
function trustProxyOf(value: string | undefined): false | number | string[] {
  if (value === undefined || value.trim() === '' || value.trim() === 'false') return false;
  if (/^\d+$/.test(value.trim())) return integer(value.trim(), 0, 'TRUST_PROXY');
  const entries = list(value);
  const bad = entries.filter((e) => !/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(e));
  if (bad.length > 0)
    throw new StartupError(
      `TRUST_PROXY must be false, a number of hops, or addresses/subnets (or loopback, linklocal, uniquelocal); got ${bad.join(', ')}`,
    );
  return entries;
}
