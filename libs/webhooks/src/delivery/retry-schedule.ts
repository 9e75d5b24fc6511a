/**
 * When to try a webhook again after a failed attempt, following the Standard Webhooks practice
 * of exponential backoff over about three days: the delay before attempt n+1 is DELAYS[n-1].
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h: 9 retries spread over 75.6 hours.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  14 * 3_600_000,
  20 * 3_600_000,
  24 * 3_600_000,
];

export interface RetryPolicy {
  delaysMs: readonly number[];
}

/** `scale` shrinks every delay (tests run the whole schedule in seconds with e.g. 0.001). */
export const retryPolicy = (scale = 1): RetryPolicy => ({ delaysMs: RETRY_DELAYS_MS.map((d) => Math.max(1, Math.round(d * scale))) });

/** Delay before the next attempt after `attemptsMade` failures, or null when the schedule is exhausted. */
export const nextRetryDelay = (policy: RetryPolicy, attemptsMade: number): number | null =>
  attemptsMade >= 1 && attemptsMade <= policy.delaysMs.length ? policy.delaysMs[attemptsMade - 1] : null;

/** Total span of the schedule: how long an endpoint may keep failing before a message is given up. */
export const retrySpanMs = (policy: RetryPolicy): number => policy.delaysMs.reduce((a, b) => a + b, 0);
