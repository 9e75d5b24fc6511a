import type { CaseSummary, Deadline, Presumption } from '../api/types';
import { addDays, toUtc } from '../lib/dates';
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

/** Every bar and marker of the timeline as rows: the text alternative to the picture. */
export function timelineRows(summary: CaseSummary, deadlines: Deadline[], today: string): TimelineRow[] {
  const names = Object.fromEntries(summary.nonconformities.map((n) => [n.nonconformityId, n.description]));
  const rows: TimelineRow[] = [];
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
  for (const n of summary.manufacturerNotices)
    rows.push({ lane: 'Notices & dispute', what: `Written notice to the manufacturer (${n.method.replaceAll('_', ' ')})`, from: n.sentOn });
  for (const c of summary.disputeClaims)
    rows.push({ lane: 'Notices & dispute', what: `Dispute claim filed (${c.program.replaceAll('_', ' ')}), ${c.state}`, from: c.filedOn });
  for (const f of summary.finalRepairOpportunities ?? [])
    if (f.offeredOn)
      rows.push({ lane: 'Notices & dispute', what: 'Final repair opportunity offered', from: f.offeredOn, to: f.completedOn });
  for (const d of deadlines) rows.push({ lane: 'Deadlines', what: `${d.title} — ${d.status}`, from: d.dueOn });
  return rows.sort((a, b) => toUtc(a.from) - toUtc(b.from));
}

/** The timeline picture: one lane per defect, merged out-of-service, notices and dispute steps, deadlines; period, warranty, today. */
export function timelineOption(summary: CaseSummary, presumption: Presumption | undefined, deadlines: Deadline[], today: string) {
  const defects = summary.nonconformities.map((n) => n.description);
  const oosLane = `Out of service (${summary.outOfService.cumulativeDays} days)`;
  const lanes = [...defects, oosLane, 'Notices & dispute', 'Deadlines'];
  const laneOf = Object.fromEntries(summary.nonconformities.map((n, i) => [n.nonconformityId, i]));
  const day = (d: string) => toUtc(d);
  const repairs = summary.repairAttempts
    .filter((r) => !r.voided)
    .flatMap((r) =>
      r.nonconformityIds.map((id) => ({
        value: [laneOf[id] ?? 0, day(r.dateIn), day(addDays(r.dateOut ?? today, 1)), r.repairOrderNumber ?? 'repair', r.repairAttemptId],
        itemStyle: { color: r.outcome === 'fixed' ? '#51cf66' : '#1c7ed6' },
      })),
    );
  const oos = mergedOutOfService(summary, today).map((s) => ({
    value: [defects.length, day(s.from), day(addDays(s.to, 1)), 'out of service'],
  }));
  const events = [
    ...summary.manufacturerNotices.map((n) => ({
      value: [day(n.sentOn), lanes.length - 2],
      name: `Written notice sent ${n.sentOn}`,
      symbol: 'rect',
    })),
    ...summary.disputeClaims.map((c) => ({
      value: [day(c.filedOn), lanes.length - 2],
      name: `Dispute claim filed ${c.filedOn}`,
      symbol: 'diamond',
    })),
    ...(summary.finalRepairOpportunities ?? []).flatMap((f) =>
      f.offeredOn
        ? [{ value: [day(f.offeredOn), lanes.length - 2], name: `Final repair opportunity ${f.offeredOn}`, symbol: 'triangle' }]
        : [],
    ),
  ];
  const flags = deadlines.map((d) => ({
    value: [day(d.dueOn), lanes.length - 1],
    name: `${d.title} — due ${d.dueOn} (${d.status})`,
    itemStyle: { color: STATUS_COLOUR[d.status] ?? '#495057' },
  }));
  const period = presumption?.period;
  const wEnd = warrantyEnd(summary);
  const lines: object[] = [{ xAxis: day(today), name: 'today', lineStyle: { color: '#212529', width: 1 }, label: { formatter: 'today' } }];
  if (period?.dateLimit)
    lines.push({
      xAxis: day(period.dateLimit),
      name: 'period ends (date)',
      lineStyle: { color: '#2b8a3e', type: 'solid', width: 2 },
      label: { formatter: `period ends ${period.dateLimit}` },
    });
  if (period?.mileageLimitReachedOn)
    lines.push({
      xAxis: day(period.mileageLimitReachedOn),
      name: 'period ends by mileage (est.)',
      lineStyle: { color: '#2b8a3e', type: 'dashed', width: 2 },
      label: { formatter: `est. ${period.milesLimit?.toLocaleString('en-US') ?? ''} mi ${period.mileageLimitReachedOn}` },
    });
  if (wEnd)
    lines.push({
      xAxis: day(wEnd),
      name: 'warranty ends',
      lineStyle: { color: '#5f3dc4', type: 'dotted' },
      label: { formatter: `warranty ends ${wEnd}` },
    });
  const delivery = day(summary.acquisition.deliveryDate);
  const viewEnd =
    Math.max(day(today), period?.dateLimit ? day(period.dateLimit) : 0, ...repairs.map((r) => r.value[2] as number)) + 45 * 86_400_000;
  const allEnd = Math.max(viewEnd, ...deadlines.map((d) => day(d.dueOn)), wEnd ? day(wEnd) : 0) + 30 * 86_400_000;
  const rect = (
    params: { coordSys: { x: number; y: number; width: number; height: number } },
    api: { value: (i: number) => number; coord: (v: number[]) => number[]; size: (v: number[]) => number[]; style: () => object },
  ) => {
    const lane = api.value(0);
    const start = api.coord([api.value(1), lane]);
    const end = api.coord([api.value(2), lane]);
    const height = api.size([0, 1])[1] * 0.55;
    const x = Math.max(start[0], params.coordSys.x);
    const right = Math.min(end[0], params.coordSys.x + params.coordSys.width);
    if (right <= x) return undefined;
    return { type: 'rect', shape: { x, y: start[1] - height / 2, width: Math.max(right - x, 3), height }, style: api.style() };
  };
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 24, top: 28, bottom: 56, containLabel: true },
    xAxis: { type: 'time', min: delivery - 10 * 86_400_000, max: allEnd, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: lanes, inverse: true, axisLabel: { width: 170, overflow: 'truncate' } },
    dataZoom: [
      { type: 'slider', xAxisIndex: 0, startValue: delivery - 10 * 86_400_000, endValue: viewEnd, height: 18, bottom: 8 },
      { type: 'inside', xAxisIndex: 0 },
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
            `${String(p.value[3])}: ${new Date(p.value[1] as number).toISOString().slice(0, 10)} → ${new Date((p.value[2] as number) - 86_400_000).toISOString().slice(0, 10)}`,
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
              label: { position: 'insideTopLeft', color: '#2b8a3e' },
            }
          : undefined,
        markLine: { symbol: 'none', silent: true, data: lines, label: { position: 'insideEndTop', fontSize: 11 } },
      },
      { name: 'Out of service', type: 'custom', renderItem: rect, encode: { x: [1, 2], y: 0 }, data: oos, itemStyle: { color: '#adb5bd' } },
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
        symbolSize: 22,
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
