/**
 * Our reading of one jurisdiction's lemon law as GET /jurisdictions/{code} returns it (the rule pack), and its values in
 * the words an attorney checks them in. The API's OpenAPI document does not type this body (a rule pack is open-ended
 * per state), so the shapes the screens rely on are written here.
 */
export type Confidence = 'H' | 'M' | 'L';

export interface SourcedValue<T = unknown> {
  value: T;
  confidence: Confidence;
  citation: string;
  sources?: string[];
  note?: string;
  interpretations?: string[];
}

export interface RulePackVersionBody {
  id: string;
  effectiveFrom: string;
  effectiveFromBasis: SourcedValue<string>;
  effectiveFromUncertainUntil?: string;
  appliesWhen?: string;
  caveats?: Array<{ deliveredBefore: string; text: string }>;
  notes?: string[];
  variants?: Array<{ id: string; appliesWhen: string; effectiveFrom: SourcedValue<string> }>;
  lowConfidence: string[];
  coverage: { leased: SourcedValue<string>; used: SourcedValue<string> };
  [rule: string]: unknown;
}

export interface RulePackBody {
  code: string;
  name: string;
  statute: SourcedValue<string>;
  versions: RulePackVersionBody[];
  sources: Record<string, { title: string; address: string }>;
}

export interface RulePackSummary {
  code: string;
  name: string;
  statute: SourcedValue<string>;
  versions: Array<{
    id: string;
    effectiveFrom: string;
    period: SourcedValue<{ months: number | null; miles: number | null; combine: string }>;
    sameNonconformity: SourcedValue<{ threshold: number; comparison: string }>;
    seriousSafety: SourcedValue<Array<{ threshold: number; comparison: string }>>;
    daysOutOfService: SourcedValue<{ days: number; comparison: string; dayType: string }>;
    lowConfidence: string[];
  }>;
}

/**
 * The rules of a version in the order an attorney reads a lemon law: when it applies, what makes the presumption, then
 * the steps and the clocks. Each key is the rule pack's field; the presumption's prongs and the deadlines cite these.
 */
export const RULES: ReadonlyArray<{ field: string; title: string }> = [
  { field: 'period', title: 'Presumption period' },
  { field: 'sameNonconformity', title: 'Same defect, repeated repairs' },
  { field: 'seriousSafety', title: 'Serious safety defect' },
  { field: 'anyDefectAttempts', title: 'Repairs of any defects' },
  { field: 'daysOutOfService', title: 'Days out of service' },
  { field: 'notice', title: 'Written notice to the manufacturer' },
  { field: 'finalRepairOpportunity', title: 'Final repair opportunity' },
  { field: 'disputeProgram', title: 'Informal dispute program' },
  { field: 'stateArbitration', title: 'State arbitration' },
  { field: 'timeToFile', title: 'Time to file' },
  { field: 'preSuitNotice', title: 'Pre-suit notice' },
  { field: 'manufacturerRemedyWindow', title: 'Manufacturer’s remedy window' },
  { field: 'lastDayRollsToBusinessDay', title: 'A last day on a weekend or holiday' },
];

/** Which rule a presumption prong applies (the "verify" marker links there). */
export const PRONG_RULE: Readonly<Record<string, string>> = {
  same_nonconformity_attempts: 'sameNonconformity',
  serious_safety_attempts: 'seriousSafety',
  any_defect_attempts: 'anyDefectAttempts',
  days_out_of_service: 'daysOutOfService',
};

/** Which rule a procedural step of the presumption applies. */
export const PROCEDURE_RULE: Readonly<Record<string, string>> = {
  manufacturer_notice: 'notice',
  final_repair_opportunity: 'finalRepairOpportunity',
  dispute_program: 'disputeProgram',
};

/** The in-app address of a rule as a case is judged under it: the jurisdiction's page, at the version, scrolled to the rule. */
export const rulePath = (jurisdiction: string, version?: string, rule?: string) =>
  `/jurisdictions/${jurisdiction}${version ? `?version=${encodeURIComponent(version)}` : ''}${rule ? `#${rule}` : ''}`;

/** Fields of a version that are not rules of their own, in words. */
const OTHER_FIELDS: Readonly<Record<string, string>> = {
  effectiveFromBasis: 'the version’s effective date',
  coverage: 'coverage',
  statute: 'the statute',
};

/** The API's "field (M)" entries of lowConfidence, in words: "Presumption period (M)". */
export function lowConfidenceInWords(entries: readonly string[]): string[] {
  return entries.map((entry) => {
    const [, field, confidence] = /^(\S+) \((\w)\)$/.exec(entry) ?? [];
    if (!field) return entry;
    const title =
      RULES.find((rule) => rule.field === field)?.title ?? OTHER_FIELDS[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
    return `${title.charAt(0).toUpperCase()}${title.slice(1)} (${confidence})`;
  });
}

const isSourced = (value: unknown): value is SourcedValue =>
  !!value && typeof value === 'object' && 'confidence' in value && 'citation' in value && 'value' in value;

/** A version's rule, or undefined where the pack has none (null: the statute has no such rule). */
export function ruleOf(version: RulePackVersionBody, field: string): SourcedValue | undefined {
  const rule = version[field];
  return isSourced(rule) ? rule : undefined;
}

const threshold = (rule: { threshold?: number; comparison?: string }) =>
  rule.threshold === undefined ? undefined : `${rule.comparison === 'more_than' ? 'more than' : 'at least'} ${rule.threshold}`;

/**
 * The statute's reading in words: each rule carries the statute's own sentence (`text`); a value without one (coverage)
 * is its own text. Serious safety may have tiers (Georgia): one sentence each.
 */
export function ruleText(rule: SourcedValue): string[] {
  const value = rule.value;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map((tier: { text?: string }) => tier.text ?? '').filter(Boolean);
  const text = (value as { text?: string } | null)?.text;
  return text ? [text] : [];
}

/** The figures the product computes with, in one line ("18 months or 18,000 miles, whichever first"; "at least 4 repairs"). */
export function ruleFigures(field: string, rule: SourcedValue): string | undefined {
  const value = rule.value as Record<string, unknown> | Array<Record<string, unknown>> | string | null;
  if (!value || typeof value === 'string') return undefined;
  if (Array.isArray(value))
    return value.length
      ? value.map((tier) => `${threshold(tier) ?? '?'} repair${tier.threshold === 1 ? '' : 's'}`).join('; ')
      : 'no separate threshold';
  if (field === 'period') {
    const parts = [
      value.months != null && `${value.months} months`,
      value.miles != null && `${Number(value.miles).toLocaleString('en-US')} miles`,
    ].filter(Boolean);
    const combine = value.combine === 'whichever_later' ? 'whichever later' : 'whichever first';
    return parts.length > 1 ? `${parts.join(' or ')}, ${combine}` : (parts[0] as string | undefined);
  }
  if (field === 'daysOutOfService' && typeof value.days === 'number')
    return `${value.comparison === 'more_than' ? 'more than' : 'at least'} ${value.days} ${String(value.dayType ?? '')} days`.replace(
      /\s+/g,
      ' ',
    );
  if (typeof value.threshold === 'number') return `${threshold(value)} repairs`;
  return undefined;
}
