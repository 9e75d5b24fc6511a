import type { FinalRepairOpportunityState, LegalDate, ManufacturerNoticeState } from '@lemon/domain';
import { addDaysOfType } from '@lemon/state-rules';
import { noticeReceiptAnchor } from './case.anchors';
import { happened } from './case.timeline';
import type { DeadlineContext } from './deadline.context';
import { buildDeadline, dayWord } from './deadline.build';
import type { Deadline } from './deadline.types';

const overlaps = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === 0 || b.length === 0 || a.some((id) => b.includes(id));

/** The defects a notice is about, by name (all reported ones when it names none). */
export function defectsOf(ctx: DeadlineContext, ids: readonly string[]): string {
  const all = [...ctx.t.state.nonconformities.values()];
  const named = ids.length ? ids.map((id) => ctx.t.state.nonconformities.get(id)).filter((n) => n !== undefined) : all;
  const names = named.map((n) => `"${n.description}"`);
  return names.length ? names.join(', ') : 'the reported defects';
}

/** The manufacturer's answer to a notice: the first offer on or after it that concerns the same defects. */
function offerFor(ctx: DeadlineContext, notice: ManufacturerNoticeState): FinalRepairOpportunityState | undefined {
  return [...ctx.t.state.finalRepairOpportunities.values()]
    .filter((o) => o.offeredOn >= notice.sentOn && happened(ctx.t, o.offeredOn) && overlaps(notice.nonconformityIds, o.nonconformityIds))
    .sort((a, b) => (a.offeredOn < b.offeredOn ? -1 : a.offeredOn > b.offeredOn ? 1 : 0))[0];
}

/**
 * The manufacturer's final-repair-opportunity windows after each written notice: name a
 * facility within N days of receipt, then complete the repair within M days (FL 10 + 10,
 * GA 7 + 14, NJ 10 from receipt, MI 5 business days from delivery to the facility).
 */
export function finalRepairDeadlines(ctx: DeadlineContext): Deadline[] {
  const fro = ctx.version.finalRepairOpportunity;
  const r = fro.value;
  if (r.required === 'no' || (r.designateFacilityWithinDays === null && r.repairWithinDays === null)) return [];
  const t = ctx.t;
  const rule = { text: r.text, citation: fro.citation, confidence: fro.confidence, interpretations: fro.interpretations ?? [] };
  const required =
    r.required === 'yes'
      ? []
      : [
          `The final repair opportunity is ${r.required === 'conditional' ? 'required only in some cases' : 'of uncertain application'} in ${ctx.pack.code}.`,
        ];
  const missedNote = r.missedWindowSatisfies
    ? ' If the manufacturer misses this window, the final-attempt requirement is treated as satisfied.'
    : '';
  const notices = [...t.state.manufacturerNotices.values()]
    .filter((n) => happened(t, n.sentOn))
    .sort((a, b) => (a.sentOn < b.sentOn ? -1 : 1));
  const out: Deadline[] = [];
  for (const notice of notices) {
    const receipt = noticeReceiptAnchor(ctx, notice.noticeId);
    if ('missing' in receipt) continue;
    const offer = offerFor(ctx, notice);
    const offerEventId = offer ? t.offers.get(offer.opportunityId)! : undefined;
    let designationDue: LegalDate | undefined;
    if (r.designateFacilityWithinDays !== null) {
      const n = r.designateFacilityWithinDays;
      designationDue = addDaysOfType(receipt.date, n, r.dayType);
      out.push(
        buildDeadline(ctx.scope, {
          kind: 'final_repair_facility_designation',
          anchor: notice.noticeId,
          title: `Manufacturer must name a repair facility for the final repair attempt on ${defectsOf(ctx, notice.nonconformityIds)} (${dayWord(n, r.dayType)} after the notice sent ${notice.sentOn})`,
          dueOn: designationDue,
          dayType: r.dayType,
          rule,
          computation: `${receipt.label} + ${dayWord(n, r.dayType)} = ${designationDue}`,
          basedOn: receipt.basedOn,
          statutoryDuty: true,
          lowConfidenceReasons: [...required, ...receipt.reasons],
          ...(offer && offerEventId
            ? { satisfier: { eventId: offerEventId, on: offer.offeredOn, what: `final repair opportunity ${offer.opportunityId} offered` } }
            : {}),
        }),
      );
    }
    if (r.repairWithinDays === null) continue;
    const m = r.repairWithinDays;
    const reasons = [...required, ...receipt.reasons];
    const basedOn = [...receipt.basedOn];
    let start: { date: LegalDate; label: string } | undefined;
    let estimate = false;
    if (r.repairWindowFrom === 'notice_received') {
      start = { date: receipt.date, label: receipt.label };
    } else if (offer && offerEventId) {
      start = { date: offer.offeredOn, label: `final repair opportunity ${offer.opportunityId} offered ${offer.offeredOn}` };
      basedOn.push(offerEventId);
      reasons.push('Delivery of the vehicle to the repair facility is not recorded; counted from the day the opportunity was offered.');
    } else if (designationDue) {
      start = { date: designationDue, label: `last day to name a facility ${designationDue} (${receipt.label})` };
      estimate = true;
      reasons.push('Provisional: no facility named yet, so counted from the last day to name one; recomputed once the offer is recorded.');
    }
    // MI: the window runs from delivery to a facility the manufacturer has not named yet.
    if (!start) continue;
    const dueOn = addDaysOfType(start.date, m, r.dayType);
    const completion = offer?.completion && happened(t, offer.completion.completedOn) ? offer.completion : undefined;
    const completionEventId = offer ? t.completions.get(offer.opportunityId) : undefined;
    out.push(
      buildDeadline(ctx.scope, {
        kind: 'final_repair_completion',
        anchor: notice.noticeId,
        title: `Manufacturer's final repair attempt on ${defectsOf(ctx, notice.nonconformityIds)} must be completed (${dayWord(m, r.dayType)}${r.repairWindowFrom === 'notice_received' ? ` after receiving the notice sent ${notice.sentOn}` : ' after delivery to its facility'})`,
        dueOn,
        dueIsEstimate: estimate,
        dayType: r.dayType,
        rule,
        computation: `${start.label} + ${dayWord(m, r.dayType)} = ${dueOn}${missedNote ? `.${missedNote}` : ''}`,
        basedOn,
        statutoryDuty: true,
        lowConfidenceReasons: reasons,
        ...(completion && completionEventId
          ? {
              satisfier: {
                eventId: completionEventId,
                on: completion.completedOn,
                what: `final repair attempt completed (${completion.outcome})`,
              },
            }
          : {}),
      }),
    );
  }
  return out;
}
