import { Query } from '@nestjs/cqrs';
import type { Principal } from '@lemon/access';
import type { DeadlineReport } from '@lemon/deadlines';

/** Every deadline of one case, computed now from its events (or on `asOf`), with reasons. */
export class GetCaseDeadlinesQuery extends Query<DeadlineReport> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly asOf?: string,
  ) {
    super();
  }
}
