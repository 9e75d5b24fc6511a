/**
 * A start-up failure the user can fix (a taken port, a bad setting), told in one clear line
 * without a stack trace: prepareProcess prints its message and exits.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
