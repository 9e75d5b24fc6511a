/**
 * The repurchase figure from the record: the price paid (or lease payments made), collateral
 * charges and incidental expenses, minus the use offset under the state's rule. Every figure
 * carries its arithmetic, the statute section and the events it rests on; a missing input is
 * listed, never guessed. A civil penalty is shown beside the total as a range, never added.
 */
import { foldCaseFile, type CaseEventEnvelope, type ExistingCaseState, type LegalDate } from '@lemon/domain';
import { isJurisdictionCode, type JurisdictionCode } from '../jurisdiction-code';
import type { Confidence } from '../sourced';
import { CIVIL_PENALTY_RULES, USE_OFFSET_RULES, type OffsetMileagePoint, type UseOffsetRule } from './use-offset.rules';

export interface RestitutionFigure {
  label: string;
  /** US dollars; null when it cannot be computed from the record. */
  amount: number | null;
  arithmetic: string;
  citation: string;
  basedOn: string[];
}

export interface IncidentalExpense {
  expenseId: string;
  kind: string;
  amount: number;
  on: LegalDate;
  description: string;
  eventId: string;
}

export interface OffsetMileagePointFound {
  on: LegalDate;
  mileage: number;
  what: string;
  eventId: string;
}

export interface UseOffsetResult extends RestitutionFigure {
  method: UseOffsetRule['method'];
  rule: UseOffsetRule;
  /** Miles counted (after any exemption), when the rule counts miles. */
  miles: number | null;
  mileagePoint: OffsetMileagePointFound | null;
  /** Per nonconformity, the mileage of its first repair visit (the offset used the earliest unless one was chosen). */
  alternatives: Array<{ nonconformityId: string; description: string; firstRepairVisit: OffsetMileagePointFound | null }>;
  /** The figure is a statutory maximum ("not exceeding"), not the allowance itself. */
  isMaximum: boolean;
  confidence: Confidence;
  lowConfidenceReasons: string[];
}

export type RestitutionStatus = 'COMPUTED' | 'INSUFFICIENT_DATA';

export interface RestitutionReport {
  caseId: string;
  jurisdiction: string;
  asOf: LegalDate;
  status: RestitutionStatus;
  /** What must be recorded before the figure can be computed. */
  missing: string[];
  /** Optional items not recorded: left out of the total, said so. */
  notRecorded: string[];
  acquisitionType: 'purchase' | 'lease';
  price: RestitutionFigure;
  collateralCharges: RestitutionFigure;
  incidentals: RestitutionFigure & { expenses: IncidentalExpense[] };
  offset: UseOffsetResult;
  total: RestitutionFigure;
  civilPenalty: null | {
    min: number;
    max: number | null;
    arithmetic: string;
    citation: string;
    when: string;
    added: false;
    confidence: Confidence;
  };
  confidence: Confidence;
}

export interface ComputeRestitutionInput {
  events: readonly CaseEventEnvelope[];
  asOf: LegalDate;
  /** The defect whose first repair visit ends the offset mileage (default: the earliest of any). */
  nonconformityId?: string;
}

