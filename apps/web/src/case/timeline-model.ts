import type { CaseSummary, Deadline, Presumption } from '../api/types';
import { DAY_MS, toUtc } from '../lib/dates';
import { mergedOutOfService } from '../lib/timeline';

export interface TimelineRow {
  lane: string;
  what: string;
  from: string;
  to?: string;
  repairAttemptId?: string;
}

const STATUS_COLOUR: Record<string, string> = {
  OPEN: '#e8590c',
  MET: '#2b8a3e',
  MISSED: '#c92a2a',
  OVERDUE: '#c92a2a',
  UPCOMING: '#1c7ed6',
  PASSED: '#868e96',
  NOT_APPLICABLE: '#868e96',
};

export function warrantyEnd(summary: CaseSummary): string | undefined {
  if (summary.warranty.endsOn) return summary.warranty.endsOn;
  if (!summary.warranty.months) return undefined;
  const d = new Date(toUtc(summary.acquisition.deliveryDate));
  d.setUTCMonth(d.getUTCMonth() + summary.warranty.months);
  return d.toISOString().slice(0, 10);
}

/** A dated marker of the "Notices & dispute" lane: written notices, each dispute step, final repair opportunities. */
export interface TimelineEvent {
  on: string;
  what: string;
  symbol: 'rect' | 'diamond' | 'triangle';
}

const program = (p: string) => (p === 'BBB_AUTO_LINE' ? 'BBB AUTO LINE' : p.replaceAll('_', ' ').toLowerCase());

export function timelineEvents(summary: CaseSummary): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const n of summary.manufacturerNotices.filter((n) => !n.voided))
    events.push({ on: n.sentOn, what: `Written notice to the manufacturer (${n.method.replaceAll('_', ' ')})`, symbol: 'rect' });
  for (const c of summary.disputeClaims.filter((c) => !c.voided)) {
    const claim = program(c.program);
    events.push({ on: c.filedOn, what: `Dispute claim filed (${claim})`, symbol: 'diamond' });
    if (c.inspection) events.push({ on: c.inspection.requestedOn, what: `${claim}: inspection requested`, symbol: 'diamond' });
    if (c.decision)
      events.push({ on: c.decision.decidedOn, what: `${claim}: decision (${c.decision.award.replaceAll('_', ' ')})`, symbol: 'diamond' });
    if (c.acceptedOn) events.push({ on: c.acceptedOn, what: `${claim}: decision accepted`, symbol: 'diamond' });
    if (c.rejectedOn) events.push({ on: c.rejectedOn, what: `${claim}: decision rejected`, symbol: 'diamond' });
    if (c.compliedOn) events.push({ on: c.compliedOn, what: `${claim}: manufacturer complied`, symbol: 'diamond' });
  }
  for (const f of (summary.finalRepairOpportunities ?? []).filter((f) => !f.voided)) {
    events.push({ on: f.offeredOn, what: 'Final repair opportunity offered', symbol: 'triangle' });
    if (f.completion)
      events.push({
        on: f.completion.completedOn,
        what: `Final repair attempt completed (${f.completion.outcome.replaceAll('_', ' ')})`,
        symbol: 'triangle',
      });
  }
  for (const l of (summary.litigationSteps ?? []).filter((l) => !l.voided))
    events.push({
      on: l.on,
      what: l.kind === 'presuit_notice' ? 'Pre-suit notice sent' : `${l.kind === 'complaint_filed' ? 'Complaint' : 'Answer'} filed`,
      symbol: 'diamond',
    });
  return events.sort((a, b) => toUtc(a.on) - toUtc(b.on));
}

/** The period's and the warranty's boundaries and today: the vertical rules of the picture. */
export interface TimelineRule {
  on: string;
  /** Short tag drawn at the rule ("date end", "est.", "warranty", "today"). */
  tag: string;
  what: string;
  line: 'solid' | 'dashed' | 'dotted' | 'today';
}

