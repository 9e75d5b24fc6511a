import type { CaseCommand, DecisionContext } from './case.commands';
import type { CaseEvent } from './case.events';
import { decideCase } from './case.decide';
import { evolveCase, initialCaseState, type CaseState } from './case.state';
import type { Decider } from '../shared/decider';

/** The case stream's decider: what a command handler folds and decides with. */
export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState, DecisionContext> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: () => initialCaseState,
};
