import { addBusinessDays, addDaysOfType, countDaysOfType, isCountableDay } from './day-type';

describe('day types', () => {
  it('counts business days Monday-Friday except federal holidays', () => {
    expect(isCountableDay('2024-11-28', 'business')).toBe(false); // Thanksgiving
    expect(isCountableDay('2024-11-30', 'business')).toBe(false); // Saturday
    expect(isCountableDay('2024-11-29', 'business')).toBe(true);
    expect(isCountableDay('2024-11-30', 'calendar')).toBe(true);
    // Mon 2024-11-25 .. Fri 2024-11-29: 5 weekdays minus Thanksgiving
    expect(countDaysOfType('2024-11-25', '2024-11-29', 'business')).toBe(4);
    expect(countDaysOfType('2024-11-25', '2024-11-29', 'working')).toBe(4);
    expect(countDaysOfType('2024-11-25', '2024-11-29', 'calendar')).toBe(5);
    expect(countDaysOfType('2024-11-29', '2024-11-25', 'calendar')).toBe(0);
  });

  it('adds business days skipping weekends and holidays', () => {
    expect(addBusinessDays('2024-11-27', 1)).toBe('2024-11-29'); // over Thanksgiving
    expect(addBusinessDays('2024-07-03', 1)).toBe('2024-07-05'); // over July 4th
    expect(addBusinessDays('2024-12-20', 3)).toBe('2024-12-26'); // Fri -> Mon, Tue, (Christmas), Thu
    expect(addBusinessDays('2024-12-26', -3)).toBe('2024-12-20');
    expect(addDaysOfType('2024-01-10', 10, 'calendar')).toBe('2024-01-20');
    expect(addDaysOfType('2024-01-10', 0, 'business')).toBe('2024-01-10');
  });

  it('counts 15 business days across Thanksgiving (Massachusetts-style)', () => {
    // Mon 2024-11-18 .. Mon 2024-12-09 spans 22 calendar days, 15 weekdays + Thanksgiving
    expect(countDaysOfType('2024-11-18', '2024-12-09', 'business')).toBe(15);
    expect(addBusinessDays('2024-11-18', 14)).toBe('2024-12-09');
  });
});
