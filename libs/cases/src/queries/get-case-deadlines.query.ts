import { Query } from '@nestjs/cqrs';
import type { DeadlineReport } from '@lemon/deadlines';

/** Every deadline of one case, computed now from its events (or on `asOf`), with reasons. */
export class GetCaseDeadlinesQuery extends Query<DeadlineReport> {
  constructor(
    readonly caseId: string,
    readonly asOf?: string,
  ) {
    super();
  }
}
