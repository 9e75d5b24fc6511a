import type { CaseEventEnvelope, CaseState, LegalDate } from '@lemon/domain';
import { isJurisdictionCode } from '../jurisdiction-code';
import { versionInForce, type RulePack, type RulePackVersion } from '../state-rule-pack';
import { anyDefectProngs, sameNonconformityProngs, seriousSafetyProngs } from './attempt-prongs';
import { caseFactsAsOf, foldCaseFacts, type CaseFacts } from './case-facts';
import { flagVersion, LowConfidenceFlags } from './confidence-flags';
import { daysOutOfServiceProngs } from './days-prong';
import type { ResolvedWindow } from './evaluation-windows';
import { procedureSteps } from './preconditions';
import type { PeriodSummary, PresumptionEvaluation, PresumptionStatus, Prong } from './presumption.types';
import { buildProngContext } from './prong-context';
import { estimateDateMileageReached, type OdometerPoint } from '../warranty/odometer-trend';

export interface EvaluatePresumptionInput {
  events: readonly CaseEventEnvelope[];
  /** The case file folded from `events` (the domain's `foldCaseFile`), when the caller has it: saves folding again. */
  caseFile?: CaseState;
  pack: RulePack;
  /** Only facts that happened on or before this legal date count. */
  asOf: LegalDate;
  /** Defaults to the version in force on the delivery date (pass one to apply a variant, e.g. CA AB 1755). */
  version?: RulePackVersion;
  /**
   * Nonconformities a user confirmed fall within a pack's narrower safety scope (brakes or
   * steering; complete brake/steering failure; MD's failed inspection). The events only carry a
   * safety-critical flag, so without this those prongs stay unmet with a `safety_scope` precondition.
   */
  safetyScopeConfirmed?: readonly string[];
}

function periodSummary(w: ResolvedWindow, version: RulePackVersion): PeriodSummary {
  return {
    start: w.start,
    endsOn: w.endsOn,
    endsOnIsEstimate: w.endsOnIsEstimate,
    closesBy: w.closesBy,
    dateLimit: w.dateLimit,
    milesLimit: w.maxOdometer,
    ...(w.mileageReached ? { mileageLimitReachedOn: w.mileageReached.date, mileageEstimateBasis: w.mileageReached.basis } : {}),
    closedAsOf: w.closedAsOf,
    citation: version.period.citation,
    confidence: version.period.confidence,
  };
}

function statusOf(prongs: readonly Prong[], dataIssues: readonly string[], periodClosed: boolean): PresumptionStatus {
  if (prongs.some((p) => p.met)) return 'MET';
  if (dataIssues.length) return 'INSUFFICIENT_DATA';
  if (prongs.length === 0) return periodClosed ? 'PERIOD_EXPIRED' : 'NOT_MET';
  if (prongs.every((p) => !p.canStillBeMet)) return 'PERIOD_EXPIRED';
  return 'NOT_MET';
}

function summarize(status: PresumptionStatus, prongs: readonly Prong[], period: PeriodSummary | null, statute: string): string {
  const met = prongs.filter((p) => p.met);
  if (status === 'MET')
    return `Presumption met (${statute}): ${met.map((p) => `${p.label} - ${p.count}${p.metOn ? `, met on ${p.metOn}` : ''}`).join('; ')}.`;
  if (status === 'INSUFFICIENT_DATA') return 'Not enough data to decide; see dataIssues.';
  const closest = [...prongs].sort((a, b) => a.distance.remaining - b.distance.remaining)[0];
  const ends = period?.endsOn
    ? ` The period ${status === 'PERIOD_EXPIRED' ? 'closed' : 'closes'} on ${period.endsOn}${period.endsOnIsEstimate ? ' (estimate)' : ''}.`
    : '';
  const head = status === 'PERIOD_EXPIRED' ? 'Period expired without a prong met' : 'Not met yet';
  return `${head}${closest ? `; closest: ${closest.label} - ${closest.distance.text}` : ''}.${ends}`;
}

/** Flags the mileage basis when it was our default and the other reading would change a placement or the closing day. */
function flagMileageBasis(
  flags: LowConfidenceFlags,
  version: RulePackVersion,
  facts: CaseFacts,
  counting: ResolvedWindow,
  readings: readonly OdometerPoint[],
): void {
  const period = version.period.value;
  const opened = facts.opened!;
  const odo0 = opened.odometerAtDelivery;
  if (period.mileageBasisStated || odo0 <= 0) return;
  const limits = [period.miles, period.countingWindow?.miles].filter((m): m is number => m !== null && m !== undefined);
  // "N miles" read as an odometer reading (N) or as miles since delivery (odometer at delivery + N).
  const ambiguous = facts.repairs.some((r) => !r.voided && limits.some((m) => r.fields.mileageIn > m && r.fields.mileageIn <= m + odo0));
  let closingDayDiffers = false;
  if (counting.closesBy === 'mileage' && counting.maxOdometer !== null && counting.mileageReached) {
    const other = period.mileageBasis === 'odometer' ? counting.maxOdometer + odo0 : counting.maxOdometer - odo0;
    const alt = estimateDateMileageReached({ date: opened.deliveryDate, mileage: odo0 }, readings, other);
    closingDayDiffers = alt?.date !== counting.mileageReached.date;
  }
  if (ambiguous || closingDayDiffers) {
    flags.text(
      `period.mileageBasis (interpretation): the source does not say whether the mileage limit is an odometer reading or miles since delivery; counted as ${period.mileageBasis === 'odometer' ? 'the odometer reading' : `miles since delivery (odometer ${odo0} at delivery)`}, and the other reading would change the result here.`,
    );
  }
}