const cents = (dollars: number): number => Math.round(dollars * 100);
const dollars = (c: number): number => c / 100;
export const formatMoney = (amount: number): string =>
  `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const formatMiles = (miles: number): string => miles.toLocaleString('en-US');

interface Ids {
  opened: string;
  repairs: Map<string, string>;
  nonconformities: Map<string, string>;
  expenses: Map<string, string>;
  readings: Map<string, string>;
}

/** The event behind each record, read off the case-file fold's trails (the fold is where events get their meaning). */
function idsOf(state: ExistingCaseState): Ids {
  const by = <R>(records: ReadonlyMap<string, R>, eventOf: (record: R) => string) =>
    new Map([...records].map(([id, record]) => [id, eventOf(record)]));
  return {
    opened: state.openedEventId,
    repairs: by(state.repairAttempts, (r) => r.trail.currentEventId),
    nonconformities: by(state.nonconformities, (n) => n.trail.recordedEventId),
    expenses: by(state.expenses, (e) => e.trail.currentEventId),
    readings: by(state.odometerReadings, (r) => r.trail.recordedEventId),
  };
}

function firstRepairVisit(state: ExistingCaseState, ids: Ids, nonconformityId: string, asOf: LegalDate): OffsetMileagePointFound | null {
  const visits = [...state.repairAttempts.values()]
    .filter((a) => !a.voided && a.dateIn <= asOf && a.nonconformityIds.includes(nonconformityId))
    .sort((a, b) => (a.dateIn < b.dateIn ? -1 : a.dateIn > b.dateIn ? 1 : a.mileageIn - b.mileageIn));
  const first = visits[0];
  if (!first) return null;
  const ro = first.repairOrderNumber ? `repair order ${first.repairOrderNumber}` : `repair attempt ${first.repairAttemptId}`;
  return {
    on: first.dateIn,
    mileage: first.mileageIn,
    what: `first repair visit (${ro}, in ${first.dateIn})`,
    eventId: ids.repairs.get(first.repairAttemptId)!,
  };
}

function earliest(points: Array<OffsetMileagePointFound | null>): OffsetMileagePointFound | null {
  return (
    points
      .filter((p): p is OffsetMileagePointFound => p !== null)
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.mileage - b.mileage))[0] ?? null
  );
}

function mileagePointOf(
  point: OffsetMileagePoint,
  state: ExistingCaseState,
  ids: Ids,
  asOf: LegalDate,
  chosen: string[],
): OffsetMileagePointFound | null {
  if (point === 'latest_odometer') {
    const facts = state.odometerFacts.filter((f) => f.on <= asOf);
    const latest = [...facts].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.mileage - b.mileage)).pop();
    if (!latest || latest.origin.kind === 'delivery') return null;
    const eventId =
      latest.origin.kind === 'reading'
        ? ids.readings.get(latest.origin.readingId)!
        : latest.origin.kind === 'nonconformity'
          ? ids.nonconformities.get(latest.origin.nonconformityId)!
          : ids.repairs.get((latest.origin as { repairAttemptId: string }).repairAttemptId)!;
    return { on: latest.on, mileage: latest.mileage, what: `latest odometer reading (${latest.on})`, eventId };
  }
  const visits = chosen.map((id) => firstRepairVisit(state, ids, id, asOf));
  if (point === 'first_repair_visit') return earliest(visits);
  const reports = chosen.map((id) => {
    const nc = state.nonconformities.get(id);
    if (!nc || nc.firstReportedOn === undefined || nc.mileage === undefined || nc.firstReportedOn > asOf) return null;
    return {
      on: nc.firstReportedOn,
      mileage: nc.mileage,
      what: `first report of "${nc.description}" (${nc.firstReportedOn})`,
      eventId: ids.nonconformities.get(id)!,
    };
  });
  return earliest([...visits, ...reports]);
}

function computeOffset(
  state: ExistingCaseState,
  ids: Ids,
  input: ComputeRestitutionInput,
  priceBase: number | undefined,
  missing: string[],
): UseOffsetResult {
  const code = state.jurisdiction as JurisdictionCode;
  const rule = USE_OFFSET_RULES[code];
  const reasons: string[] = [];
  if (rule.confidence === 'L')
    reasons.push(`The ${code} offset rule is low confidence: taken from a summary table, not read in the statute.`);
  if (rule.note) reasons.push(rule.note);
  const liveDefects = [...state.nonconformities.values()];
  const chosen = input.nonconformityId !== undefined ? [input.nonconformityId] : liveDefects.map((n) => n.nonconformityId);
  if (input.nonconformityId !== undefined && !state.nonconformities.has(input.nonconformityId)) {
    missing.push(`no nonconformity ${input.nonconformityId} on this case`);
  }
  const alternatives = liveDefects.map((n) => ({
    nonconformityId: n.nonconformityId,
    description: n.description,
    firstRepairVisit: firstRepairVisit(state, ids, n.nonconformityId, input.asOf),
  }));
  const base = {
    rule,
    method: rule.method,
    citation: rule.citation,
    alternatives,
    confidence: rule.confidence,
    lowConfidenceReasons: reasons,
    isMaximum: false,
  };
  if (rule.method === 'none') {
    return {
      ...base,
      label: 'Use offset',
      amount: 0,
      arithmetic: `no deduction for use (${rule.citation})`,
      basedOn: [],
      miles: null,
      mileagePoint: null,
    };
  }
  if (rule.method === 'reasonable_allowance') {
    return {
      ...base,
      label: 'Use offset (reasonable allowance)',
      amount: null,
      arithmetic: `no formula in the statute: ${rule.text} (${rule.citation}); the allowance is to be argued, not computed`,
      basedOn: [],
      miles: null,
      mileagePoint: null,
    };
  }
  const point = mileagePointOf(rule.mileagePoint, state, ids, input.asOf, chosen);
  const delivery = state.acquisition.odometerAtDelivery;
  if (!point) {
    missing.push(
      rule.mileagePoint === 'latest_odometer'
        ? 'no odometer reading after delivery recorded: offset mileage unknown'
        : `no repair visit${rule.mileagePoint === 'first_report' ? ' or first report with mileage' : ''} recorded for ${
            input.nonconformityId ?? 'any nonconformity'
          }: offset mileage unknown (${rule.mileagePointText})`,
    );
    return {
      ...base,
      label: 'Use offset',
      amount: null,
      arithmetic: 'not computed: the mileage is not recorded',
      basedOn: [ids.opened],
      miles: null,
      mileagePoint: null,
    };
  }
  if (rule.mileagePoint === 'latest_odometer') {
    reasons.push(`The statute counts the miles to ${rule.mileagePointText}; the ${point.what} stands in until that is recorded.`);
  }
  const driven = Math.max(0, point.mileage - delivery);
  const exempt = rule.method === 'formula' ? (rule.milesExempt ?? 0) : 0;
  const miles = Math.max(0, driven - exempt);
  const milesText =
    `${formatMiles(point.mileage)} miles at the ${point.what} − ${formatMiles(delivery)} at delivery = ${formatMiles(driven)} miles` +
    (exempt > 0 ? `; − ${formatMiles(exempt)} exempt = ${formatMiles(miles)} miles` : '');
  const basedOn = [ids.opened, point.eventId];
  if (rule.method === 'per_mile') {
    const amount = dollars(Math.round(miles * cents(rule.perMile)));
    return {
      ...base,
      label: 'Use offset',
      amount,
      arithmetic: `${milesText}; × ${formatMoney(rule.perMile)} per mile = ${formatMoney(amount)}`,
      basedOn,
      miles,
      mileagePoint: point,
    };
  }
  if (priceBase === undefined) {
    return { ...base, label: 'Use offset', amount: null, arithmetic: `${milesText}; price unknown`, basedOn, miles, mileagePoint: point };
  }
  if (rule.method === 'capped_allowance') {
    const caps: Array<{ amount: number; text: string }> = [];
    if (rule.perMile !== undefined) {
      const a = dollars(Math.round(miles * cents(rule.perMile)));
      caps.push({ amount: a, text: `${formatMiles(miles)} miles × ${formatMoney(rule.perMile)} = ${formatMoney(a)}` });
    }
    if (rule.percentOfPrice !== undefined) {
      const a = dollars(Math.round((cents(priceBase) * rule.percentOfPrice) / 100));
      caps.push({ amount: a, text: `${rule.percentOfPrice}% of ${formatMoney(priceBase)} = ${formatMoney(a)}` });
    }
    const amount = Math.min(...caps.map((c) => c.amount));
    return {
      ...base,
      isMaximum: true,
      label: 'Use offset (statutory maximum)',
      amount,
      arithmetic: `${milesText}; not exceeding the lesser of ${caps.map((c) => c.text).join(' and ')} = ${formatMoney(amount)}`,
      basedOn,
      miles,
      mileagePoint: point,
    };
  }
  const amount = dollars(Math.round((cents(priceBase) * miles) / rule.divisor));
  return {
    ...base,
    label: 'Use offset',
    amount,
    arithmetic: `${milesText}; ${formatMoney(priceBase)} × ${formatMiles(miles)} ÷ ${formatMiles(rule.divisor)} = ${formatMoney(amount)}`,
    basedOn,
    miles,
    mileagePoint: point,
  };
}

/** Null when the events hold no opened case or the jurisdiction has no rule. */
export function computeRestitution(input: ComputeRestitutionInput): RestitutionReport | null {
  const envelopes = [...input.events].sort((a, b) => a.version - b.version);
  const state = foldCaseFile(envelopes);
  if (state.status === 'none' || !isJurisdictionCode(state.jurisdiction)) return null;
  const ids = idsOf(state);
  const { acquisition } = state;
  const missing: string[] = [];
  const notRecorded: string[] = [];
  const lease = acquisition.type === 'lease';
  const code = state.jurisdiction;
  const offsetRule = USE_OFFSET_RULES[code];

  const refundBase = lease ? acquisition.leasePaymentsMade : acquisition.price;
  if (refundBase === undefined) missing.push(lease ? 'lease payments made unknown' : 'purchase price unknown');
  const price: RestitutionFigure = {
    label: lease ? 'Lease payments made' : 'Purchase price paid',
    amount: refundBase ?? null,
    arithmetic: refundBase === undefined ? 'not recorded' : `as recorded at intake: ${formatMoney(refundBase)}`,
    citation: offsetRule.citation,
    basedOn: [ids.opened],
  };
  if (acquisition.collateralCharges === undefined)
    notRecorded.push('collateral charges (tax, licence, registration) not recorded: not included');
  const collateralCharges: RestitutionFigure = {
    label: 'Collateral charges (sales tax, licence, registration, other official fees)',
    amount: acquisition.collateralCharges ?? 0,
    arithmetic:
      acquisition.collateralCharges === undefined
        ? 'not recorded: $0.00 included'
        : `as recorded: ${formatMoney(acquisition.collateralCharges)}`,
    citation: offsetRule.citation,
    basedOn: [ids.opened],
  };

  const expenses: IncidentalExpense[] = [...state.expenses.values()]
    .filter((e) => !e.voided && e.on <= input.asOf)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .map((e) => ({
      expenseId: e.expenseId,
      kind: e.kind,
      amount: e.amount,
      on: e.on,
      description: e.description,
      eventId: ids.expenses.get(e.expenseId)!,
    }));
  const incidentalCents = expenses.reduce((sum, e) => sum + cents(e.amount), 0);
  const incidentals = {
    label: 'Incidental damages (towing, rental, repair, registration, other)',
    amount: dollars(incidentalCents),
    arithmetic:
      expenses.length === 0
        ? 'none recorded'
        : `${expenses.map((e) => `${formatMoney(e.amount)} (${e.kind}, ${e.on})`).join(' + ')} = ${formatMoney(dollars(incidentalCents))}`,
    citation: code === 'CA' ? 'Cal. Civ. Code 1793.2(d)(2)(B), 1794(b)' : offsetRule.citation,
    basedOn: expenses.map((e) => e.eventId),
    expenses,
  };

  // The offset is a fraction of the price (CA: "actual price ... paid or payable"); for a lease
  // without a recorded price the payments made stand in.
  const offsetPrice = acquisition.price ?? (lease ? acquisition.leasePaymentsMade : undefined);
  const offset = computeOffset(state, ids, input, offsetPrice, missing);

  const status: RestitutionStatus = missing.length > 0 ? 'INSUFFICIENT_DATA' : 'COMPUTED';
  const offsetKnown = offset.amount !== null;
  let total: RestitutionFigure;
  if (refundBase === undefined) {
    total = {
      label: 'Restitution',
      amount: null,
      arithmetic: `not computed: ${missing.join('; ')}`,
      citation: offsetRule.citation,
      basedOn: [],
    };
  } else {
    const gross = cents(refundBase) + cents(collateralCharges.amount ?? 0) + incidentalCents;
    const net = offsetKnown ? gross - cents(offset.amount!) : null;
    const parts = `${formatMoney(refundBase)} + ${formatMoney(collateralCharges.amount ?? 0)} + ${formatMoney(dollars(incidentalCents))}`;
    total = {
      label: offset.isMaximum ? 'Restitution (at least: the offset shown is the statutory maximum)' : 'Restitution',
      amount: net === null || status === 'INSUFFICIENT_DATA' ? null : dollars(net),
      arithmetic:
        net === null
          ? `${parts} = ${formatMoney(dollars(gross))} before the use offset, which is not computed (${offset.arithmetic})`
          : `${parts} − ${formatMoney(offset.amount!)} offset = ${formatMoney(dollars(net))}`,
      citation: offsetRule.citation,
      basedOn: [...new Set([ids.opened, ...incidentals.basedOn, ...offset.basedOn])],
    };
  }
  const penaltyRule = CIVIL_PENALTY_RULES[code];
  const civilPenalty = penaltyRule
    ? {
        min: 0,
        max: total.amount === null ? null : dollars(cents(total.amount) * penaltyRule.maxMultipleOfDamages),
        arithmetic:
          total.amount === null
            ? `up to ${penaltyRule.maxMultipleOfDamages} × actual damages (not computed: restitution unknown)`
            : `up to ${penaltyRule.maxMultipleOfDamages} × ${formatMoney(total.amount)} = ${formatMoney(
                dollars(cents(total.amount) * penaltyRule.maxMultipleOfDamages),
              )}; from $0.00 (not added to the restitution figure)`,
        citation: penaltyRule.citation,
        when: penaltyRule.when,
        added: false as const,
        confidence: penaltyRule.confidence,
      }
    : null;
  return {
    caseId: state.caseId,
    jurisdiction: code,
    asOf: input.asOf,
    status,
    missing,
    notRecorded,
    acquisitionType: acquisition.type,
    price,
    collateralCharges,
    incidentals,
    offset,
    total,
    civilPenalty,
    confidence: offset.confidence,
  };
}
