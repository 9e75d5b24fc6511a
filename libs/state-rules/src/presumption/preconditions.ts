import type { LegalDate } from '@lemon/domain';
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

/** Whether written notice is an element here: `if_disclosed` depends on the manufacturer's disclosure. */
export function noticeRequired(version: RulePackVersion, facts: CaseFacts): boolean {
  const rule = version.notice.value;
  if (rule.required === 'yes') return true;
  if (rule.required === 'if_disclosed') return facts.opened?.noticeRequirementDisclosed ?? true;
  return false;
}

export function noticesFor(facts: CaseFacts, nonconformityId?: string): NoticeFacts[] {
  return facts.notices.filter((n) => covers(n.nonconformityIds, nonconformityId));
}

/** The first date notice was sent (for "days count only after notification"). */
export function firstNoticeDate(facts: CaseFacts): LegalDate | undefined {
  return facts.notices.map((n) => n.sentOn).sort()[0];
}

function finalRepairSatisfied(
  version: RulePackVersion,
  facts: CaseFacts,
  asOf: LegalDate,
  nonconformityId?: string,
): { ok: boolean; why: string } {
  const rule = version.finalRepairOpportunity.value;
  const offers: FinalRepairFacts[] = facts.finalRepairs.filter((o) => covers(o.nonconformityIds, nonconformityId));
  if (rule.satisfiedBy === 'offered') {
    return offers.length
      ? { ok: true, why: '' }
      : { ok: false, why: 'the manufacturer has not yet had its opportunity to cure (no final repair opportunity recorded)' };
  }
  if (offers.some((o) => o.completed && o.completed.outcome !== 'fixed')) return { ok: true, why: '' };
  if (offers.some((o) => o.completed?.outcome === 'fixed')) return { ok: false, why: 'the final repair attempt fixed the nonconformity' };
  if (rule.missedWindowSatisfies && rule.designateFacilityWithinDays !== null) {
    // The manufacturer's default satisfies the element once its window after receipt has passed with no offer.
    for (const n of noticesFor(facts, nonconformityId)) {
      const received = n.receivedOn ?? n.sentOn;
      const deadline = addDaysOfType(received, rule.designateFacilityWithinDays, rule.dayType);
      const offeredInTime = offers.some((o) => o.offeredOn <= deadline);
      if (deadline < asOf && !offeredInTime) return { ok: true, why: '' };
    }
  }
  return offers.length
    ? { ok: false, why: 'the final repair opportunity was offered but has not been completed' }
    : { ok: false, why: 'the manufacturer has not yet made its final repair attempt' };
}

/** Blocking preconditions for one prong (and, for per-defect prongs, one nonconformity). */
export function missingPreconditions(
  version: RulePackVersion,
  facts: CaseFacts,
  asOf: LegalDate,
  kind: ProngKind,
  nonconformityId?: string,
): MissingPrecondition[] {
  const missing: MissingPrecondition[] = [];
  const notice = version.notice;
  if (notice.value.conditionsProngs.includes(kind) && noticeRequired(version, facts) && noticesFor(facts, nonconformityId).length === 0) {
    missing.push({
      kind: 'manufacturer_notice',
      text: `Written notice to the manufacturer (${notice.value.method}) has not been recorded${nonconformityId ? ` for ${nonconformityId}` : ''}.`,
      citation: notice.citation,
    });
  }
  const fro = version.finalRepairOpportunity;
  if (fro.value.conditionsProngs.includes(kind)) {
    const result = finalRepairSatisfied(version, facts, asOf, nonconformityId);
    if (!result.ok)
      missing.push({ kind: 'final_repair_opportunity', text: `Final repair opportunity: ${result.why}.`, citation: fro.citation });
  }
  return missing;
}

/** The pre-remedy steps of the pack and whether the case shows them done. */
export function procedureSteps(version: RulePackVersion, facts: CaseFacts, asOf: LegalDate): ProcedureStep[] {
  const steps: ProcedureStep[] = [];
  const notice = version.notice;
  if (notice.value.required !== 'no') {
    const applies =
      notice.value.required === 'unknown' ? 'unknown' : noticeRequired(version, facts) ? 'yes' : 'no (requirement not disclosed)';
    steps.push({
      kind: 'manufacturer_notice',
      required: applies,
      satisfied: facts.notices.length > 0,
      conditionsPresumption: notice.value.conditionsProngs.length > 0 && applies === 'yes',
      text: notice.value.text,
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
