/** What waiting needs to know: each followed projection's checkpoint, and the log's head. */
export interface ProjectionProgressSource {
  progress(): Promise<Array<{ projection: string; position?: string }>>;
}
export interface LogHead {
  headPosition(): Promise<string | undefined>;
}

/**
 * Waits on state, not on time: resolves once every projection's checkpoint has reached the log's
 * head as it stood when called (checkpoint text order is log order). Fails with the laggards after
 * `timeoutMs` (a generous bound for a loaded machine, never a measurement).
 */
export async function waitForProjections(runner: ProjectionProgressSource, store: LogHead, timeoutMs = 30_000): Promise<void> {
  const head = await store.headPosition();
  if (head === undefined) return;
  const deadline = Date.now() + timeoutMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    const behind = (await runner.progress()).filter((p) => p.position === undefined || p.position < head);
    if (behind.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `projections did not reach ${head} within ${timeoutMs} ms: ${behind.map((p) => `${p.projection} at ${p.position ?? 'start'}`).join(', ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}