export function timelineRules(summary: CaseSummary, presumption: Presumption | undefined, today: string): TimelineRule[] {
  const period = presumption?.period;
  const wEnd = warrantyEnd(summary);
  const rules: TimelineRule[] = [{ on: today, tag: 'today', what: `Today, ${today}`, line: 'today' }];
  if (period?.dateLimit)
    rules.push({ on: period.dateLimit, tag: 'period end', what: `Presumption period ends by date ${period.dateLimit}`, line: 'solid' });
  if (period?.mileageLimitReachedOn)
    rules.push({
      on: period.mileageLimitReachedOn,
      tag: 'est. mileage end',
      what: `Presumption period ends at ${period.milesLimit?.toLocaleString('en-US') ?? '?'} mi, est. ${period.mileageLimitReachedOn}${
        period.mileageEstimateBasis ? ` (${period.mileageEstimateBasis} from the odometer readings)` : ''
      }`,
      line: 'dashed',
    });
  if (wEnd)
    rules.push({
      on: wEnd,
      tag: 'warranty end',
      what: `Warranty ends ${wEnd}${summary.warranty.endsOnIsEstimate || !summary.warranty.endsOn ? ' (by date; mileage may end it sooner)' : ''}`,
      line: 'dotted',
    });
  return rules.sort((a, b) => toUtc(a.on) - toUtc(b.on));
}

/** Every bar and marker of the timeline as rows: the text alternative to the picture. */
export function timelineRows(summary: CaseSummary, deadlines: Deadline[], today: string, presumption?: Presumption): TimelineRow[] {
  const names = Object.fromEntries(summary.nonconformities.map((n) => [n.nonconformityId, n.description]));
  const rows: TimelineRow[] = [];
  const period = presumption?.period;
  if (period)
    rows.push({
      lane: 'Presumption period',
      what: `Presumption period${period.endsOnIsEstimate ? ' (end estimated from the mileage trend)' : ''}`,
      from: period.start,
      to: period.endsOn ?? period.dateLimit ?? undefined,
    });
  const wEnd = warrantyEnd(summary);
  if (wEnd) rows.push({ lane: 'Warranty', what: 'Warranty', from: summary.acquisition.deliveryDate, to: wEnd });
  for (const rule of timelineRules(summary, presumption, today).filter((r) => r.line !== 'dotted'))
    rows.push({ lane: 'Period & today', what: rule.what, from: rule.on });
  for (const r of summary.repairAttempts.filter((r) => !r.voided))
    for (const id of r.nonconformityIds)
      rows.push({
        lane: names[id] ?? 'Defect',
        what: `Repair visit ${r.repairOrderNumber ?? ''}${r.dealer ? ` at ${r.dealer}` : ''} (${r.outcome.replaceAll('_', ' ')}${r.corrected ? ', corrected' : ''})`.replace(
          '  ',
          ' ',
        ),
        from: r.dateIn,
        to: r.dateOut ?? today,
        repairAttemptId: r.repairAttemptId,
      });
  for (const span of mergedOutOfService(summary, today))
    rows.push({ lane: 'Out of service (merged)', what: 'Vehicle out of service', from: span.from, to: span.to });
  for (const e of timelineEvents(summary)) rows.push({ lane: 'Notices & dispute', what: e.what, from: e.on });
  for (const d of deadlines) rows.push({ lane: 'Deadlines', what: `${d.title} — ${d.status}`, from: d.dueOn });
  return rows.sort((a, b) => toUtc(a.from) - toUtc(b.from));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A deadline's flag label: short, so neighbours rarely collide (the tooltip and the table carry the full title). The date
 * as an American reader says it, "Dec 6 '26": the bare "26-12-06" it replaced read as a day of 2006.
 */
export const flagLabel = (title: string, dueOn: string) => {
  const short = title
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/^Last day to /, '')
    .trim();
  const [year, month, day] = dueOn.split('-');
  return `${MONTHS[Number(month) - 1]} ${Number(day)} '${year.slice(2)} ${short.length > 22 ? `${short.slice(0, 21)}…` : short}`;
};

/** How a rule is drawn: colour (AA on white, its tag is text), dash pattern, width. */
export const RULE_STYLE: Record<TimelineRule['line'], { colour: string; dash?: string; width: number }> = {
  today: { colour: '#212529', width: 1 },
  solid: { colour: '#246b33', width: 2 },
  dashed: { colour: '#246b33', dash: '6 4', width: 2 },
  dotted: { colour: '#5f3dc4', dash: '2 3', width: 2 },
};

/** A bar of the timeline: the presumption period, the warranty, a repair visit (in its defect's lane), a merged out-of-service span. */
export interface TimelineBar {
  key: string;
  lane: number;
  /** UTC ms: the first day's start and the day after the last day (so a one-day visit has a width). */
  from: number;
  to: number;
  colour: string;
  /** The period and warranty lanes draw thinner bars: they are context, not events. */
  thin: boolean;
  repairAttemptId?: string;
}

