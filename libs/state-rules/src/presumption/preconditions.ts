import type { LegalDate } from '@lemon/domain';
import { addDays, maxLegalDate } from '../calendar/legal-date';
import { addDaysOfType } from '../calendar/day-type';
import type { ProngKind, RulePackVersion } from '../state-rule-pack';
import type { CaseFacts, FinalRepairFacts, NoticeFacts } from './case-facts';
import type { MissingPrecondition, ProcedureStep } from './presumption.types';

/**
 * Notice and final-repair-opportunity elements. A step "conditions" a prong when the pack lists
 * the prong in `conditionsProngs` (the statute makes it part of the presumption); otherwise it is
 * a procedural step before the remedy, reported in `procedure` but not blocking the prong.
 */

const covers = (ids: readonly string[], nonconformityId?: string): boolean =>
  nonconformityId === undefined || ids.length === 0 || ids.includes(nonconformityId);

const METHOD_WORDS: Record<string, string> = {
  certified_mail: 'certified mail',
  registered_mail: 'registered mail',
  express_mail: 'express mail',
  mail: 'ordinary mail',
  email: 'email',
  fax: 'fax',
  online_form: 'an online form',
  hand_delivery: 'hand delivery',
  other: 'another method',
};
export const methodWords = (method: string): string => METHOD_WORDS[method] ?? method;

/** A nonconformity's name for people (its description), falling back to the id. */
export function defectName(facts: CaseFacts, nonconformityId: string): string {
  const description = facts.nonconformities.get(nonconformityId)?.description?.trim();
  return description ? `"${description}"` : nonconformityId;
}

/** Whether written notice is an element here: `if_disclosed` depends on the manufacturer's disclosure. */
export function noticeRequired(version: RulePackVersion, facts: CaseFacts): boolean {
  const rule = version.notice.value;
  if (rule.required === 'yes') return true;
  if (rule.required === 'if_disclosed') return facts.opened?.noticeRequirementDisclosed ?? true;
  return false;
}

/** Notices about the nonconformity (all of them, whatever their method). */
export function noticesFor(facts: CaseFacts, nonconformityId?: string): NoticeFacts[] {
  return facts.notices.filter((n) => covers(n.nonconformityIds, nonconformityId));
}

/** Notices sent by a method the statute accepts (every method where it names none), oldest first. */
export function validNoticesFor(version: RulePackVersion, facts: CaseFacts, nonconformityId?: string): NoticeFacts[] {
  const accepted = version.notice.value.acceptedMethods;
  return noticesFor(facts, nonconformityId)
    .filter((n) => !accepted || accepted.includes(n.method))
    .sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : 0));
}

/** The day the manufacturer received the notice: `receivedOn`, else the day it was sent. */
export const receiptOf = (n: NoticeFacts): LegalDate => n.receivedOn ?? n.sentOn;

/** The first date notice was sent (for "days count only after notification"). */
export function firstNoticeDate(facts: CaseFacts): LegalDate | undefined {
  return facts.notices.map((n) => n.sentOn).sort()[0];
}

/** Why notices on file do not satisfy a method requirement (FL: certified mail is not registered or express mail). */
function rejectedMethodText(version: RulePackVersion, facts: CaseFacts, nonconformityId?: string): string | null {
  const accepted = version.notice.value.acceptedMethods;
  if (!accepted) return null;
  const rejected = noticesFor(facts, nonconformityId).filter((n) => !accepted.includes(n.method));
  if (rejected.length === 0) return null;
  const sent = rejected.map((n) => `sent ${n.sentOn} by ${methodWords(n.method)}`).join('; ');
  return `Written notice on file (${sent}) does not satisfy ${version.notice.citation}: the statute requires ${accepted.map(methodWords).join(' or ')}.`;
}

interface ElementResult {
  ok: boolean;
  why: string;
  /** The day the element was first satisfied (for `metOn`). */
  on?: LegalDate;
}

