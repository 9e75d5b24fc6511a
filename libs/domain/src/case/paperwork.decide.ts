/**
 * The facts behind the paperwork: the manufacturer directory link, incidental expenses (with
 * corrections and voids), a record of each document produced, and repair orders imported as one
 * all-or-nothing batch.
 */
import type {
  CorrectExpense,
  DecisionContext,
  ImportRepairOrders,
  LinkManufacturer,
  RecordDocumentGenerated,
  RecordExpense,
  VoidExpense,
} from './case.commands';
import type {
  CaseEvent,
  DocumentGenerated,
  ExpenseCorrected,
  ExpenseFields,
  ExpenseRecorded,
  ExpenseVoided,
  ManufacturerLinked,
} from './case.events';
import { evolveCase, type ExpenseState, type OpenCaseState } from './case.state';
import { assertNewId, assertNotBeforeDelivery, assertNotBlank, assertNotInFuture, requireEntry } from './case.guards';
import { reportNonconformity } from './case-intake.decide';
import { recordRepairAttempt } from './repair-history.decide';
import { DomainError, ruleViolation } from '../shared/domain-error';

export const linkManufacturer = (command: LinkManufacturer): ManufacturerLinked => {
  assertNotBlank(command.data.manufacturerId, 'manufacturerId', 'the manufacturer id');
  return { type: 'ManufacturerLinked', data: { ...command.data } };
};

/** Money is whole cents: never negative, never more than two decimals. */
export const assertMoney = (amount: number, field: string, label: string): void => {
  if (!Number.isFinite(amount) || amount < 0) throw ruleViolation(`${label} ${amount} must be a non-negative amount`, field);
  if (Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6) {
    throw ruleViolation(`${label} ${amount} has more than two decimals`, field);
  }
};

const assertExpenseFits = (fields: ExpenseFields, state: OpenCaseState, context: DecisionContext): void => {
  assertMoney(fields.amount, 'amount', 'expense amount');
  assertNotInFuture(fields.on, 'on', 'expense date', context);
  assertNotBeforeDelivery(state, fields.on, 'on', 'expense date');
  assertNotBlank(fields.description, 'description', 'the expense description');
};

const requireLiveExpense = (state: OpenCaseState, expenseId: string, amendment: 'corrected' | 'voided'): ExpenseState => {
  const expense = requireEntry(state.expenses, expenseId, 'expenseId', 'expense');
  if (expense.voided) {
    throw ruleViolation(
      amendment === 'voided' ? `expense ${expenseId} was already voided` : `expense ${expenseId} was voided and cannot be corrected`,
      'expenseId',
    );
  }
  return expense;
};

export const recordExpense = (command: RecordExpense, state: OpenCaseState, context: DecisionContext): ExpenseRecorded => {
  assertNewId(state.expenses, command.data.expenseId, 'expenseId', 'expense');
  assertExpenseFits(command.data, state, context);
  return { type: 'ExpenseRecorded', data: { ...command.data } };
};

export const correctExpense = (command: CorrectExpense, state: OpenCaseState, context: DecisionContext): ExpenseCorrected => {
  requireLiveExpense(state, command.data.expenseId, 'corrected');
  assertNotBlank(command.data.correctionReason, 'correctionReason', 'the reason for the correction');
  assertExpenseFits(command.data, state, context);
  return { type: 'ExpenseCorrected', data: { ...command.data } };
};

export const voidExpense = (command: VoidExpense, state: OpenCaseState): ExpenseVoided => {
  requireLiveExpense(state, command.data.expenseId, 'voided');
  assertNotBlank(command.data.reason, 'reason', 'the reason for voiding');
  return { type: 'ExpenseVoided', data: { ...command.data } };
};

export const recordDocumentGenerated = (command: RecordDocumentGenerated): DocumentGenerated => ({
  type: 'DocumentGenerated',
  data: { ...command.data },
});

/** One refused row of an import: which row (1-based, as in the file), which field, why. */
export interface ImportRowRefusal {
  row: number;
  field?: string;
  message: string;
}

export class ImportRefused extends DomainError {
  constructor(readonly refusals: readonly ImportRowRefusal[]) {
    super('rule_violation', `${refusals.length} row(s) of the import were refused; nothing was recorded`);
  }
}

export interface ImportRowOutcome {
  row: number;
  outcome: 'record' | 'unchanged';
  events: CaseEvent[];
}

/**
 * Decides an import row by row on the state as the earlier rows leave it. A row whose records
 * already exist (same derived ids: the same file imported again) is `unchanged`; any refused row
 * refuses the whole batch with every row's reason.
 */
export const planRepairOrderImport = (command: ImportRepairOrders, state: OpenCaseState, context: DecisionContext): ImportRowOutcome[] => {
  let current: OpenCaseState = state;
  const outcomes: ImportRowOutcome[] = [];
  const refusals: ImportRowRefusal[] = [];
  for (const row of command.data.rows) {
    const events: CaseEvent[] = [];
    let refused = false;
    let candidate = current;
    for (const nc of row.nonconformities) {
      if (candidate.nonconformities.has(nc.nonconformityId)) continue;
      try {
        const event = reportNonconformity({ type: 'ReportNonconformity', data: nc }, candidate, context);
        events.push(event);
        candidate = evolveCase(candidate, {
          event,
          eventId: `#import-${row.row}`,
          version: candidate.version + 1,
          recordedAt: '',
        }) as OpenCaseState;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refusals.push({ row: row.row, field: error.field, message: error.message });
        refused = true;
      }
    }
    if (!refused && !candidate.repairAttempts.has(row.repairAttempt.repairAttemptId)) {
      try {
        const event = recordRepairAttempt({ type: 'RecordRepairAttempt', data: row.repairAttempt }, candidate, context);
        events.push(event);
        candidate = evolveCase(candidate, {
          event,
          eventId: `#import-${row.row}`,
          version: candidate.version + 1,
          recordedAt: '',
        }) as OpenCaseState;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refusals.push({ row: row.row, field: error.field, message: error.message });
        refused = true;
      }
    }
    if (!refused) {
      current = candidate;
      outcomes.push({ row: row.row, outcome: events.length === 0 ? 'unchanged' : 'record', events });
    }
  }
  if (refusals.length > 0) throw new ImportRefused(refusals);
  return outcomes;
};

export const importRepairOrders = (command: ImportRepairOrders, state: OpenCaseState, context: DecisionContext): CaseEvent[] =>
  planRepairOrderImport(command, state, context).flatMap((o) => o.events);