/** A dated marker: ■ notice, ◆ dispute step, ▲ final repair opportunity, or a deadline's pin (with a short flag label). */
export interface TimelineMarker {
  key: string;
  lane: number;
  x: number;
  shape: 'rect' | 'diamond' | 'triangle' | 'pin';
  colour: string;
  flag?: string;
}

/** One mark that the keyboard (and the pointer) can pick: where it sits, what it says, what Enter / a click does. */
export interface PictureMark {
  key: string;
  /** UTC ms of its start: the keyboard steps in this order. */
  x: number;
  label: string;
  /** When the mark does something (correct a repair visit): said in the live region, done on Enter or click. */
  action?: string;
  repairAttemptId?: string;
}

export interface TimelineModel {
  lanes: string[];
  bars: TimelineBar[];
  markers: TimelineMarker[];
  rules: Array<TimelineRule & { key: string; x: number }>;
  /** The presumption period's shaded band behind every lane. */
  band?: { from: number; to: number };
  /** The x domain first shown (delivery to a little past the last visit, today and the period's ends)… */
  view: [number, number];
  /** …and the whole picture (far deadlines and the warranty's end too): key 0 or "Whole timeline". */
  whole: [number, number];
  /** Every mark in date order, for the keyboard and the tooltips. */
  marks: PictureMark[];
}

const DAY = DAY_MS;

/** The timeline picture as data: one lane per defect, merged out-of-service, notices and dispute steps, deadlines; period, warranty, today. */
export function timelineModel(
  summary: CaseSummary,
  presumption: Presumption | undefined,
  deadlines: Deadline[],
  today: string,
  canCorrect: boolean,
): TimelineModel {
  const defects = summary.nonconformities.filter((n) => !n.voided);
  const lanes = [
    'Presumption period',
    'Warranty',
    ...defects.map((n) => n.description),
    `Out of service (${summary.outOfService.cumulativeDays} days)`,
    'Notices & dispute',
    'Deadlines',
  ];
  const [oosLane, eventLane, deadlineLane] = [lanes.length - 3, lanes.length - 2, lanes.length - 1];
  const laneOf = Object.fromEntries(defects.map((n, i) => [n.nonconformityId, i + 2]));
  const day = toUtc;
  const dayAfter = (d: string) => day(d) + DAY;
  const bars: TimelineBar[] = [];
  // Marks in the order the keyboard met them before (repairs, period, rule tags, warranty, out of service, notices, deadlines),
  // then sorted by date: a stable sort keeps that order between marks of the same day.
  const marks: PictureMark[] = [];

  summary.repairAttempts
    .filter((r) => !r.voided)
    .forEach((r) =>
      r.nonconformityIds
        .filter((id) => laneOf[id] !== undefined)
        .forEach((id) => {
          const key = `repair-${r.repairAttemptId}-${id}`;
          bars.push({
            key,
            lane: laneOf[id],
            from: day(r.dateIn),
            to: dayAfter(r.dateOut ?? today),
            colour: r.outcome === 'fixed' ? '#2b8a3e' : '#1864ab',
            thin: false,
            repairAttemptId: r.repairAttemptId,
          });
          marks.push({
            key,
            x: day(r.dateIn),
            label: `Repair visit, ${lanes[laneOf[id]]}: ${r.repairOrderNumber ?? 'repair'}: ${r.dateIn} → ${r.dateOut ?? today}`,
            action: canCorrect ? 'correct this repair visit' : undefined,
            repairAttemptId: r.repairAttemptId,
          });
        }),
    );

  const period = presumption?.period;
  const periodEnd = period?.endsOn ?? period?.dateLimit;
  if (period && periodEnd) {
    bars.push({ key: 'period', lane: 0, from: day(period.start), to: dayAfter(periodEnd), colour: '#69db7c', thin: true });
    marks.push({
      key: 'period',
      x: day(period.start),
      label: `Presumption period: presumption period ${period.start} → ${periodEnd}${period.endsOnIsEstimate ? ' (est. by mileage)' : ''}`,
    });
  }

  const rules = timelineRules(summary, presumption, today).map((rule, i) => ({ ...rule, key: `rule-${i}`, x: day(rule.on) }));
  for (const rule of rules) marks.push({ key: rule.key, x: rule.x, label: `Period ends, warranty end, today: ${rule.what}` });

  const wEnd = warrantyEnd(summary);
  const delivery = summary.acquisition.deliveryDate;
  if (wEnd) {
    bars.push({ key: 'warranty', lane: 1, from: day(delivery), to: dayAfter(wEnd), colour: '#b197fc', thin: true });
    marks.push({ key: 'warranty', x: day(delivery), label: `Warranty: warranty ${delivery} → ${wEnd}` });
  }

  mergedOutOfService(summary, today).forEach((span, i) => {
    const key = `oos-${i}`;
    bars.push({ key, lane: oosLane, from: day(span.from), to: dayAfter(span.to), colour: '#868e96', thin: false });
    marks.push({ key, x: day(span.from), label: `Out of service: out of service ${span.from} → ${span.to}` });
  });

  const markers: TimelineMarker[] = [];
  timelineEvents(summary).forEach((e, i) => {
    const key = `event-${i}`;
    markers.push({ key, lane: eventLane, x: day(e.on), shape: e.symbol, colour: '#1864ab' });
    marks.push({ key, x: day(e.on), label: `Notices & dispute steps: ${e.what}, ${e.on}` });
  });
  [...deadlines]
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .forEach((d, i) => {
      const key = `deadline-${i}`;
      markers.push({
        key,
        lane: deadlineLane,
        x: day(d.dueOn),
        shape: 'pin',
        colour: STATUS_COLOUR[d.status] ?? '#495057',
        flag: flagLabel(d.title, d.dueOn),
      });
      marks.push({
        key,
        x: day(d.dueOn),
        label: `Deadlines: ${d.title} — due ${d.dueOn}${d.dueIsEstimate ? ' (est.)' : ''} (${d.status})`,
      });
    });

  const start = day(delivery) - 10 * DAY;
  const viewEnd =
    Math.max(
      day(today),
      period?.dateLimit ? day(period.dateLimit) : 0,
      period?.mileageLimitReachedOn ? day(period.mileageLimitReachedOn) : 0,
      ...bars.filter((b) => b.repairAttemptId).map((b) => b.to),
    ) +
    60 * DAY;
  const wholeEnd = Math.max(viewEnd, ...deadlines.map((d) => day(d.dueOn)), wEnd ? day(wEnd) : 0) + 30 * DAY;
  return {
    lanes,
    bars,
    markers,
    rules,
    band: period ? { from: day(period.start), to: day(period.endsOn ?? period.dateLimit ?? period.start) } : undefined,
    view: [start, viewEnd],
    whole: [start, wholeEnd],
    marks: marks.sort((a, b) => a.x - b.x),
  };
}

