import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isLegalDate } from './is-legal-date';

const siblingValue = (args: ValidationArguments, property: string): unknown => (args.object as Record<string, unknown>)[property];

export const IS_ON_OR_AFTER = 'isOnOrAfter';

/**
 * Cross-field check between two legal dates of the same object: this date is the same day as,
 * or later than, `otherProperty` (dateOut >= dateIn, to >= from, receivedOn >= sentOn).
 * Only compares when both are valid legal dates; a malformed date is reported by @IsLegalDate.
 * Message: "dateOut must be on or after dateIn (2024-03-01)".
 */
export function IsOnOrAfter(otherProperty: string, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_ON_OR_AFTER,
      constraints: [otherProperty],
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const other = siblingValue(args, otherProperty);
          if (!isLegalDate(value) || !isLegalDate(other)) return true;
          return value >= other; // fixed-width ISO dates order lexicographically
        },
        defaultMessage: (args: ValidationArguments): string =>
          `${args.property} must be on or after ${otherProperty} (${String(siblingValue(args, otherProperty))})`,
      },
    },
    validationOptions,
  );
}

export const IS_AT_LEAST_FIELD = 'isAtLeastField';

/**
 * Cross-field check between two numbers of the same object: this number is >= `otherProperty`
 * (mileageOut >= mileageIn). Only compares when both are finite numbers.
 * Message: "mileageOut must be at least mileageIn (12000)".
 */
export function IsAtLeastField(otherProperty: string, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_AT_LEAST_FIELD,
      constraints: [otherProperty],
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const other = siblingValue(args, otherProperty);
          if (typeof value !== 'number' || typeof other !== 'number') return true;
          if (!Number.isFinite(value) || !Number.isFinite(other)) return true;
          return value >= other;
        },
        defaultMessage: (args: ValidationArguments): string =>
          `${args.property} must be at least ${otherProperty} (${String(siblingValue(args, otherProperty))})`,
      },
    },
    validationOptions,
  );
}
