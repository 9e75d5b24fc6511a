import type { LegalDate } from '@lemon/domain';
import { daysBetween, type Confidence, type DayType } from '@lemon/state-rules';
import { unique } from './case.timeline';
import type { Deadline, DeadlineKind, DeadlineStatus } from './deadline.types';

/** What the case contributes to every deadline. */
export interface DeadlineScope {
  caseId: string;
  rulePackVersion: string;
  asOf: LegalDate;
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
}

/** Deterministic: the same case, kind and anchor always give the same id, so recomputations upsert. */
export function deadlineId(caseId: string, kind: DeadlineKind, anchor: string): string {
  return `${caseId}:${kind}:${anchor}`;
}

export function dayWord(n: number, dayType: DayType): string {
  const unit = dayType === 'calendar' ? 'day' : `${dayType} day`;
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
  return { status: 'MISSED', statusReason: late, satisfied: false };
}

export function buildDeadline(scope: DeadlineScope, parts: DeadlineParts): Deadline {
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
  if (d.status !== 'OPEN') return d;
  return {
    ...d,
    status: 'NOT_APPLICABLE',
    statusReason: `Case resolved on ${resolution.resolvedOn} (${resolution.resolution}).`,
    basedOn: unique([...d.basedOn, resolution.eventId]),
  };
}
