import { performance } from 'node:perf_hooks';

/**
 * Longest stretch of projection work between two turns of the event loop. The worker may share
 * its process with the api (`npm start`): a batch that judges many cases, or one large case, in
 * one go would hold every HTTP request behind it.
 */
export const YIELD_AFTER_MS = 5;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `items.map(fn)`, giving the event loop back (setImmediate: pending I/O runs first) whenever a stretch ran past the budget. */
export async function mapYielding<T, R>(items: Iterable<T>, fn: (item: T) => R, budgetMs = YIELD_AFTER_MS): Promise<R[]> {
  const results: R[] = [];
  let since = performance.now();
  for (const item of items) {
    results.push(fn(item));
    if (performance.now() - since >= budgetMs) {
      await nextTurn();
      since = performance.now();
    }
  }
  return results;
}
