import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { unstorableInput } from '../validation/storable-input';

/**
 * Runs before every DTO, on every body and query string: text the database cannot store (NUL,
 * lone surrogates) and over-deep JSON are a 400 naming the field, once for all routes.
 */
@Injectable()
export class StorableInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    // `@Query('q')` hands one value over: name it after its parameter.
    const errors = unstorableInput(value, metadata.data ?? '');
    if (errors.length === 0) return value;
    throw new BadRequestException({
      message: `invalid request: ${errors.map((e) => e.field).join(', ')}`,
      code: 'validation_failed',
      errors,
    });
  }
}