/** The day the final-attempt element is satisfied by the manufacturer's window running out, if the pack says it can be. */
function windowRanOut(version: RulePackVersion, notice: NoticeFacts): { last: LegalDate; days: number; what: string } | null {
  const rule = version.finalRepairOpportunity.value;
  if (!rule.missedWindowSatisfies) return null;
  if (rule.designateFacilityWithinDays !== null)
    return {
      last: addDaysOfType(receiptOf(notice), rule.designateFacilityWithinDays, rule.dayType),
      days: rule.designateFacilityWithinDays,
      what: 'to name a repair facility',
    };
  if (rule.repairWindowFrom === 'notice_received' && rule.repairWithinDays !== null)
    return {
      last: addDaysOfType(receiptOf(notice), rule.repairWithinDays, rule.dayType),
      days: rule.repairWithinDays,
      what: 'to correct the nonconformity',
    };
  return null;
}

/**
 * IA: the day after the repair window of an offer not completed in time ran out (`ranOut`), or
 * the open window (`pending`). Counted from the offer, as delivery to the facility is not recorded.
 */
function unfinishedRepairWindow(
  version: RulePackVersion,
  offers: readonly FinalRepairFacts[],
  asOf: LegalDate,
): { ranOut?: LegalDate; pending?: string } | null {
  const rule = version.finalRepairOpportunity.value;
  if (!rule.unfinishedRepairSatisfies || rule.repairWithinDays === null) return null;
  let pending: string | undefined;
  for (const o of [...offers].sort((a, b) => (a.offeredOn < b.offeredOn ? -1 : 1))) {
    const last = addDaysOfType(o.offeredOn, rule.repairWithinDays, rule.dayType);
    if (o.completed && o.completed.completedOn <= last) continue;
    if (last < asOf) return { ranOut: addDays(last, 1) };
    pending = `the manufacturer has until ${last} (${rule.repairWithinDays} days after the final repair opportunity offered ${o.offeredOn}) to complete the repair`;
  }
  return pending ? { pending } : null;
}

function finalRepairSatisfied(version: RulePackVersion, facts: CaseFacts, asOf: LegalDate, nonconformityId?: string): ElementResult {
  const rule = version.finalRepairOpportunity.value;
  const offers: FinalRepairFacts[] = facts.finalRepairs.filter((o) => covers(o.nonconformityIds, nonconformityId));
  if (rule.satisfiedBy === 'offered') {
    const first = offers.map((o) => o.offeredOn).sort()[0];
    return first
      ? { ok: true, why: '', on: first }
      : { ok: false, why: 'the manufacturer has not yet had its opportunity to cure (no final repair opportunity recorded)' };
  }
  const failed = offers
    .filter((o) => o.completed && o.completed.outcome !== 'fixed')
    .map((o) => o.completed!.completedOn)
    .sort()[0];
  if (failed) return { ok: true, why: '', on: failed };
  const unfinished = unfinishedRepairWindow(version, offers, asOf);
  if (unfinished?.ranOut) return { ok: true, why: '', on: unfinished.ranOut };
  if (offers.some((o) => o.completed?.outcome === 'fixed')) return { ok: false, why: 'the final repair attempt fixed the nonconformity' };
  if (unfinished?.pending) return { ok: false, why: unfinished.pending };
  const notices = validNoticesFor(version, facts, nonconformityId);
  let pending: string | undefined;
  for (const n of notices) {
    const window = windowRanOut(version, n);
    if (!window) continue;
    // FL/AR: a facility named in time keeps the element open until the attempt is made.
    const answeredInTime = rule.designateFacilityWithinDays !== null && offers.some((o) => o.offeredOn <= window.last);
    if (answeredInTime) continue;
    if (window.last < asOf) return { ok: true, why: '', on: addDays(window.last, 1) };
    pending = `the manufacturer has until ${window.last} (${window.days} days after receipt of the notice ${receiptOf(n)}) ${window.what}`;
  }
  if (pending) return { ok: false, why: pending };
  return offers.length
    ? { ok: false, why: 'the final repair opportunity was offered but has not been completed' }
    : { ok: false, why: 'the manufacturer has not yet made its final repair attempt' };
}

