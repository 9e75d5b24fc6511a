import { ValidateBy, type ValidationOptions } from 'class-validator';

export const IS_NOT_BLANK = 'isNotBlank';

/**
 * Rejects a string made only of whitespace. Leaves '' and non-strings to @IsNotEmpty / @IsString,
 * so one mistake produces one message. Message: "<property> must not be blank".
 */
export function IsNotBlank(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_NOT_BLANK,
      validator: {
        validate: (value: unknown): boolean => typeof value !== 'string' || value === '' || value.trim() !== '',
        defaultMessage: (): string => '$property must not be blank',
      },
    },
    validationOptions,
  );
}
