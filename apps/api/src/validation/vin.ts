/**
 * The VIN validator of request bodies; the rule itself (49 CFR 565.15(c)) is the domain's pure
 * `checkVin`, which the web app also uses.
 */
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { checkVin, VIN_CHECK_DIGIT_FIRST_MODEL_YEAR, type VinCheck } from '@lemon/domain';

export { checkVin, computeVinCheckDigit, VIN_CHECK_DIGIT_FIRST_MODEL_YEAR, VIN_CHECK_DIGIT_POSITION, VIN_LENGTH } from '@lemon/domain';
export type { CheckVinOptions, VinCheck } from '@lemon/domain';

export interface IsVinOptions {
  /**
   * Sibling property holding the model year. When it is an integer below 1981 the check digit is
   * not verified (pre-1981 vehicles predate 49 CFR 565.15); in every other case it is.
   */
  modelYearProperty?: string;
}

const shouldCheckDigit = (args: ValidationArguments, options: IsVinOptions): boolean => {
  if (options.modelYearProperty === undefined) return true;
  const modelYear = (args.object as Record<string, unknown>)[options.modelYearProperty];
  return !(Number.isInteger(modelYear) && (modelYear as number) < VIN_CHECK_DIGIT_FIRST_MODEL_YEAR);
};

export const IS_VIN = 'isVin';

/**
 * The property is a valid VIN (see `checkVin`); the message is checkVin's reason, naming the
 * property. Pair with @ToUpperCase() so lower-case input is accepted and stored in capitals.
 */
export function IsVin(options: IsVinOptions = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  const run = (value: unknown, args: ValidationArguments): VinCheck =>
    checkVin(value, { checkDigit: shouldCheckDigit(args, options), label: args.property });
  return ValidateBy(
    {
      name: IS_VIN,
      constraints: [options],
      validator: {
        validate: (value: unknown, args: ValidationArguments): boolean => run(value, args).valid,
        defaultMessage: (args: ValidationArguments): string => {
          const result = run(args.value, args);
          return result.valid ? `${args.property} must be a valid VIN` : result.reason;
        },
      },
    },
    validationOptions,
  );
}
