import { ValidateIf } from 'class-validator';

/**
 * An optional property: it may be left out (then no other validator runs), but `null` is NOT
 * accepted as "absent" and is checked like any other value (so `"dateOut": null` is a 400 from
 * @IsLegalDate, etc.). Use it instead of @IsOptional so commands and events never carry null
 * where the domain types say `T | undefined`.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}
