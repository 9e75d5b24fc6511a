import { validateRequest } from '../../validation';
import { AddNoteRequest } from './add-note.request.dto';
import { ResolveCaseRequest } from './resolve-case.request.dto';

describe('ResolveCaseRequest', () => {
  it('accepts a full and a minimal resolution', async () => {
    expect(
      (
        await validateRequest(ResolveCaseRequest, {
          resolvedOn: '2024-08-01',
          resolution: 'settlement',
          amount: 61250.5,
          summary: 'Settled',
        })
      ).errors,
    ).toEqual({});
    expect((await validateRequest(ResolveCaseRequest, { resolvedOn: '2024-08-01', resolution: 'withdrawn' })).errors).toEqual({});
  });

  it('reports each field', async () => {
    expect(
      (await validateRequest(ResolveCaseRequest, { resolvedOn: '2024-8-1', resolution: 'won', amount: -1, summary: '' })).errors,
    ).toEqual({
      resolvedOn: ['resolvedOn must be a calendar date formatted YYYY-MM-DD'],
      resolution: ['resolution must be one of the following values: repurchase, replacement, settlement, withdrawn'],
      amount: ['amount must not be less than 0'],
      summary: ['summary should not be empty'],
    });
  });

  it('keeps amounts to cents and below 100,000,000, with no string coercion', async () => {
    const base = { resolvedOn: '2024-08-01', resolution: 'settlement' };
    expect((await validateRequest(ResolveCaseRequest, { ...base, amount: 1.005 })).errors).toEqual({
      amount: ['amount must be a number conforming to the specified constraints'],
    });
    expect((await validateRequest(ResolveCaseRequest, { ...base, amount: 100_000_000.01 })).errors).toEqual({
      amount: ['amount must not be greater than 100000000'],
    });
    expect((await validateRequest(ResolveCaseRequest, { ...base, amount: '5000' })).errors.amount).toContain(
      'amount must be a number conforming to the specified constraints',
    );
  });
});

describe('AddNoteRequest', () => {
  it('accepts text up to 10,000 characters', async () => {
    expect((await validateRequest(AddNoteRequest, { text: 'Client called.' })).errors).toEqual({});
    expect((await validateRequest(AddNoteRequest, { text: 'x'.repeat(10_000) })).errors).toEqual({});
  });

  it('rejects blank, missing and too long text', async () => {
    expect((await validateRequest(AddNoteRequest, { text: '   ' })).errors).toEqual({ text: ['text must not be blank'] });
    expect((await validateRequest(AddNoteRequest, { text: 'x'.repeat(10_001) })).errors).toEqual({
      text: ['text must be shorter than or equal to 10000 characters'],
    });
    expect((await validateRequest(AddNoteRequest, { note: 'hi' })).errors).toEqual({
      text: ['text must be shorter than or equal to 10000 characters', 'text should not be empty', 'text must be a string'],
      note: ['property note should not exist'],
    });
  });
});
