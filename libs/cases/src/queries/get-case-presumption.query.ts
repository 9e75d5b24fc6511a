import { Query } from '@nestjs/cqrs';
import type { Principal } from '@lemon/access';
import type { PresumptionEvaluation } from '@lemon/state-rules';

/** The presumption evaluated on any legal date (today when omitted): facts dated after it do not count. */
export class GetCasePresumptionQuery extends Query<PresumptionEvaluation> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly asOf?: string,
  ) {
    super();
  }
}
