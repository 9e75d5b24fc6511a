import { BadRequestException, ValidationPipe, type ArgumentMetadata, type Type } from '@nestjs/common';
import { flattenValidationErrors } from '../validation/validation-errors';

const isEmptyObject = (value: unknown): boolean => typeof value === 'object' && value !== null && Object.keys(value).length === 0;

/**
 * ValidationPipe with one shortcut for the most frequent case, a query string with no parameters
 * (`GET /cases/{id}`): whether an empty query is valid for a DTO is decided once, by the full pipe,
 * and remembered; after that an empty query becomes a fresh instance of the DTO (its defaults), which
 * is what class-transformer makes of `{}` for these DTOs (no @Expose), without transforming and
 * validating nothing again on every request. An empty query the DTO refuses is refused as before.
 */
class ApiValidationPipe extends ValidationPipe {
  private readonly emptyQueryValid = new Map<Type<unknown>, boolean>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.metatype as Type<unknown> | undefined;
    if (metadata.type !== 'query' || !dto || !isEmptyObject(value) || !this.toValidate(metadata)) return super.transform(value, metadata);
    if (this.emptyQueryValid.get(dto) === true) return new dto();
    try {
      const transformed = await super.transform(value, metadata);
      if (transformed instanceof dto) this.emptyQueryValid.set(dto, true);
      return transformed;
    } catch (error) {
      this.emptyQueryValid.set(dto, false);
      throw error;
    }
  }
}

/** whitelist + forbidNonWhitelisted: unknown fields are refused by name, never silently dropped. */
export const apiValidationPipe = (): ValidationPipe =>
  new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      return new BadRequestException({
        message: `invalid request: ${fields.map((f) => f.field).join(', ')}`,
        code: 'validation_failed',
        errors: fields,
      });
    },
  });
