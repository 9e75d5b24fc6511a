import type { AttemptsRule, ProngKind, SeriousSafetyRule } from '../state-rule-pack';
import type { Confidence } from '../sourced';
import type { LegalDate } from '@lemon/domain';
import type { FinalRepairFacts, RepairFacts } from './case-facts';
import { placeInWindow } from './evaluation-windows';
import { defectName, firstNoticeDate, preconditionsFor } from './preconditions';
import type { ExcludedItem, MissingPrecondition, Prong, QualifyingItem } from './presumption.types';
import {
  attemptsDistance,
  closedDistance,
  closingDay,
  latestOf,
  placementDetail,
  repairItem,
  unusableRepair,
  type ProngContext,
} from './prong-context';

interface AttemptProngSpec {
  kind: ProngKind;
  rule: AttemptsRule;
  label: string;
  citation: string;
  confidence: Confidence;
  nonconformityId?: string;
  extraMissing?: MissingPrecondition[];
}

/**
 * Counts repair attempts for one prong. A repair counts when it is live on asOf (not voided,
 * date in on or before asOf), addresses the nonconformity (per-defect prongs) and its date in AND
 * mileage in are inside the prong's window. Every other repair is listed with the reason.
 */
function attemptProng(ctx: ProngContext, spec: AttemptProngSpec): Prong {
  const { rule, nonconformityId } = spec;
  const window = ctx.windowFor(rule);
  const noticeDate = rule.countOnlyAfterNotice ? firstNoticeDate(ctx.facts) : undefined;
  const counted: RepairFacts[] = [];
  const qualifying: QualifyingItem[] = [];
  const excluded: ExcludedItem[] = [];
  for (const r of ctx.facts.repairs) {
    const addresses = nonconformityId === undefined || r.fields.nonconformityIds.includes(nonconformityId);
    const unusable = unusableRepair(r, ctx.asOf);
    if (!addresses) {
      if (!unusable)
        excluded.push({
          eventId: r.eventId,
          id: r.repairAttemptId,
          reason: 'different_nonconformity',
          detail: `Addresses ${r.fields.nonconformityIds.join(', ') || 'no nonconformity'}, not ${nonconformityId}.`,
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
    } else if (rule.countOnlyAfterNotice && (!noticeDate || r.fields.dateIn < noticeDate)) {
      excluded.push({
        eventId: r.eventId,
        id: r.repairAttemptId,
        reason: 'before_notice',
        detail: 'Attempts count only after the manufacturer was notified.',
      });
    } else {
      counted.push(r);
      qualifying.push(repairItem(r));
    }
  }

  // NJ: the manufacturer's final repair attempt is one of the repairs counted (N.J.S.A. 56:12-33).
  const finalAttempts = ctx.version.finalRepairOpportunity.value.countsAsRepairAttempt
    ? ctx.facts.finalRepairs.filter(
        (o): o is FinalRepairFacts & { completed: NonNullable<FinalRepairFacts['completed']> } =>
          o.completed !== undefined &&
          o.completed.completedOn <= ctx.asOf &&
          // An attempt not tied to particular defects counts for those already under repair, not for every defect reported.
          (nonconformityId === undefined ||
            o.nonconformityIds.includes(nonconformityId) ||
            (o.nonconformityIds.length === 0 && counted.length > 0)) &&
          placeInWindow(window, o.completed.completedOn, 0) === 'inside',
      )
    : [];
  for (const o of finalAttempts)
    qualifying.push({
      eventId: o.completed.eventId,
      sourceEventIds: [o.eventId, o.completed.eventId],
      kind: 'final_repair_attempt',
      opportunityId: o.opportunityId,
      dateIn: o.completed.completedOn,
      nonconformityIds: o.nonconformityIds,
      corrected: false,
    });

  const required = rule.comparison === 'more_than' ? rule.threshold + 1 : rule.threshold;
  const dates: LegalDate[] = [...counted.map((r) => r.fields.dateIn), ...finalAttempts.map((o) => o.completed.completedOn)].sort();
  const count = dates.length;
  const thresholdReached = count >= required;
  const thresholdReachedOn = thresholdReached ? dates[required - 1]! : null;
  const missing: MissingPrecondition[] = [];
  let anchorForeclosed = false;
  let anchorOn: LegalDate | null = null;
  let anchorClosedOn: LegalDate | null = null;
  if (rule.anchor?.minAttempts) {
    const anchorWindow = ctx.anchorWindow(rule.anchor);
    const inAnchor = counted
      .filter((r) => placeInWindow(anchorWindow, r.fields.dateIn, r.fields.mileageIn) === 'inside')
      .map((r) => r.fields.dateIn)
      .sort();
    if (inAnchor.length < rule.anchor.minAttempts) {
      missing.push({ kind: 'anchor', text: rule.anchor.text, citation: spec.citation });
      anchorForeclosed = anchorWindow.closedAsOf;
      anchorClosedOn = closingDay(anchorWindow);
    } else anchorOn = inAnchor[rule.anchor.minAttempts - 1]!;
  }
  const pre = preconditionsFor(ctx.version, ctx.facts, ctx.asOf, spec.kind, nonconformityId);
  missing.push(...(spec.extraMissing ?? []), ...pre.missing);
  const met = thresholdReached && missing.length === 0;
  const windowForeclosed = window.closedAsOf && !thresholdReached;
  const canStillBeMet = !windowForeclosed && !anchorForeclosed;
  return {
    kind: spec.kind,
    label: spec.label,
    ...(nonconformityId !== undefined ? { nonconformityId } : {}),
    count,
    threshold: rule.threshold,
    comparison: rule.comparison,
    required,
    unit: 'repair_attempts',
    thresholdReached,
    thresholdReachedOn,
    met,
    metOn: met ? latestOf(thresholdReachedOn, anchorOn, pre.satisfiedOn) : null,
    canStillBeMet,
    qualifying,
    excluded,
    missingPreconditions: missing,
    distance: canStillBeMet
      ? attemptsDistance(
          required - count,
          missing.map((m) => m.text),
        )
      : closedDistance(Math.max(0, required - count), 'repair_attempts', windowForeclosed ? closingDay(window) : anchorClosedOn),
    citation: spec.citation,
    confidence: spec.confidence,
  };
}

const times = (rule: AttemptsRule): string =>
  rule.comparison === 'more_than' ? `more than ${rule.threshold} times` : `${rule.threshold} or more times`;

/** Nonconformities in play on asOf: reported ones and any a live repair addresses. */
export function nonconformityIds(ctx: ProngContext): string[] {
  const ids = new Set<string>();
  for (const n of ctx.facts.nonconformities.values()) if (!n.firstReportedOn || n.firstReportedOn <= ctx.asOf) ids.add(n.nonconformityId);
  for (const r of ctx.facts.repairs) if (!unusableRepair(r, ctx.asOf)) r.fields.nonconformityIds.forEach((id) => ids.add(id));
  return [...ids];
}

export function sameNonconformityProngs(ctx: ProngContext): Prong[] {
  const s = ctx.version.sameNonconformity;
  const final = s.value.plusFinalManufacturerAttempt ? ' plus a final manufacturer attempt' : '';
  return nonconformityIds(ctx).map((id) =>
    attemptProng(ctx, {
      kind: 'same_nonconformity_attempts',
      rule: s.value,
      label: `Same nonconformity (${defectName(ctx.facts, id)}) subject to repair ${times(s.value)}${final}`,
      citation: s.citation,
      confidence: s.confidence,
      nonconformityId: id,
    }),
  );
}

export function anyDefectProngs(ctx: ProngContext): Prong[] {
  const s = ctx.version.anyDefectAttempts;
  if (!s) return [];
  return [
    attemptProng(ctx, {
      kind: 'any_defect_attempts',
      rule: s.value,
      label: `Repair attempts for any nonconformities ${times(s.value)}`,
      citation: s.citation,
      confidence: s.confidence,
    }),
  ];
}

const SCOPE_TEXT: Record<SeriousSafetyRule['scope'], string> = {
  any_serious_safety: 'a serious safety defect',
  brakes_or_steering: 'a braking or steering defect',
  total_brake_or_steering_failure: 'a complete failure of braking or steering',
};

/**
 * Whether a nonconformity is confirmed to fall within a rule's narrower scope: by the caller's
 * list, or by the case's own NonconformitySafetyScopeConfirmed facts (a complete failure of
 * braking or steering is also a braking or steering defect).
 */
function scopeConfirmed(ctx: ProngContext, rule: SeriousSafetyRule, id: string): boolean {
  if (ctx.safetyScopeConfirmed.has(id)) return true;
  const scopes = ctx.facts.nonconformities.get(id)?.confirmedSafetyScopes ?? [];
  const inScope =
    rule.scope === 'any_serious_safety' ||
    scopes.includes('total_brake_or_steering_failure') ||
    (rule.scope === 'brakes_or_steering' && scopes.includes('brakes_or_steering'));
  const extraElements = (rule.unverifiableElements?.length ?? 0) === 0 || scopes.includes('failed_state_inspection');
  return inScope && extraElements;
}

/** One prong per safety-critical nonconformity and safety tier. */
export function seriousSafetyProngs(ctx: ProngContext): Prong[] {
  const s = ctx.version.seriousSafety;
  const safetyIds = nonconformityIds(ctx).filter((id) => ctx.facts.nonconformities.get(id)?.safetyCritical === true);
  return s.value.flatMap((rule) =>
    safetyIds.map((id) => {
      // The case records only a safety-critical flag: narrower scopes and extra elements need the user's confirmation.
      const needsConfirmation = rule.scope !== 'any_serious_safety' || (rule.unverifiableElements?.length ?? 0) > 0;
      const extraMissing: MissingPrecondition[] =
        needsConfirmation && !scopeConfirmed(ctx, rule, id)
          ? [
              {
                kind: 'safety_scope',
                text: `Confirm that ${defectName(ctx.facts, id)} is ${SCOPE_TEXT[rule.scope]}${rule.unverifiableElements?.length ? ` and: ${rule.unverifiableElements.join(' ')}` : ''} (the case only flags it safety-critical).`,
                citation: s.citation,
              },
            ]
          : [];
      return attemptProng(ctx, {
        kind: 'serious_safety_attempts',
        rule,
        label: `Serious safety (${SCOPE_TEXT[rule.scope]}: ${defectName(ctx.facts, id)}) subject to repair ${times(rule)}${rule.plusFinalManufacturerAttempt ? ' plus a final manufacturer attempt' : ''}`,
        citation: s.citation,
        confidence: s.confidence,
        nonconformityId: id,
        extraMissing,
      });
    }),
  );
}