/**
 * Whether the statutory presumption is met on `asOf`, prong by prong, with the events that
 * counted, the ones that did not and why, and what is still missing. Pure: no clock, no I/O.
 */
export function evaluatePresumption(input: EvaluatePresumptionInput): PresumptionEvaluation {
  const { pack, asOf } = input;
  const facts = input.caseFile ? caseFactsAsOf(input.caseFile, asOf) : foldCaseFacts(input.events, asOf);
  const base = { jurisdiction: pack.code, asOf, statute: { citation: pack.statute.value, confidence: pack.statute.confidence } };
  const opened = facts.opened;
  if (!opened) {
    const version = input.version ?? pack.versions[pack.versions.length - 1]!;
    return {
      ...base,
      status: 'INSUFFICIENT_DATA',
      metOn: null,
      rulePackVersion: { id: version.id, effectiveFrom: version.effectiveFrom },
      summary: 'No CaseOpened event: delivery date, odometer and warranty are unknown.',
      lowConfidence: [],
      period: null,
      prongs: [],
      procedure: [],
      dataIssues: ['No CaseOpened event.', ...facts.dataIssues],
    };
  }

  const version = input.version ?? versionInForce(pack, opened.deliveryDate);
  const dataIssues = [...facts.dataIssues];
  if (!isJurisdictionCode(opened.jurisdiction) || opened.jurisdiction !== pack.code) {
    dataIssues.push(`The case's jurisdiction is ${opened.jurisdiction} but it was evaluated with the ${pack.code} pack.`);
  }
  if (asOf < opened.deliveryDate) dataIssues.push(`asOf ${asOf} is before the delivery date ${opened.deliveryDate}.`);
  const period = version.period.value;
  if (period.endsWithExpressWarranty && !(opened.warranty.months > 0 && opened.warranty.miles > 0)) {
    dataIssues.push('The period ends with the express warranty, but the case has no warranty terms (months and miles).');
  }

  const readings = facts.odometer.filter((p) => p.date >= opened.deliveryDate);
  const ctx = buildProngContext(
    version,
    facts,
    {
      deliveryDate: opened.deliveryDate,
      odometerAtDelivery: opened.odometerAtDelivery,
      warranty: opened.warranty,
      readings,
      mileageBasis: period.mileageBasis,
      asOf,
    },
    input.safetyScopeConfirmed ?? [],
  );
  if (version.seriousSafety.value.length) {
    for (const r of facts.repairs) {
      for (const id of r.voided ? [] : r.fields.nonconformityIds) {
        if (!facts.nonconformities.has(id))
          dataIssues.push(`Repair attempt ${r.repairAttemptId} addresses ${id}, which was never reported: its safety status is unknown.`);
      }
    }
  }

  const prongs = [...sameNonconformityProngs(ctx), ...seriousSafetyProngs(ctx), ...anyDefectProngs(ctx), ...daysOutOfServiceProngs(ctx)];
  for (const p of prongs) {
    for (const e of p.excluded)
      if ((e.reason === 'invalid_dates' || e.reason === 'incomplete_record') && !dataIssues.includes(e.detail)) dataIssues.push(e.detail);
  }

  const flags = new LowConfidenceFlags();
  flagVersion(flags, version, opened.deliveryDate);
  flags.value('statute', pack.statute);
  flags.value('period', version.period);
  flags.value('sameNonconformity', version.sameNonconformity);
  if (version.anyDefectAttempts) flags.value('anyDefectAttempts', version.anyDefectAttempts);
  if (prongs.some((p) => p.kind === 'serious_safety_attempts') || version.seriousSafety.value.length)
    flags.value('seriousSafety', version.seriousSafety);
  flags.value('daysOutOfService', version.daysOutOfService);
  flags.value('notice', version.notice);
  flags.value('finalRepairOpportunity', version.finalRepairOpportunity);
  flagMileageBasis(flags, version, facts, ctx.counting, readings);
  if (ctx.counting.mileageTrendUnknown)
    flags.text('period (estimate): no odometer reading after delivery, so when the mileage limit is reached is unknown.');
  for (const p of prongs)
    for (const m of p.missingPreconditions) if (m.kind === 'safety_scope') flags.text(`seriousSafety (assumption needed): ${m.text}`);

  const countingSummary = periodSummary(ctx.counting, version);
  const status = statusOf(prongs, dataIssues, ctx.counting.closedAsOf);
  const metDays = prongs.map((p) => p.metOn).filter((d): d is LegalDate => d !== null);
  return {
    ...base,
    status,
    metOn: status === 'MET' && metDays.length ? metDays.sort()[0]! : null,
    rulePackVersion: {
      id: version.id,
      effectiveFrom: version.effectiveFrom,
      ...(version.appliesWhen ? { appliesWhen: version.appliesWhen } : {}),
    },
    summary: summarize(status, prongs, countingSummary, version.sameNonconformity.citation),
    lowConfidence: flags.list(),
    period: countingSummary,
    ...(period.countingWindow ? { rightsPeriod: periodSummary(ctx.rights, version) } : {}),
    prongs,
    procedure: procedureSteps(version, facts, asOf),
    dataIssues,
  };
}
