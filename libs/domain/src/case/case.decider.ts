import type { CaseCommand, DecisionContext } from './case.commands';
import type { CaseEvent, CaseEventEnvelope } from './case.events';
import { decideCase } from './case.decide';
import { evolveCase, initialCaseState, type CaseState } from './case.state';
import type { Decider } from '../shared/decider';

/** The case stream's decider: decides on the case file, the one fold of the stream (case.state.ts). */
export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState, DecisionContext, CaseEventEnvelope> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: () => initialCaseState,
};
