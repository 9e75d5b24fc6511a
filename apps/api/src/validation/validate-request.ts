import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate, type ValidatorOptions } from 'class-validator';
import { validationErrorsByField } from './validation-errors';

/** The validator side of the API's global ValidationPipe({ whitelist, forbidNonWhitelisted, transform }). */
export const REQUEST_VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
};

export interface RequestValidationResult<T> {
  instance: T;
  /** Messages by dotted field path; empty when the body is valid. */
  errors: Record<string, string[]>;
}

/**
 * What the global ValidationPipe does to a body, without Nest: plainToInstance (runs @Transform /
 * @Type and property defaults) then validate with the same options. Used by the DTO unit tests.
 */
export const validateRequest = async <T extends object>(cls: ClassConstructor<T>, body: unknown): Promise<RequestValidationResult<T>> => {
  const instance = plainToInstance(cls, body) as T;
  const errors = await validate(instance, REQUEST_VALIDATOR_OPTIONS);
  return { instance, errors: validationErrorsByField(errors) };
};
