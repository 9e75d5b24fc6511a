import { performance } from 'node:perf_hooks';

/**
 * Longest stretch of projection work between two turns of the event loop. The worker may share
 * its process with the api (`npm start`): a batch that judges many cases in one go (a catch-up
 * after a burst or a restart: up to 500 cases) would hold every HTTP request behind it. Not
 * smaller: a yield happens inside the batch's transaction, which keeps its pooled connection the
 * while, and with 5 ms (steady POST load, batches of a few small cases, wall time stretched by a
 * loaded machine) the all-in-one process served fewer requests than with no yields at all
 * (bench/README.md, session 4).
 */
export const YIELD_AFTER_MS = 20;

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
