import type { CaseSummary, Deadline, Presumption } from '../api/types';
import { addDays, toUtc } from '../lib/dates';
import { mergedOutOfService } from '../lib/timeline';
import type { ChartItem } from '../components/EChart';

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

/** A deadline's flag label: short, so neighbours rarely collide (the tooltip and the table carry the full title). */
export const flagLabel = (title: string, dueOn: string) => {
  const short = title
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/^Last day to /, '')
    .trim();
  return `${dueOn.slice(2)} ${short.length > 22 ? `${short.slice(0, 21)}…` : short}`;
};

const RULE_STYLE: Record<TimelineRule['line'], { color: string; type: string; width: number }> = {
  today: { color: '#212529', type: 'solid', width: 1 },
  solid: { color: '#2b8a3e', type: 'solid', width: 2 },
  dashed: { color: '#2b8a3e', type: 'dashed', width: 2 },
  dotted: { color: '#5f3dc4', type: 'dotted', width: 2 },
};
/** Rule tags sit in rows above the plot, one row per rule in date order, so tags of close rules never overlap. */
const TAG_ROW_PX = 15;

/** The timeline picture: one lane per defect, merged out-of-service, notices and dispute steps, deadlines; period, warranty, today. */
export function timelineOption(
  summary: CaseSummary,
  presumption: Presumption | undefined,
  deadlines: Deadline[],
  today: string,
  /** A phone: lane names get less room so the time axis keeps most of the width. */
  compact = false,
) {
  const defects = summary.nonconformities.filter((n) => !n.voided);
  const oosLane = `Out of service (${summary.outOfService.cumulativeDays} days)`;
  const lanes = ['Presumption period', 'Warranty', ...defects.map((n) => n.description), oosLane, 'Notices & dispute', 'Deadlines'];
  const laneOf = Object.fromEntries(defects.map((n, i) => [n.nonconformityId, i + 2]));
  const day = (d: string) => toUtc(d);
  const repairs = summary.repairAttempts
    .filter((r) => !r.voided)
    .flatMap((r) =>
      r.nonconformityIds
        .filter((id) => laneOf[id] !== undefined)
        .map((id) => ({
          value: [laneOf[id], day(r.dateIn), day(addDays(r.dateOut ?? today, 1)), r.repairOrderNumber ?? 'repair', r.repairAttemptId],
          itemStyle: { color: r.outcome === 'fixed' ? '#2b8a3e' : '#1864ab' },
        })),
    );
  const oosIndex = defects.length + 2;
  const oos = mergedOutOfService(summary, today).map((s) => ({
    value: [oosIndex, day(s.from), day(addDays(s.to, 1)), `out of service ${s.from} → ${s.to}`],
  }));
  const wEnd = warrantyEnd(summary);
  const warranty = wEnd
    ? [
        {
          value: [
            1,
            day(summary.acquisition.deliveryDate),
            day(addDays(wEnd, 1)),
            `warranty ${summary.acquisition.deliveryDate} → ${wEnd}`,
          ],
        },
      ]
    : [];
  const period = presumption?.period;
  const periodEnd = period?.endsOn ?? period?.dateLimit;
  const periodBar =
    period && periodEnd
      ? [
          {
            value: [
              0,
              day(period.start),
              day(addDays(periodEnd, 1)),
              `presumption period ${period.start} → ${periodEnd}${period.endsOnIsEstimate ? ' (est. by mileage)' : ''}`,
            ],
          },
        ]
      : [];
  const events = timelineEvents(summary).map((e) => ({
    value: [day(e.on), lanes.length - 2],
    name: `${e.what}, ${e.on}`,
    symbol: e.symbol,
  }));
  const sortedDeadlines = [...deadlines].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const flags = sortedDeadlines.map((d, i) => ({
    value: [day(d.dueOn), lanes.length - 1],
    name: `${d.title} — due ${d.dueOn}${d.dueIsEstimate ? ' (est.)' : ''} (${d.status})`,
    itemStyle: { color: STATUS_COLOUR[d.status] ?? '#495057' },
    // Staggered: neighbouring flags put their labels on opposite sides of the lane.
    label: { formatter: flagLabel(d.title, d.dueOn), position: i % 2 ? 'bottom' : 'top' },
  }));
  const rules = timelineRules(summary, presumption, today);
  const lines = rules.map((rule) => ({ xAxis: day(rule.on), name: rule.what, lineStyle: RULE_STYLE[rule.line] }));
  // Each rule's tag in its own row above the period lane (rows in date order): tags of close rules never overlap.
  const tags = rules.map((rule, row) => ({
    value: [day(rule.on), 0],
    name: rule.what,
    label: { formatter: rule.tag, offset: [0, -row * TAG_ROW_PX], color: RULE_STYLE[rule.line].color },
  }));
  const delivery = day(summary.acquisition.deliveryDate);
  const viewEnd =
    Math.max(
      day(today),
      period?.dateLimit ? day(period.dateLimit) : 0,
      period?.mileageLimitReachedOn ? day(period.mileageLimitReachedOn) : 0,
      ...repairs.map((r) => r.value[2] as number),
    ) +
    60 * 86_400_000;
  const allEnd = Math.max(viewEnd, ...deadlines.map((d) => day(d.dueOn)), wEnd ? day(wEnd) : 0) + 30 * 86_400_000;
  const rect = (
    params: { coordSys: { x: number; y: number; width: number; height: number } },
    api: { value: (i: number) => number; coord: (v: number[]) => number[]; size: (v: number[]) => number[]; style: () => object },
  ) => {
    const lane = api.value(0);
    const start = api.coord([api.value(1), lane]);
    const end = api.coord([api.value(2), lane]);
    const height = api.size([0, 1])[1] * (lane <= 1 ? 0.3 : 0.55);
    const x = Math.max(start[0], params.coordSys.x);
    const right = Math.min(end[0], params.coordSys.x + params.coordSys.width);
    if (right <= x) return undefined;
    return { type: 'rect', shape: { x, y: start[1] - height / 2, width: Math.max(right - x, 3), height }, style: api.style() };
  };
  const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    animation: false,
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 8, right: 24, top: 4 + rules.length * TAG_ROW_PX, bottom: 56, containLabel: true },
    xAxis: { type: 'time', min: delivery - 10 * 86_400_000, max: allEnd, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'category',
      data: lanes,
      inverse: true,
      axisLabel: { width: compact ? 76 : 170, overflow: 'truncate', fontSize: compact ? 10 : 12 },
    },
    dataZoom: [
      // weakFilter: a bar reaching into the window (the warranty, a long visit) stays drawn.
      {
        type: 'slider',
        xAxisIndex: 0,
        filterMode: 'weakFilter',
        startValue: delivery - 10 * 86_400_000,
        endValue: viewEnd,
        height: 18,
        bottom: 8,
      },
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
    ],
    series: [
      {
        name: 'Repair visits',
        type: 'custom',
        renderItem: rect,
        encode: { x: [1, 2], y: 0 },
        data: repairs,
        tooltip: {
          formatter: (p: { value: unknown[] }) =>
            `${String(p.value[3])}: ${isoOf(p.value[1] as number)} → ${isoOf((p.value[2] as number) - 86_400_000)} (click to correct)`,
        },
        markArea: period
          ? {
              silent: true,
              itemStyle: { color: 'rgba(64, 192, 87, 0.08)' },
              data: [
                [
                  { xAxis: day(period.start), name: 'presumption period' },
                  { xAxis: day(period.endsOn ?? period.dateLimit ?? period.start) },
                ],
              ],
              label: { show: false },
            }
          : undefined,
        markLine: { symbol: 'none', data: lines, label: { show: false }, tooltip: { formatter: (p: { name: string }) => p.name } },
      },
      {
        name: 'Presumption period',
        type: 'custom',
        renderItem: rect,
        encode: { x: [1, 2], y: 0 },
        data: periodBar,
        itemStyle: { color: '#69db7c' },
        tooltip: { formatter: (p: { value: unknown[] }) => String(p.value[3]) },
      },
      {
        name: 'Period ends, warranty end, today',
        type: 'scatter',
        data: tags,
        symbolSize: 12,
        itemStyle: { color: 'rgba(0, 0, 0, 0)' },
        label: { show: true, position: 'top', fontSize: 11, fontWeight: 'bold' },
        tooltip: { formatter: (p: { name: string }) => p.name },
      },
      {
        name: 'Warranty',
        type: 'custom',
        renderItem: rect,
        encode: { x: [1, 2], y: 0 },
        data: warranty,
        itemStyle: { color: '#b197fc' },
        tooltip: { formatter: (p: { value: unknown[] }) => String(p.value[3]) },
      },
      {
        name: 'Out of service',
        type: 'custom',
        renderItem: rect,
        encode: { x: [1, 2], y: 0 },
        data: oos,
        itemStyle: { color: '#868e96' },
        tooltip: { formatter: (p: { value: unknown[] }) => String(p.value[3]) },
      },
      {
        name: 'Notices & dispute steps',
        type: 'scatter',
        data: events,
        symbolSize: 14,
        itemStyle: { color: '#1864ab' },
        tooltip: { formatter: (p: { name: string }) => p.name },
      },
      {
        name: 'Deadlines',
        type: 'scatter',
        data: flags,
        symbol: 'pin',
        symbolSize: 20,
        label: { show: true, fontSize: 10, color: '#343a40' },
        // ECharts' own label collision avoidance: a label that would overlap a neighbour's is hidden (its tooltip and the table keep it).
        labelLayout: { hideOverlap: true },
        tooltip: { formatter: (p: { name: string }) => p.name },
      },
    ],
  };
}

