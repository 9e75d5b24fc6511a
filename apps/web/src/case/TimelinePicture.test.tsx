import { fireEvent, render, screen } from '@testing-library/react';
import type { CaseSummary, Deadline, Presumption } from '../api/types';
import { AppProviders, makeQueryClient } from '../providers';
import { MileagePicture } from './MileagePicture';
import { TimelinePicture } from './TimelinePicture';
import { mileageModel, timelineModel } from './timeline-model';
import { caseHeaderFixture } from './case-summary.fixture';

const repair = (id: string, ro: string, dateIn: string, dateOut: string, defects: string[], voided = false) => ({
  repairAttemptId: id,
  repairOrderNumber: ro,
  dealer: 'Pacific BMW',
  dateIn,
  dateOut,
  mileageIn: 1000,
  nonconformityIds: defects,
  outcome: 'not_fixed',
  voided,
  corrected: false,
});

const summary = {
  ...caseHeaderFixture,
  nonconformities: [
    { nonconformityId: 'nc-1', description: 'Transmission slips', voided: false },
    { nonconformityId: 'nc-2', description: 'Infotainment reboots', voided: false },
  ],
  repairAttempts: [
    repair('ra-1', 'RO-1001', '2026-02-01', '2026-02-05', ['nc-1']),
    // Overlaps RO-1001: the out-of-service lane shows one span, 2026-02-01 → 2026-02-08.
    repair('ra-2', 'RO-1002', '2026-02-04', '2026-02-08', ['nc-1', 'nc-2']),
    repair('ra-3', 'RO-1003', '2026-04-10', '2026-04-12', ['nc-2']),
    repair('ra-4', 'RO-VOID', '2026-03-01', '2026-03-02', ['nc-1'], true),
  ],
  outOfService: { cumulativeDays: 11, intervals: [] },
  latestOdometer: { mileage: 9000, readOn: '2026-05-01' },
  odometerReadings: [{ readingId: 'rd-1', readOn: '2026-03-15', mileage: 4000, voided: false, corrected: false }],
  manufacturerNotices: [{ noticeId: 'n-1', sentOn: '2026-04-20', method: 'certified_mail', voided: false }],
  finalRepairOpportunities: [{ opportunityId: 'f-1', offeredOn: '2026-05-02', voided: false }],
  disputeClaims: [],
} as unknown as CaseSummary;

const presumption = {
  status: 'NOT_MET',
  asOf: '2026-06-01',
  statute: { citation: 'Cal. Civ. Code s 1793.22(b)', confidence: 'H' },
  period: { start: '2026-01-10', dateLimit: '2027-07-10', milesLimit: 18000, mileageLimitReachedOn: '2026-11-20', endsOn: '2026-11-20' },
  prongs: [],
} as unknown as Presumption;

const deadlines = [
  { deadlineId: 'd-1', caseId: 'case-1', kind: 'k', title: 'Last day to file the claim', dueOn: '2026-07-01', status: 'OPEN' },
  { deadlineId: 'd-2', caseId: 'case-1', kind: 'k', title: 'Decision due', dueOn: '2026-06-20', status: 'MET' },
] as unknown as Deadline[];

const TODAY = '2026-06-01';

function drawTimeline(onCorrect?: (id: string) => void) {
  const model = timelineModel(summary, presumption, deadlines, TODAY, onCorrect !== undefined);
  render(
    <AppProviders queryClient={makeQueryClient()}>
      <TimelinePicture model={model} label="Timeline from delivery 2026-01-10" onCorrect={onCorrect} />
    </AppProviders>,
  );
  const picture = screen.getByRole('application', { name: /^Timeline from delivery/ });
  return { model, picture, marks: (prefix: string) => picture.querySelectorAll(`[data-mark^="${prefix}"]`) };
}

const status = () => document.querySelector('[aria-live="polite"].chart-status')!.textContent;

