import type { LegalDate } from '@lemon/domain';
import { countDaysInIntervals, type DateInterval } from '../calendar/day-intervals';
import { addDays, addMonthsClamped, maxLegalDate, minLegalDate } from '../calendar/legal-date';
import type { DaysOutOfServiceRule } from '../state-rule-pack';
import { nonconformityIds } from './attempt-prongs';
import { dayInWindow, lastCountableDay, placeInWindow } from './evaluation-windows';
import { defectName, firstNoticeDate, preconditionsFor, receiptOf, validNoticesFor } from './preconditions';
import type { ExcludedItem, MissingPrecondition, Prong, QualifyingItem } from './presumption.types';
import {
  closedDistance,
  closingDay,
  daysDistance,
  latestOf,
  intervalItem,
  placementDetail,
  repairItem,
  unusableInterval,
  unusableRepair,
  type ProngContext,
} from './prong-context';

interface Source {
  range: DateInterval;
  item: (countedDays: number) => QualifyingItem;
}

/** The largest number of `days` inside any window of `months` months (NC: "during any 12-month period"). */
function bestRollingWindow(days: readonly LegalDate[], months: number): { from: LegalDate; to: LegalDate; days: LegalDate[] } | null {
  let best: { from: LegalDate; to: LegalDate; days: LegalDate[] } | null = null;
  let j = 0;
  for (let i = 0; i < days.length; i++) {
    const from = days[i]!;
    const to = addDays(addMonthsClamped(from, months), -1);
    j = Math.max(j, i);
    while (j < days.length && days[j]! <= to) j++;
    if (!best || j - i > best.days.length) best = { from, to, days: days.slice(i, j) };
  }
  return best;
}

/** The first day on which `required` days fall within some `months`-month window (NC), or null. */
function firstDayRollingReached(days: readonly LegalDate[], months: number, required: number): LegalDate | null {
  let i = 0;
  for (let j = 0; j < days.length; j++) {
    while (addDays(addMonthsClamped(days[i]!, months), -1) < days[j]!) i++;
    if (j - i + 1 >= required) return days[j]!;
  }
  return null;
}

/**
 * FL (681.104(3)(b)): the manufacturer must have had at least one opportunity to inspect or repair
 * after receiving the notice: a repair attempt taken in, or a final repair opportunity offered, on
 * or after receipt. Returns that day, or the missing element.
 */
function opportunityAfterNotice(ctx: ProngContext, citation: string): { on: LegalDate } | { missing: MissingPrecondition } {
  const notices = validNoticesFor(ctx.version, ctx.facts);
  const receipt = notices.map(receiptOf).sort()[0];
  if (!receipt)
    return {
      missing: {
        kind: 'opportunity_after_notice',
        text: 'The manufacturer must have had at least one opportunity to inspect or repair the vehicle after receiving the written notice; no qualifying notice is recorded yet.',
        citation,
      },
    };
  const chances = [
    ...ctx.facts.repairs.filter((r) => !unusableRepair(r, ctx.asOf) && r.fields.dateIn >= receipt).map((r) => r.fields.dateIn),
    ...ctx.facts.finalRepairs.filter((o) => o.offeredOn >= receipt).map((o) => o.offeredOn),
  ].sort();
  return chances[0]
    ? { on: chances[0] }
    : {
        missing: {
          kind: 'opportunity_after_notice',
          text: `The manufacturer has not yet had an opportunity to inspect or repair the vehicle after receiving the notice (${receipt}).`,
          citation,
        },
      };
}

/**
 * Days out of service: the union of each live repair's [date in, date out] (open repairs run to
 * asOf) and each out-of-service interval, minus excluded days, counted in the pack's day type,
 * only days inside the counting window. A repair's days count when the repair itself is inside
 * the window (date in and mileage in); an interval's when its days are.
 */