/** Odometer readings over time, the statutory mileage limit as a line, the trend to it. */
export function mileageOption(summary: CaseSummary, presumption: Presumption | undefined) {
  const points: Array<[number, number, string]> = [
    [toUtc(summary.acquisition.deliveryDate), summary.acquisition.odometerAtDelivery, 'delivery'],
  ];
  for (const r of summary.repairAttempts.filter((r) => !r.voided))
    points.push([toUtc(r.dateIn), r.mileageIn, `repair ${r.repairOrderNumber ?? ''}`]);
  for (const o of summary.odometerReadings ?? []) points.push([toUtc(o.readOn), o.mileage, 'odometer reading']);
  if (
    summary.latestOdometer &&
    !points.some((p) => p[0] === toUtc(summary.latestOdometer!.readOn) && p[1] === summary.latestOdometer!.mileage)
  )
    points.push([toUtc(summary.latestOdometer.readOn), summary.latestOdometer.mileage, 'latest reading']);
  points.sort((a, b) => a[0] - b[0]);
  const period = presumption?.period;
  const limit = period?.milesLimit;
  const trend =
    period?.mileageLimitReachedOn && limit !== undefined
      ? [
          [points[0][0], points[0][1]],
          [toUtc(period.mileageLimitReachedOn), limit],
        ]
      : [];
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: 'miles', axisLabel: { formatter: (v: number) => v.toLocaleString('en-US') } },
    series: [
      {
        name: 'Odometer readings',
        type: 'line',
        data: points.map(([x, y, what]) => ({ value: [x, y], name: what })),
        symbolSize: 8,
        markLine: limit
          ? {
              symbol: 'none',
              data: [
                {
                  yAxis: limit,
                  name: 'statutory mileage limit',
                  label: { formatter: `limit ${limit.toLocaleString('en-US')} mi`, position: 'insideEndTop' },
                },
              ],
              lineStyle: { color: '#c92a2a' },
            }
          : undefined,
      },
      ...(trend.length ? [{ name: 'Trend (est.)', type: 'line', data: trend, lineStyle: { type: 'dashed' }, symbol: 'none' }] : []),
    ],
  };
}

