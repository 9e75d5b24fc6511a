import { mergedOutOfService, withNames } from './timeline';

const repair = (dateIn: string, dateOut: string | undefined, voided = false) => ({
  repairAttemptId: dateIn,
  dateIn,
  dateOut,
  mileageIn: 1,
  nonconformityIds: [],
  outcome: 'not_fixed',
  voided,
  corrected: false,
});

describe('merged out-of-service spans', () => {
  it('merges overlapping and touching spans, leaves voided ones out, runs open repairs through today', () => {
    const spans = mergedOutOfService(
      {
        repairAttempts: [
          repair('2024-02-05', '2024-02-09'),
          repair('2024-02-08', '2024-02-12'),
          repair('2024-03-01', undefined),
          repair('2024-01-20', '2024-01-22', true),
        ],
        outOfService: {
          cumulativeDays: 0,
          intervals: [{ intervalId: 'i', from: '2024-02-13', to: '2024-02-15', reason: 'towed', voided: false, corrected: false }],
        },
      },
      '2024-03-04',
    );
    expect(spans).toEqual([
      { from: '2024-02-05', to: '2024-02-15' },
      { from: '2024-03-01', to: '2024-03-04' },
    ]);
  });
  it('names defects instead of ids', () => {
    expect(withNames('Same nonconformity (abc-1) subject to repair', { 'abc-1': 'Transmission slips' })).toBe(
      'Same nonconformity (“Transmission slips”) subject to repair',
    );
  });
});