function daysProng(ctx: ProngContext, nonconformityId?: string): Prong {
  const s = ctx.version.daysOutOfService;
  const rule: DaysOutOfServiceRule = s.value;
  const window = ctx.counting;
  const sources: Source[] = [];
  const excluded: ExcludedItem[] = [];
  const excludedDayOwners = new Map<LegalDate, { eventId: string; id: string }>();

  for (const r of ctx.facts.repairs) {
    const unusable = unusableRepair(r, ctx.asOf);
    if (nonconformityId !== undefined && !r.fields.nonconformityIds.includes(nonconformityId)) {
      if (!unusable)
        excluded.push({
          eventId: r.eventId,
          id: r.repairAttemptId,
          reason: 'different_nonconformity',
          detail: `Addresses ${r.fields.nonconformityIds.map((id) => defectName(ctx.facts, id)).join(', ')}, not ${defectName(ctx.facts, nonconformityId)}.`,
        });
      continue;
    }
    if (unusable) {
      excluded.push(unusable);
      continue;
    }
    const placement = placeInWindow(window, r.fields.dateIn, r.fields.mileageIn);
    if (placement !== 'inside') {
      excluded.push({ eventId: r.eventId, id: r.repairAttemptId, reason: placement, detail: placementDetail(placement, window, r) });
      continue;
    }
    const to = r.fields.dateOut ? minLegalDate(r.fields.dateOut, ctx.asOf) : ctx.asOf;
    sources.push({ range: { from: r.fields.dateIn, to }, item: (n) => repairItem(r, n) });
  }

  for (const i of ctx.facts.intervals) {
    const unusable = unusableInterval(i, ctx.asOf);
    if (unusable) {
      excluded.push(unusable);
      continue;
    }
    if (nonconformityId !== undefined) {
      excluded.push({
        eventId: i.eventId,
        id: i.intervalId,
        reason: 'not_tied_to_nonconformity',
        detail: 'Only days out of service for this nonconformity count; the interval is not tied to one.',
      });
      continue;
    }
    if (!dayInWindow(window, i.fields.from) && i.fields.from >= window.start) {
      excluded.push({
        eventId: i.eventId,
        id: i.intervalId,
        reason: 'outside_period_by_date',
        detail: `Starts ${i.fields.from}, after the period ends ${window.countUntil}.`,
      });
      continue;
    }
    for (const d of i.fields.excludedDays ?? [])
      if (!excludedDayOwners.has(d)) excludedDayOwners.set(d, { eventId: i.eventId, id: i.intervalId });
    sources.push({ range: { from: i.fields.from, to: minLegalDate(i.fields.to, ctx.asOf) }, item: (n) => intervalItem(i, n) });
  }

  const noticeDate = rule.countOnlyAfterNotice ? firstNoticeDate(ctx.facts) : undefined;
  const clipFrom = rule.countOnlyAfterNotice ? (noticeDate ? maxLegalDate(noticeDate, window.start) : addDays(ctx.asOf, 1)) : window.start;
  const counted = countDaysInIntervals(
    sources.map((x) => x.range),
    { dayType: rule.dayType, excludedDays: excludedDayOwners.keys(), clipFrom, clipTo: lastCountableDay(window, ctx.asOf) },
  );
  let days = counted.days;
  let rollingNote: string | undefined;
  if (rule.rollingWindowMonths) {
    const best = bestRollingWindow(days, rule.rollingWindowMonths);
    if (best && best.days.length < days.length)
      rollingNote = `${days.length - best.days.length} counted day(s) fall outside the best ${rule.rollingWindowMonths}-month window ${best.from}..${best.to}.`;
    days = best?.days ?? [];
  }
  for (const d of counted.excluded) {
    const owner = excludedDayOwners.get(d)!;
    excluded.push({
      eventId: owner.eventId,
      id: owner.id,
      reason: 'excluded_day',
      detail: `${d} is excluded (beyond the manufacturer's control).`,
    });
  }

  const qualifying: QualifyingItem[] = [];
  for (const src of sources) {
    const n = days.filter((d) => d >= src.range.from && d <= src.range.to).length;
    const item = src.item(n);
    if (rollingNote && n === 0 && counted.days.some((d) => d >= src.range.from && d <= src.range.to)) {
      excluded.push({
        eventId: item.eventId,
        id: item.repairAttemptId ?? item.intervalId ?? '',
        reason: 'outside_rolling_window',
        detail: rollingNote,
      });
    } else qualifying.push(item);
  }

  const count = days.length;
  const required = rule.comparison === 'more_than' ? rule.days + 1 : rule.days;
  const thresholdReached = count >= required;
  const thresholdReachedOn = !thresholdReached
    ? null
    : rule.rollingWindowMonths
      ? firstDayRollingReached(counted.days, rule.rollingWindowMonths, required)
      : days[required - 1]!;
  const missing: MissingPrecondition[] = [];
  let anchorForeclosed = false;
  let anchorOn: LegalDate | null = null;
  let anchorClosedOn: LegalDate | null = null;
  if (rule.anchor?.minDays) {
    const anchorWindow = ctx.anchorWindow(rule.anchor);
    const inAnchor = days.filter((d) => dayInWindow(anchorWindow, d));
    if (inAnchor.length < rule.anchor.minDays) {
      missing.push({ kind: 'anchor', text: `${rule.anchor.text} (${inAnchor.length} so far)`, citation: s.citation });
      anchorForeclosed = anchorWindow.closedAsOf;
      anchorClosedOn = closingDay(anchorWindow);
    } else anchorOn = inAnchor[rule.anchor.minDays - 1]!;
  }
  const pre = preconditionsFor(ctx.version, ctx.facts, ctx.asOf, 'days_out_of_service', nonconformityId);
  missing.push(...pre.missing);
  let opportunityOn: LegalDate | null = null;
  if (rule.opportunityAfterNotice) {
    const chance = opportunityAfterNotice(ctx, s.citation);
    if ('missing' in chance) missing.push(chance.missing);
    else opportunityOn = chance.on;
  }
  const met = thresholdReached && missing.length === 0;
  const windowForeclosed = window.closedAsOf && !thresholdReached;
  const canStillBeMet = !windowForeclosed && !anchorForeclosed;
  const cmp = rule.comparison === 'more_than' ? 'more than' : 'at least';
  return {
    kind: 'days_out_of_service',
    label: `Out of service ${cmp} ${rule.days} ${rule.dayType} days${nonconformityId ? ` for ${defectName(ctx.facts, nonconformityId)}` : ''}${rule.rollingWindowMonths ? ` within any ${rule.rollingWindowMonths} months` : ''}`,
    ...(nonconformityId !== undefined ? { nonconformityId } : {}),
    count,
    threshold: rule.days,
    comparison: rule.comparison,
    required,
    unit: 'days',
    dayType: rule.dayType,
    thresholdReached,
    thresholdReachedOn,
    met,
    metOn: met ? latestOf(thresholdReachedOn, anchorOn, pre.satisfiedOn, opportunityOn) : null,
    canStillBeMet,
    qualifying,
    excluded,
    missingPreconditions: missing,
    distance: canStillBeMet
      ? daysDistance(
          required - count,
          rule.dayType,
          missing.map((m) => m.text),
        )
      : closedDistance(Math.max(0, required - count), 'days', windowForeclosed ? closingDay(window) : anchorClosedOn),
    citation: s.citation,
    confidence: s.confidence,
  };
}

export function daysOutOfServiceProngs(ctx: ProngContext): Prong[] {
  if (!ctx.version.daysOutOfService.value.sameDefectOnly) return [daysProng(ctx)];
  return nonconformityIds(ctx).map((id) => daysProng(ctx, id));
}
