import type { ValidationOptions } from 'class-validator';

const isArray = (_object: object, value: unknown): boolean => Array.isArray(value);

/**
 * Options for the array-content validators (@ArrayMaxSize, @ArrayUnique, @ArrayNotEmpty): run only
 * when the value is an array, so a non-array gets the single message from @IsArray.
 */
export const WHEN_ARRAY: ValidationOptions = { validateIf: isArray };

/** `{ each: true }` for element validators (@IsString, @MaxLength...), only when the value is an array. */
export const EACH_WHEN_ARRAY: ValidationOptions = { each: true, validateIf: isArray };
