import { countDaysInIntervals, unionIntervals } from './day-intervals';

describe('day intervals', () => {
  it('merges overlapping and touching intervals', () => {
    expect(
      unionIntervals([
        { from: '2024-03-10', to: '2024-03-12' },
        { from: '2024-03-01', to: '2024-03-05' },
        { from: '2024-03-04', to: '2024-03-06' },
        { from: '2024-03-07', to: '2024-03-08' },
        { from: '2024-03-20', to: '2024-03-19' }, // backwards: ignored
      ]),
    ).toEqual([
      { from: '2024-03-01', to: '2024-03-08' },
      { from: '2024-03-10', to: '2024-03-12' },
    ]);
  });

  it('never counts a day twice and includes date in and date out', () => {
    const r = countDaysInIntervals(
      [
        { from: '2024-03-01', to: '2024-03-05' },
        { from: '2024-03-03', to: '2024-03-07' },
        { from: '2024-03-05', to: '2024-03-05' },
      ],
      { dayType: 'calendar' },
    );
    expect(r.count).toBe(7);
  });

  it('drops excluded days and clips to a range, per day type', () => {
    const r = countDaysInIntervals([{ from: '2024-07-01', to: '2024-07-10' }], {
      dayType: 'business',
      excludedDays: ['2024-07-02'],
      clipTo: '2024-07-08',
    });
    // Jul 1 Mon, (2 excluded), 3 Wed, (4 holiday), 5 Fri, (6-7 weekend), 8 Mon
    expect(r.days).toEqual(['2024-07-01', '2024-07-03', '2024-07-05', '2024-07-08']);
    expect(r.excluded).toEqual(['2024-07-02']);
    const clippedFrom = countDaysInIntervals([{ from: '2024-07-01', to: '2024-07-10' }], { dayType: 'calendar', clipFrom: '2024-07-09' });
    expect(clippedFrom.count).toBe(2);
  });
});
