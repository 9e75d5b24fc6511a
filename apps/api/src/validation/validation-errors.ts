import type { ValidationError } from 'class-validator';

/** One invalid field: its dotted path ('vehicle.vin', 'excludedDays') and every message for it. */
export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * Flattens class-validator's error tree into field-level errors with dotted paths, depth first,
 * in declaration order: what a 400 response needs.
 */
export const flattenValidationErrors = (errors: readonly ValidationError[], parentPath = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = parentPath === '' ? error.property : `${parentPath}.${error.property}`;
    const own: FieldError[] =
      error.constraints !== undefined && Object.keys(error.constraints).length > 0
        ? [{ field, messages: Object.values(error.constraints) }]
        : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });

/** Same as flattenValidationErrors, keyed by path. */
export const validationErrorsByField = (errors: readonly ValidationError[]): Record<string, string[]> =>
  Object.fromEntries(flattenValidationErrors(errors).map(({ field, messages }) => [field, messages]));
