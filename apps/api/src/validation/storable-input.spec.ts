import { parseInstant } from './is-instant';
import { MAX_JSON_DEPTH, unstorableInput } from './storable-input';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

describe('unstorableInput', () => {
  it.each([
    ['a NUL', { client: { name: 'a\u0000b' } }, 'client.name'],
    ['a lone high surrogate', { text: 'x\uD800' }, 'text'],
    ['a lone low surrogate', { text: '\uDC00x' }, 'text'],
    ['a reversed pair', { text: '\uDC00\uD800' }, 'text'],
    ['an array element', { excludedDays: ['2024-01-01', '\u0000'] }, 'excludedDays.1'],
    ['a key', { 'te\u0000xt': 'x' }, 'te\u0000xt'],
  ])('names the field holding %s', (_what, value, field) => {
    expect(unstorableInput(value).map((e) => e.field)).toEqual([field]);
  });

  it('passes ordinary text, emoji (paired surrogates) and non-strings', () => {
    expect(unstorableInput({ text: 'Ünïcødé 🍋 “quotes”', n: 1, b: true, z: null, list: [1, 'a'] })).toEqual([]);
  });

  it('leaves bytes alone (an uploaded file is parsed, and checked, by its route)', () => {
    expect(unstorableInput(Buffer.from('a\u0000b'))).toEqual([]);
  });

  it('prefixes a single query value with its parameter name', () => {
    expect(unstorableInput('\u0000', 'q')).toEqual([{ field: 'q', messages: [expect.stringContaining('NUL')] }]);
  });

  it(`allows ${MAX_JSON_DEPTH} levels of nesting and refuses ${MAX_JSON_DEPTH + 1}, without walking further`, () => {
    expect(unstorableInput(nested(MAX_JSON_DEPTH))).toEqual([]);
    expect(unstorableInput(nested(MAX_JSON_DEPTH + 1))).toHaveLength(1);
    expect(unstorableInput(nested(100_000))).toHaveLength(1);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2024-06-01T12:00:00Z', '2024-06-01T12:00:00.000Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
    ['2024-06-01T12:00+02:00', '2024-06-01T10:00:00.000Z'],
    ['2024-12-31T23:30:00-05:30', '2025-01-01T05:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '2024-02-30T10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2024-04-31T10:00:00Z',
    '2024-13-01T10:00:00Z',
    '2024-06-01T24:00:00Z',
    '2024-06-01T12:60:00Z',
    '2024-06-01T12:00:60Z',
    '2024-06-01T12:00:00+24:00',
    '2024-06-01T12:00:00',
    '2024-06-01',
    'yesterday',
    42,
  ])('refuses %s (no rolling over to the next day)', (value) => {
    expect(parseInstant(value)).toBeUndefined();
  });
});
