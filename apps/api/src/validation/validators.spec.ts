import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsString, ValidateNested } from 'class-validator';
import { IsAtLeastField, IsOnOrAfter } from './compare-fields';
import { isLegalDate, IsLegalDate } from './is-legal-date';
import { IsNotBlank } from './is-not-blank';
import { IsOmittable } from './is-omittable';
import { isJurisdictionCode, IsJurisdictionCode, JURISDICTION_CODES } from './jurisdiction-codes';
import { ToUpperCase } from './transforms';
import { validateRequest } from './validate-request';
import { IsVin } from './vin';

describe('isLegalDate', () => {
  it.each(['2024-01-10', '2024-02-29', '2000-02-29', '1999-12-31', '2023-04-30'])('accepts %s', (value) => {
    expect(isLegalDate(value)).toBe(true);
  });
  it.each([
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-5',
    '24-01-05',
    '2024/01/05',
    '2024-01-05T00:00:00Z',
    '2024-01-05 ',
    '0000-01-01',
    '',
    20240105,
    null,
    undefined,
  ])('rejects %j', (value) => {
    expect(isLegalDate(value)).toBe(false);
  });
});

class Interval {
  @IsLegalDate()
  from: string;

  @IsLegalDate()
  @IsOnOrAfter('from')
  to: string;

  @IsOmittable()
  @IsArray()
  @IsLegalDate({ each: true })
  days?: string[];
}

class Mileage {
  @IsInt()
  mileageIn: number;

  @IsOmittable()
  @IsInt()
  @IsAtLeastField('mileageIn')
  mileageOut?: number;
}

class Holder {
  @ValidateNested()
  @Type(() => Interval)
  interval: Interval;
}

class Text {
  @IsString()
  @IsNotBlank()
  text: string;
}

class Vehicle {
  @ToUpperCase()
  @IsVin({ modelYearProperty: 'modelYear' })
  vin: string;

  @IsInt()
  modelYear: number;
}

class Place {
  @ToUpperCase()
  @IsString()
  @IsJurisdictionCode()
  jurisdiction: string;
}

describe('@IsLegalDate and @IsOnOrAfter', () => {
  it('accepts a same-day and a later date', async () => {
    expect((await validateRequest(Interval, { from: '2024-03-01', to: '2024-03-01' })).errors).toEqual({});
    expect((await validateRequest(Interval, { from: '2024-03-01', to: '2024-03-09' })).errors).toEqual({});
  });

  it('reports a malformed date with the property name', async () => {
    expect((await validateRequest(Interval, { from: '2024-02-30', to: '2024-03-01' })).errors).toEqual({
      from: ['from must be a calendar date formatted YYYY-MM-DD'],
    });
  });

  it('reports the earlier date with the value it must not precede', async () => {
    expect((await validateRequest(Interval, { from: '2024-03-10', to: '2024-03-09' })).errors).toEqual({
      to: ['to must be on or after from (2024-03-10)'],
    });
  });

  it('does not compare when either date is malformed', async () => {
    expect((await validateRequest(Interval, { from: 'soon', to: '2024-03-09' })).errors).toEqual({
      from: ['from must be a calendar date formatted YYYY-MM-DD'],
    });
  });

  it('validates each element of an array', async () => {
    const { errors } = await validateRequest(Interval, { from: '2024-03-01', to: '2024-03-09', days: ['2024-03-02', '2024-3-3'] });
    expect(errors).toEqual({ days: ['each value in days must be a calendar date formatted YYYY-MM-DD'] });
  });

  it('gives dotted paths for nested objects', async () => {
    const { errors } = await validateRequest(Holder, { interval: { from: '2024-03-10', to: '2024-03-01' } });
    expect(errors).toEqual({ 'interval.to': ['to must be on or after from (2024-03-10)'] });
  });
});

describe('@IsAtLeastField', () => {
  it('accepts equal and larger values and an omitted one', async () => {
    expect((await validateRequest(Mileage, { mileageIn: 100, mileageOut: 100 })).errors).toEqual({});
    expect((await validateRequest(Mileage, { mileageIn: 100 })).errors).toEqual({});
  });
  it('rejects a smaller value', async () => {
    expect((await validateRequest(Mileage, { mileageIn: 12000, mileageOut: 11999 })).errors).toEqual({
      mileageOut: ['mileageOut must be at least mileageIn (12000)'],
    });
  });
});

describe('@IsOmittable', () => {
  it('lets a property be left out but not be null', async () => {
    expect((await validateRequest(Mileage, { mileageIn: 1 })).errors).toEqual({});
    expect((await validateRequest(Mileage, { mileageIn: 1, mileageOut: null })).errors).toEqual({
      mileageOut: ['mileageOut must be an integer number'],
    });
  });
});

describe('@IsNotBlank', () => {
  it('rejects whitespace only, and leaves the empty string to @IsNotEmpty', async () => {
    expect((await validateRequest(Text, { text: ' \n\t ' })).errors).toEqual({ text: ['text must not be blank'] });
    expect((await validateRequest(Text, { text: '' })).errors).toEqual({});
    expect((await validateRequest(Text, { text: ' x ' })).errors).toEqual({});
  });
});

describe('@IsVin with @ToUpperCase', () => {
  it('upper-cases and trims before validating', async () => {
    const { instance, errors } = await validateRequest(Vehicle, { vin: ' 1m8gdm9axkp042788 ', modelYear: 2019 });
    expect(errors).toEqual({});
    expect(instance.vin).toBe('1M8GDM9AXKP042788');
  });

  it('reports the reason with the property name', async () => {
    expect((await validateRequest(Vehicle, { vin: '1M8GDM9A5KP042788', modelYear: 2019 })).errors).toEqual({
      vin: ['vin check digit is X but position 9 is 5: the VIN is mistyped'],
    });
  });

  it('skips only the check digit for model years before 1981', async () => {
    expect((await validateRequest(Vehicle, { vin: '1M8GDM9A5KP042788', modelYear: 1980 })).errors).toEqual({});
    expect((await validateRequest(Vehicle, { vin: '1M8GDM9A5KP042788', modelYear: 1981 })).errors).toHaveProperty('vin');
    expect((await validateRequest(Vehicle, { vin: '1M8GDM9A5KP04278Q', modelYear: 1980 })).errors.vin[0]).toMatch(/letter Q/);
  });

  it('applies the check digit when the model year is missing or not an integer', async () => {
    expect((await validateRequest(Vehicle, { vin: '1M8GDM9A5KP042788', modelYear: '1970' })).errors.vin).toEqual([
      'vin check digit is X but position 9 is 5: the VIN is mistyped',
    ]);
  });
});

describe('jurisdiction codes', () => {
  it('lists the 50 states and DC once each', () => {
    expect(JURISDICTION_CODES).toHaveLength(51);
    expect(new Set(JURISDICTION_CODES).size).toBe(51);
    expect(isJurisdictionCode('DC')).toBe(true);
    expect(isJurisdictionCode('PR')).toBe(false);
  });

  it('accepts lower case input by upper-casing it', async () => {
    const { instance, errors } = await validateRequest(Place, { jurisdiction: 'ca' });
    expect(errors).toEqual({});
    expect(instance.jurisdiction).toBe('CA');
  });

  it.each(['PR', 'XX', 'CAL', ''])('rejects %j with a clear message', async (jurisdiction) => {
    expect((await validateRequest(Place, { jurisdiction })).errors).toEqual({
      jurisdiction: ['jurisdiction must be one of the 50 US states or DC as a two-letter code'],
    });
  });
});
