import { DomainError } from '@lemon/domain';
import type { CaseAccess, Principal } from '../identity/principal';
import { AccessDenied } from './access-denied';
import { authorizeCase, type CaseAction } from './case-access.policy';

const ACTION_TEXT: Record<CaseAction, string> = {
  read: 'read this case',
  write: 'change this case (your role is read-only here)',
  share: 'share this case or revoke its shares',
  read_access_log: "read this case's access log",
};

/** Throws the refusal the policy decides: 404 (not visible, as if absent) or 403 (visible, not allowed). */
export function assertCaseAccess(principal: Principal, caseId: string, access: CaseAccess, action: CaseAction): void {
  const decision = authorizeCase(principal, access, action);
  if (decision === 'not_found') throw new DomainError('case_not_found', `case ${caseId} does not exist`);
  if (decision === 'forbidden') throw new AccessDenied(`your organisation may not ${ACTION_TEXT[action]}`);
}