describe('the timeline picture', () => {
  it('draws one bar per repair visit in each of its defects’ lanes, voided ones left out, and the out-of-service days merged', () => {
    const { model, picture, marks } = drawTimeline();
    expect(picture.querySelector('svg')).not.toBeNull();
    expect(model.lanes).toEqual([
      'Presumption period',
      'Warranty',
      'Transmission slips',
      'Infotainment reboots',
      'Out of service (11 days)',
      'Notices & dispute',
      'Deadlines',
    ]);
    // RO-1002 is for both defects: a bar in each lane.
    expect(marks('repair-').length).toBe(4);
    expect(model.bars.filter((b) => b.repairAttemptId === 'ra-2').map((b) => b.lane)).toEqual([2, 3]);
    expect(model.bars.some((b) => b.repairAttemptId === 'ra-4')).toBe(false);
    // Three visits, two of them overlapping: two shaded spans, not three.
    expect(marks('oos-').length).toBe(2);
    expect(marks('event-').length).toBe(2);
    expect(marks('deadline-').length).toBe(2);
    expect(screen.getAllByText('Transmission slips').length).toBeGreaterThan(0);
  });

  it('draws the period’s ends, the warranty’s end and today as tagged rules', () => {
    const { picture } = drawTimeline();
    for (const tag of ['today', 'period end', 'est. mileage end']) expect(picture.querySelector('svg')).toHaveTextContent(tag);
    // The warranty (48 months) ends beyond the first view: its tag shows once the whole timeline is asked for.
    expect(picture.querySelector('svg')).not.toHaveTextContent('warranty end');
    fireEvent.click(screen.getByRole('button', { name: 'Whole timeline' }));
    expect(picture.querySelector('svg')).toHaveTextContent('warranty end');
  });

  it('flags each deadline with its date as read ("Jul 1 \'26") and a short title, haloed so a rule behind it does not cross the letters', () => {
    const { picture } = drawTimeline();
    const flag = [...picture.querySelectorAll('svg text')].find((t) => t.textContent?.startsWith("Jul 1 '26"));
    expect(flag?.textContent).toBe("Jul 1 '26 file the claim");
    expect(flag).toHaveAttribute('stroke', 'white');
    expect(flag).toHaveAttribute('paint-order', 'stroke');
  });

  it('steps through the marks in date order from the keyboard, saying each one, and Enter corrects a repair visit', () => {
    const onCorrect = vi.fn();
    const { picture, model } = drawTimeline(onCorrect);
    fireEvent.keyDown(picture, { key: 'Home' });
    expect(status()).toBe(`1 of ${model.marks.length}: Presumption period: presumption period 2026-01-10 → 2026-11-20`);
    fireEvent.keyDown(picture, { key: 'Enter' });
    expect(onCorrect).not.toHaveBeenCalled();
    let steps = 0;
    while (!status()!.includes('RO-1002') && steps++ < 20) fireEvent.keyDown(picture, { key: 'ArrowRight' });
    expect(status()).toMatch(
      /^\d+ of \d+: Repair visit, Transmission slips: RO-1002: 2026-02-04 → 2026-02-08 \(Enter: correct this repair visit\)$/,
    );
    // The tooltip shows the same words.
    expect(picture.querySelector('.chart-tooltip')).toHaveTextContent('RO-1002: 2026-02-04 → 2026-02-08');
    fireEvent.keyDown(picture, { key: 'Enter' });
    expect(onCorrect).toHaveBeenCalledWith('ra-2');
    fireEvent.keyDown(picture, { key: 'End' });
    expect(status()).toMatch(/Period ends, warranty end, today: Warranty ends 2030-01-10 \(by date; mileage may end it sooner\)$/);
    fireEvent.keyDown(picture, { key: 'ArrowLeft' });
    expect(status()).toMatch(/^15 of 16: Period ends, warranty end, today: Presumption period ends by date 2027-07-10$/);
    fireEvent.keyDown(picture, { key: 'ArrowLeft' });
    expect(status()).toMatch(/^14 of 16: Period ends, warranty end, today: Presumption period ends at 18,000 mi, est. 2026-11-20$/);
    fireEvent.keyDown(picture, { key: 'ArrowLeft' });
    expect(status()).toMatch(/Deadlines: Last day to file the claim — due 2026-07-01 \(OPEN\)$/);
    fireEvent.keyDown(picture, { key: 'Escape' });
    expect(status()).toBe('');
  });

  it('shows a mark’s words on hover, and a click on a repair bar corrects that visit', () => {
    const onCorrect = vi.fn();
    const { marks } = drawTimeline(onCorrect);
    const ro3 = [...marks('repair-ra-3')][0];
    fireEvent.mouseEnter(ro3);
    expect(document.querySelector('.chart-tooltip')).toHaveTextContent(
      'Repair visit, Infotainment reboots: RO-1003: 2026-04-10 → 2026-04-12',
    );
    fireEvent.click(ro3);
    expect(onCorrect).toHaveBeenCalledWith('ra-3');
  });

  it('has no action in the read-only view: nothing to click, Enter does nothing, no "Enter:" said', () => {
    const { picture, marks } = drawTimeline(undefined);
    fireEvent.keyDown(picture, { key: 'Home' });
    let steps = 0;
    while (!status()!.includes('RO-1001') && steps++ < 20) fireEvent.keyDown(picture, { key: 'ArrowRight' });
    expect(status()).toMatch(/Repair visit, Transmission slips: RO-1001: 2026-02-01 → 2026-02-05$/);
    expect((marks('repair-ra-1')[0] as SVGElement).style.cursor).toBe('');
  });

  it('zooms with + and −, and 0 shows the whole timeline', () => {
    const { picture, model } = drawTimeline();
    const shown = () => screen.getByText(/^Showing /).textContent;
    const first = shown();
    fireEvent.keyDown(picture, { key: '+' });
    expect(shown()).not.toBe(first);
    fireEvent.keyDown(picture, { key: '0' });
    expect(shown()).toContain(
      `Showing ${new Date(model.whole[0]).toISOString().slice(0, 10)} → ${new Date(model.whole[1]).toISOString().slice(0, 10)}`,
    );
  });
});

describe('the mileage picture', () => {
  it('draws every reading, the limit and the trend, and says each reading from the keyboard', () => {
    const model = mileageModel(summary, presumption);
    render(<MileagePicture model={model} label="Odometer readings; latest 9,000 mi" />);
    const picture = screen.getByRole('application', { name: /^Odometer readings/ });
    // Delivery, three live repair visits, one recorded reading, the latest reading.
    expect(picture.querySelectorAll('[data-mark^="reading-"]').length).toBe(6);
    expect(picture.querySelector('svg')).toHaveTextContent('limit 18,000 mi');
    expect(picture.querySelector('svg')).toHaveTextContent('Trend (est.)');
    fireEvent.keyDown(picture, { key: 'End' });
    expect(status()).toBe('6 of 6: latest reading: 9,000 mi on 2026-05-01');
  });
});