type Formatter = (params: { value: unknown[]; name: string }) => string;
interface SeriesData {
  type: string;
  name: string;
  data: Array<{ value: unknown[]; name?: string }>;
  tooltip?: { formatter?: Formatter };
}

/**
 * Every mark of the timeline picture in date order, for the keyboard: each says what its tooltip says, with its lane;
 * repair visits can be corrected from there (`canCorrect`), as a click on the bar does.
 */
export function timelineItems(option: ReturnType<typeof timelineOption>, canCorrect: boolean): ChartItem[] {
  const lanes = option.yAxis.data;
  return (option.series as unknown as SeriesData[])
    .flatMap((series, seriesIndex) =>
      series.data.map((d, dataIndex) => {
        const custom = series.type === 'custom';
        const said = series.tooltip?.formatter?.({ value: d.value, name: d.name ?? '' }) ?? d.name ?? '';
        const repair = seriesIndex === 0;
        return {
          seriesIndex,
          dataIndex,
          x: (custom ? d.value[1] : d.value[0]) as number,
          label: `${repair ? `Repair visit, ${lanes[d.value[0] as number]}` : series.name}: ${said.replace(' (click to correct)', '')}`,
          action: repair && canCorrect ? 'correct this repair visit' : undefined,
        };
      }),
    )
    .sort((a, b) => a.x - b.x);
}

/** The mileage picture's readings in date order, for the keyboard. */
export function mileageItems(option: ReturnType<typeof mileageOption>): ChartItem[] {
  const readings = option.series[0].data as Array<{ value: number[]; name: string }>;
  return readings.map((point, dataIndex) => ({
    seriesIndex: 0,
    dataIndex,
    x: point.value[0],
    label: `${point.name}: ${point.value[1].toLocaleString('en-US')} mi on ${new Date(point.value[0]).toISOString().slice(0, 10)}`,
  }));
}