export interface MileagePoint {
  key: string;
  x: number;
  miles: number;
  what: string;
}

/** Odometer readings over time, the statutory mileage limit, the trend to it (from delivery to the estimated day of the limit). */
export function mileageModel(summary: CaseSummary, presumption: Presumption | undefined) {
  const points: Array<Omit<MileagePoint, 'key'>> = [
    { x: toUtc(summary.acquisition.deliveryDate), miles: summary.acquisition.odometerAtDelivery, what: 'delivery' },
  ];
  for (const r of summary.repairAttempts.filter((r) => !r.voided))
    points.push({ x: toUtc(r.dateIn), miles: r.mileageIn, what: `repair ${r.repairOrderNumber ?? ''}` });
  for (const o of summary.odometerReadings ?? []) points.push({ x: toUtc(o.readOn), miles: o.mileage, what: 'odometer reading' });
  const latest = summary.latestOdometer;
  if (latest && !points.some((p) => p.x === toUtc(latest.readOn) && p.miles === latest.mileage))
    points.push({ x: toUtc(latest.readOn), miles: latest.mileage, what: 'latest reading' });
  points.sort((a, b) => a.x - b.x);
  const period = presumption?.period;
  const limit = period?.milesLimit ?? undefined;
  const trend =
    period?.mileageLimitReachedOn && limit !== undefined
      ? ([
          { x: points[0].x, miles: points[0].miles },
          { x: toUtc(period.mileageLimitReachedOn), miles: limit },
        ] as const)
      : undefined;
  const readings: MileagePoint[] = points.map((p, i) => ({ ...p, key: `reading-${i}` }));
  const marks: PictureMark[] = readings.map((p) => ({
    key: p.key,
    x: p.x,
    label: `${p.what}: ${p.miles.toLocaleString('en-US')} mi on ${new Date(p.x).toISOString().slice(0, 10)}`,
  }));
  return { readings, limit, trend, marks };
}
