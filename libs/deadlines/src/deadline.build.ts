import type { LegalDate } from '@lemon/domain';
import {
  addDays,
  DAY_TYPE_WORDS,
  daysBetween,
  federalHolidayOn,
  isoDayOfWeek,
  type Confidence,
  type DayType,
  type Sourced,
} from '@lemon/state-rules';
import { unique } from './case.timeline';
import { ACTOR_OF_KIND, type Deadline, type DeadlineActor, type DeadlineKind, type DeadlineStatus } from './deadline.types';

/** What the case contributes to every deadline. */
export interface DeadlineScope {
  caseId: string;
  rulePackVersion: string;
  asOf: LegalDate;
  /** The jurisdiction's rule moving a last day off a weekend or holiday (GA), if it has one. */
  lastDayRollover?: Sourced<string>;
}

/** A fact that satisfies the deadline when it happened on or before the due date. */
export interface Satisfier {
  eventId: string;
  on: LegalDate;
  /** "decision issued": used in the reason when it came late. */
  what: string;
}

export interface DeadlineParts {
  kind: DeadlineKind;
  /** The claim / notice / program id the clock hangs on ('case' for case-wide clocks). */
  anchor: string;
  title: string;
  dueOn: LegalDate | null;
  dueIsEstimate?: boolean;
  dayType?: DayType;
  rule: { text: string; citation: string; confidence: Confidence; interpretations?: readonly string[] };
  computation: string;
  basedOn: readonly string[];
  lowConfidenceReasons?: readonly string[];
  satisfier?: Satisfier;
  /** Set when the clock does not run: the entry is NOT_APPLICABLE with this reason. */
  notApplicable?: string;
  /** Defaults to the kind's actor (ACTOR_OF_KIND). */
  actor?: DeadlineActor;
  /**
   * A statutory duty of the jurisdiction's own law: its last day moves off a weekend or holiday
   * where the jurisdiction says so (scope.lastDayRollover). Program rules (BBB AUTO LINE) do not.
   */
  statutoryDuty?: boolean;
}

const WEEKDAY = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The next day that is not a Saturday, Sunday or (federal) holiday, from `date` itself. */
function nextBusinessDay(date: LegalDate): LegalDate {
  let d = date;
  while (isoDayOfWeek(d) >= 6 || federalHolidayOn(d)) d = addDays(d, 1);
  return d;
}

/** Moves a last day that falls on a weekend or holiday to the next business day, saying why. */
function rollOver(parts: DeadlineParts, scope: DeadlineScope): DeadlineParts {
  const rule = scope.lastDayRollover;
  if (!rule || !parts.statutoryDuty || parts.dueOn === null || parts.notApplicable !== undefined) return parts;
  const rolled = nextBusinessDay(parts.dueOn);
  if (rolled === parts.dueOn) return parts;
  const holiday = federalHolidayOn(parts.dueOn);
  const why = holiday ? `a legal holiday (${holiday.name})` : `a ${WEEKDAY[isoDayOfWeek(parts.dueOn)]}`;
  return {
    ...parts,
    dueOn: rolled,
    computation: `${parts.computation}; ${parts.dueOn} is ${why}, so the duty may be discharged through ${rolled} (${rule.citation})`,
    lowConfidenceReasons: [
      ...(parts.lowConfidenceReasons ?? []),
      ...(rule.confidence !== 'H' ? [`Weekend/holiday rule confidence ${rule.confidence} (${rule.citation}).`] : []),
      ...(rule.interpretations ?? []).map((i) => `Interpretation: ${i}`),
    ],
  };
}

/** Deterministic: the same case, kind and anchor always give the same id, so recomputations upsert. */
export function deadlineId(caseId: string, kind: DeadlineKind, anchor: string): string {
  return `${caseId}:${kind}:${anchor}`;
}

export function dayWord(n: number, dayType: DayType): string {
  const unit = dayType === 'calendar' ? 'day' : `${DAY_TYPE_WORDS[dayType]} day`;
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function statusOf(parts: DeadlineParts, asOf: LegalDate): { status: DeadlineStatus; statusReason?: string; satisfied: boolean } {
  if (parts.notApplicable !== undefined) return { status: 'NOT_APPLICABLE', statusReason: parts.notApplicable, satisfied: false };
  const due = parts.dueOn;
  if (due === null) return { status: 'NOT_APPLICABLE', statusReason: 'No due date could be computed.', satisfied: false };
  // A fact dated after asOf has not happened yet as of asOf.
  const s = parts.satisfier && parts.satisfier.on <= asOf ? parts.satisfier : undefined;
  if (s && s.on <= due) return { status: 'MET', satisfied: true };
  if (asOf <= due) return { status: 'OPEN', satisfied: false };
  const late = s
    ? `${s.what} on ${s.on}, ${daysBetween(due, s.on)} day(s) after the due date.`
    : `Nothing recorded satisfying it by ${due}.`;
  // A program's late decision is the program's default, not something the case missed.
  if ((parts.actor ?? ACTOR_OF_KIND[parts.kind]) === 'program')
    return { status: 'OVERDUE', statusReason: `The program's decision was due by ${due}. ${late}`, satisfied: false };
  return { status: 'MISSED', statusReason: late, satisfied: false };
}

export function buildDeadline(scope: DeadlineScope, given: DeadlineParts): Deadline {
  const parts = rollOver(given, scope);
  const { status, statusReason, satisfied } = statusOf(parts, scope.asOf);
  const reasons = [...(parts.lowConfidenceReasons ?? [])];
  if (parts.rule.confidence !== 'H') reasons.unshift(`Rule confidence ${parts.rule.confidence} (see the citation).`);
  for (const i of parts.rule.interpretations ?? []) reasons.push(`Interpretation: ${i}`);
  const dueIsEstimate = parts.dueIsEstimate ?? false;
  return {
    deadlineId: deadlineId(scope.caseId, parts.kind, parts.anchor),
    caseId: scope.caseId,
    kind: parts.kind,
    title: parts.title,
    actor: parts.actor ?? ACTOR_OF_KIND[parts.kind],
    dueOn: parts.dueOn,
    dueIsEstimate,
    dayType: parts.dayType ?? 'calendar',
    status,
    ...(statusReason !== undefined ? { statusReason } : {}),
    ...(satisfied && parts.satisfier ? { satisfiedBy: { eventId: parts.satisfier.eventId, on: parts.satisfier.on } } : {}),
    rule: {
      text: parts.rule.text,
      citation: parts.rule.citation,
      confidence: parts.rule.confidence,
      rulePackVersion: scope.rulePackVersion,
    },
    computation: parts.computation,
    basedOn: unique([...parts.basedOn, ...(satisfied && parts.satisfier ? [parts.satisfier.eventId] : [])]),
    lowConfidence: dueIsEstimate || reasons.length > 0,
    lowConfidenceReasons: unique(reasons),
  };
}

/**
 * After the case is resolved nothing still open needs doing: OPEN entries become
 * NOT_APPLICABLE. MET and MISSED stay, they are history.
 */
export function closeByResolution(d: Deadline, resolution: { resolvedOn: LegalDate; resolution: string; eventId: string }): Deadline {
  if (d.status !== 'OPEN' && d.status !== 'UPCOMING') return d;
  return {
    ...d,
    status: 'NOT_APPLICABLE',
    statusReason: `Case resolved on ${resolution.resolvedOn} (${resolution.resolution}).`,
    basedOn: unique([...d.basedOn, resolution.eventId]),
  };
}
