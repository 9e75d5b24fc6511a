import { localDay, localMinute } from './dates';

/** The API gives instants in UTC; screens show them in the reader's own time zone ("your time"). */
describe('instants in the reader’s own time', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles'; // Node reads TZ on each conversion
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it.each([
    [
      'an evening read in Los Angeles is still that day there (UTC is past midnight)',
      '2026-11-29T01:30:00.000Z',
      '2026-11-28 17:30',
      '2026-11-28',
    ],
    ['a morning read', '2026-11-28T16:05:00Z', '2026-11-28 08:05', '2026-11-28'],
    ['summer time (PDT, UTC-7)', '2026-07-04T06:59:00Z', '2026-07-03 23:59', '2026-07-03'],
  ])('%s', (_case, instant, minute, day) => {
    expect(localMinute(instant)).toBe(minute);
    expect(localDay(instant)).toBe(day);
  });
});
