export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __lemonEmbeddedPostgres?: { stop(): Promise<void> } };
  const handle = holder.__lemonEmbeddedPostgres;
  holder.__lemonEmbeddedPostgres = undefined;
  await handle?.stop();
}
