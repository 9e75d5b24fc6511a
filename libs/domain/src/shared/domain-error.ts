/**
 * Why a command was refused. `code` lets the HTTP layer pick a status without parsing messages:
 * - `case_not_found`     -> 404 (the stream is empty)
 * - `case_already_exists`-> 409
 * - `rule_violation`     -> 422 (the case's state or history forbids it: impossible history)
 * `field` names the input that broke the rule, when one does.
 */
export type DomainErrorCode = 'case_not_found' | 'case_already_exists' | 'rule_violation';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const ruleViolation = (message: string, field?: string): DomainError => new DomainError('rule_violation', message, field);
