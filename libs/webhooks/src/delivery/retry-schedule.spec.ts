import { nextRetryDelay, RETRY_DELAYS_MS, retryPolicy, retrySpanMs } from './retry-schedule';

describe('webhook retry schedule', () => {
  it('backs off exponentially-ish for about three days, then gives up', () => {
    const policy = retryPolicy();
    expect(nextRetryDelay(policy, 1)).toBe(5_000);
    expect(nextRetryDelay(policy, 2)).toBe(300_000);
    expect(nextRetryDelay(policy, RETRY_DELAYS_MS.length)).toBe(24 * 3_600_000);
    expect(nextRetryDelay(policy, RETRY_DELAYS_MS.length + 1)).toBeNull();
    const hours = retrySpanMs(policy) / 3_600_000;
    expect(hours).toBeGreaterThan(72);
    expect(hours).toBeLessThan(80);
    for (let i = 1; i < RETRY_DELAYS_MS.length; i++) expect(RETRY_DELAYS_MS[i]).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[i - 1]);
  });

  it('scales for tests without losing its shape', () => {
    const fast = retryPolicy(0.001);
    expect(nextRetryDelay(fast, 1)).toBe(5);
    expect(fast.delaysMs).toHaveLength(RETRY_DELAYS_MS.length);
  });
});
