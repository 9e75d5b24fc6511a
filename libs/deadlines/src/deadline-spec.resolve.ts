import type { LegalDate } from '@lemon/domain';
import { addDaysOfType, addMonthsClamped, type DayType, type DeadlineSpec } from '@lemon/state-rules';
import { resolveAnchor, type AnchorResult } from './case.anchors';
import { unique } from './case.timeline';
import type { DeadlineContext } from './deadline.context';
import { dayWord } from './deadline.build';

export interface ResolvedDeadline {
  dueOn: LegalDate;
  computation: string;
  basedOn: string[];
  isEstimate: boolean;
  reasons: string[];
  dayType: DayType;
}

interface Offset {
  months?: number;
  days?: number;
  dayType?: DayType;
}

/** Months first (clamped to the month's end), then days of the rule's type: "1 year and 30 days". */
export function applyOffset(date: LegalDate, offset: Offset): { date: LegalDate; text: string } {
  let d = date;
  const parts: string[] = [];
  if (offset.months) {
    d = addMonthsClamped(d, offset.months);
    parts.push(`+ ${offset.months} month${offset.months === 1 ? '' : 's'}`);
  }
  if (offset.days) {
    const type = offset.dayType ?? 'calendar';
    d = addDaysOfType(d, offset.days, type);
    parts.push(`+ ${dayWord(offset.days, type)}`);
  }
  return { date: d, text: parts.join(' ') };
}

/**
 * Evaluates a rule pack's DeadlineSpec against the case. A clock whose start has not happened
 * yet is left out and said so: under `latest` it could only extend the deadline (we show the
 * earlier, safe date); under `earliest` it could shorten it, which is flagged as low confidence.
 */
export function resolveDeadlineSpec(
  ctx: DeadlineContext,
  spec: DeadlineSpec,
  resolve: (ctx: DeadlineContext, term: DeadlineSpec['terms'][number]) => AnchorResult = resolveAnchor,
): ResolvedDeadline | { missing: string[] } {
  const resolved: Array<{ date: LegalDate; text: string; basedOn: string[]; isEstimate: boolean; reasons: string[] }> = [];
  const missing: string[] = [];
  for (const term of spec.terms) {
    const start = resolve(ctx, term);
    if ('missing' in start) {
      missing.push(`${term.anchor.replace(/_/g, ' ')}: ${start.missing}`);
      continue;
    }
    const { date, text } = applyOffset(start.date, term);
    resolved.push({
      date,
      text: text ? `${start.label} ${text} = ${date}` : start.label,
      basedOn: start.basedOn,
      isEstimate: start.isEstimate,
      reasons: start.reasons,
    });
  }
  if (resolved.length === 0) return { missing };
  const pick =
    spec.combine === 'earliest' ? (a: LegalDate, b: LegalDate) => (b < a ? b : a) : (a: LegalDate, b: LegalDate) => (b > a ? b : a);
  const chosen = resolved.map((r) => r.date).reduce(pick);
  let computation =
    resolved.length === 1
      ? resolved[0]!.text
      : `${spec.combine === 'earliest' ? 'earlier' : 'later'} of [${resolved.map((r) => r.text).join('; ')}] = ${chosen}`;
  const reasons = resolved.flatMap((r) => r.reasons);
  if (missing.length) {
    computation +=
      spec.combine === 'latest' ? ` (not yet started, may extend it: ${missing.join('; ')})` : ` (not yet known: ${missing.join('; ')})`;
    if (spec.combine === 'earliest') reasons.push(`Not yet known and could make the deadline earlier: ${missing.join('; ')}.`);
  }
  let dueOn = chosen;
  if (spec.then) {
    const then = applyOffset(chosen, spec.then);
    dueOn = then.date;
    computation = `${computation} ${then.text} = ${dueOn}`;
  }
  const dayType: DayType = spec.then?.dayType ?? spec.terms.find((t) => t.dayType && t.dayType !== 'calendar')?.dayType ?? 'calendar';
  return {
    dueOn,
    computation,
    basedOn: unique(resolved.flatMap((r) => r.basedOn)),
    isEstimate: resolved.some((r) => r.isEstimate),
    reasons,
    dayType,
  };
}
