import type { CaseAccess, Principal } from '../identity/principal';

export type CaseAction = 'read' | 'write' | 'share' | 'read_access_log';

/**
 * `not_found` for anyone outside the owner and the organisations it shared with: a case of
 * another firm must be indistinguishable from no case at all (no existence leak). Inside, the
 * role decides: a shared organisation only reads; an auditor only reads; sharing is for admins
 * and attorneys; the access log is for admins, attorneys and auditors of the owner.
 */
export type CaseDecision = 'allow' | 'forbidden' | 'not_found';

const WRITERS = new Set(['admin', 'attorney', 'staff']);
const SHARERS = new Set(['admin', 'attorney']);
const LOG_READERS = new Set(['admin', 'attorney', 'auditor']);

export function authorizeCase(principal: Principal, access: CaseAccess, action: CaseAction): CaseDecision {
  const owner = access.ownerOrganisationId !== undefined && access.ownerOrganisationId === principal.organisationId;
  const shared = !owner && [...access.sharedWith].includes(principal.organisationId);
  if (!owner && !shared) return 'not_found';
  if (shared) return action === 'read' ? 'allow' : 'forbidden';
  switch (action) {
    case 'read':
      return 'allow';
    case 'write':
      return WRITERS.has(principal.role) ? 'allow' : 'forbidden';
    case 'share':
      return SHARERS.has(principal.role) ? 'allow' : 'forbidden';
    case 'read_access_log':
      return LOG_READERS.has(principal.role) ? 'allow' : 'forbidden';
  }
}

/** Opening a case makes the caller's law firm its owner: firm people who may write. */
export const mayOpenCases = (principal: Principal): boolean => principal.organisationKind === 'law_firm' && WRITERS.has(principal.role);
