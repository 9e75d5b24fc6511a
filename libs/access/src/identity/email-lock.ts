import type { EntityManager } from 'typeorm';

/** Namespace of the per-address advisory locks (pg_advisory_xact_lock(namespace, key)): no other lock uses it. */
const EMAIL_LOCK_NAMESPACE = 7_310_004;

/**
 * Holds the email address's advisory lock (any letter case) until the transaction ends. Every path that gives a user an
 * address (an invitation, an admin's correction, accepting a link with a new address) takes it before it checks the
 * address is free, so two of them at the same moment cannot both find it free: people sign in by email.
 */
export async function lockEmailAddress(manager: EntityManager, email: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1, hashtext(lower($2)))', [EMAIL_LOCK_NAMESPACE, email]);
}