export interface PreconditionResult {
  missing: MissingPrecondition[];
  /** The latest day on which one of the elements was satisfied (null when none applies). */
  satisfiedOn: LegalDate | null;
}

/** Blocking preconditions for one prong (and, for per-defect prongs, one nonconformity), with the day they were all satisfied. */
export function preconditionsFor(
  version: RulePackVersion,
  facts: CaseFacts,
  asOf: LegalDate,
  kind: ProngKind,
  nonconformityId?: string,
): PreconditionResult {
  const missing: MissingPrecondition[] = [];
  let satisfiedOn: LegalDate | null = null;
  const later = (d: LegalDate | undefined) => {
    if (d) satisfiedOn = satisfiedOn ? maxLegalDate(satisfiedOn, d) : d;
  };
  const notice = version.notice;
  if (notice.value.conditionsProngs.includes(kind) && noticeRequired(version, facts)) {
    const valid = validNoticesFor(version, facts, nonconformityId);
    if (valid.length === 0) {
      const rejected = rejectedMethodText(version, facts, nonconformityId);
      missing.push({
        kind: 'manufacturer_notice',
        text:
          rejected ??
          `Written notice to the manufacturer (${notice.value.method}) has not been recorded${nonconformityId ? ` for ${defectName(facts, nonconformityId)}` : ''}.`,
        citation: notice.citation,
      });
    } else later(valid[0]!.sentOn);
  }
  const fro = version.finalRepairOpportunity;
  if (fro.value.conditionsProngs.includes(kind)) {
    const result = finalRepairSatisfied(version, facts, asOf, nonconformityId);
    if (!result.ok)
      missing.push({ kind: 'final_repair_opportunity', text: `Final repair opportunity: ${result.why}.`, citation: fro.citation });
    else later(result.on);
  }
  return { missing, satisfiedOn };
}

/** Blocking preconditions for one prong (and, for per-defect prongs, one nonconformity). */
export function missingPreconditions(
  version: RulePackVersion,
  facts: CaseFacts,
  asOf: LegalDate,
  kind: ProngKind,
  nonconformityId?: string,
): MissingPrecondition[] {
  return preconditionsFor(version, facts, asOf, kind, nonconformityId).missing;
}

/** The pre-remedy steps of the pack and whether the case shows them done. */
export function procedureSteps(version: RulePackVersion, facts: CaseFacts, asOf: LegalDate): ProcedureStep[] {
  const steps: ProcedureStep[] = [];
  const notice = version.notice;
  if (notice.value.required !== 'no') {
    const applies =
      notice.value.required === 'unknown' ? 'unknown' : noticeRequired(version, facts) ? 'yes' : 'no (requirement not disclosed)';
    const rejected = rejectedMethodText(version, facts);
    const valid = validNoticesFor(version, facts).length > 0;
    steps.push({
      kind: 'manufacturer_notice',
      required: applies,
      satisfied: valid,
      conditionsPresumption: notice.value.conditionsProngs.length > 0 && applies === 'yes',
      text: rejected && !valid ? `${notice.value.text} ${rejected}` : notice.value.text,
      citation: notice.citation,
      confidence: notice.confidence,
    });
  }
  const fro = version.finalRepairOpportunity;
  if (fro.value.required !== 'no') {
    steps.push({
      kind: 'final_repair_opportunity',
      required: fro.value.required,
      satisfied: fro.value.conditionsProngs.length ? finalRepairSatisfied(version, facts, asOf).ok : facts.finalRepairs.length > 0,
      conditionsPresumption: fro.value.conditionsProngs.length > 0,
      text: fro.value.text,
      citation: fro.citation,
      confidence: fro.confidence,
    });
  }
  const dispute = version.disputeProgram;
  if (dispute.value.requirement !== 'optional') {
    steps.push({
      kind: 'dispute_program',
      required: dispute.value.requirement,
      satisfied: facts.disputeClaimsFiled.length > 0,
      conditionsPresumption: false,
      text: dispute.value.text,
      citation: dispute.citation,
      confidence: dispute.confidence,
    });
  }
  return steps;
}
