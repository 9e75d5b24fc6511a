import { BadRequestException } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { apiValidationPipe } from './validation';

class OptionalQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;
}

class RequiredQuery {
  @IsString()
  q!: string;
}

describe('the API validation pipe on an empty query string', () => {
  const pipe = apiValidationPipe();
  const asQuery = (metatype: new () => unknown) => ({ type: 'query' as const, metatype, data: undefined });

  it('gives a fresh instance of the DTO with its defaults, every time (the remembered verdict does not share instances)', async () => {
    const first = await pipe.transform({}, asQuery(OptionalQuery));
    const second = await pipe.transform({}, asQuery(OptionalQuery));
    expect(first).toBeInstanceOf(OptionalQuery);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second).toEqual(Object.assign(new OptionalQuery(), { page: 1 }));
    // A query with parameters is still transformed and validated.
    expect(await pipe.transform({ page: '3' }, asQuery(OptionalQuery))).toEqual(Object.assign(new OptionalQuery(), { page: 3 }));
    await expect(pipe.transform({ page: '0' }, asQuery(OptionalQuery))).rejects.toBeInstanceOf(BadRequestException);
    await expect(pipe.transform({ unknown: 'x' }, asQuery(OptionalQuery))).rejects.toBeInstanceOf(BadRequestException);
  });

  it('refuses an empty query a DTO needs parameters in, every time, naming the field', async () => {
    for (let i = 0; i < 2; i++) {
      const refused = await pipe.transform({}, asQuery(RequiredQuery)).catch((error: BadRequestException) => error.getResponse());
      expect(refused).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ field: 'q' })] });
    }
  });
});
