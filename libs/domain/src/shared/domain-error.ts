/**
 * Why a command was refused. `code` lets the HTTP layer pick a status without parsing messages:
 * - `case_not_found`     -> 404 (the stream is empty)
 * - `case_already_exists`-> 409
 * - `rule_violation`     -> 422 (the case's state or history forbids it: impossible history)
 * - `duplicate_repair_order` -> 409 (the same repair order is already on the case; `details.existingRepairAttemptId`)
 * - `implausible_mileage`    -> 422 (possible, but far off the odometer trend: the user may confirm it)
 * `field` names the input that broke the rule, when one does; `details` carries machine-readable facts.
 */
export type DomainErrorCode =
  'case_not_found' | 'case_already_exists' | 'rule_violation' | 'duplicate_repair_order' | 'implausible_mileage';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const ruleViolation = (message: string, field?: string): DomainError => new DomainError('rule_violation', message, field);
