import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors } from '../validation/validation-errors';

/** whitelist + forbidNonWhitelisted: unknown fields are refused by name, never silently dropped. */
export const apiValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
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
