import { Query } from '@nestjs/cqrs';
import type { CaseReadRecord, Principal } from '@lemon/access';

export interface CaseSharing {
  caseId: string;
  ownerOrganisationId: string;
  sharedWith: string[];
}

/** Who owns the case and who it is shared with (owner's people only). */
export class GetCaseSharingQuery extends Query<CaseSharing> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}

/** Every recorded read of the case (owner's admins, attorneys and auditors). */
export class GetCaseAccessLogQuery extends Query<{ caseId: string; reads: CaseReadRecord[] }> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}
