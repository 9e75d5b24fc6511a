/**
 * The use offset ("reasonable allowance for use") each lemon law deducts from a repurchase, as
 * data: where the mileage is counted to, the divisor, caps, or "reasonable allowance" where the
 * statute fixes no formula. Kept beside (not inside) the rule packs so the per-state packs stay
 * about presumptions and periods.
 *
 * Confidence: H = current statute text read (CA); M = the statute text in the 2015 snapshot
 * (LLAZ:<state>), read for this table, not re-checked against current law; L = the reference
 * summary table only (practice-software-and-features.md §4), not read in the statute: flagged.
 */
import type { Confidence } from '../sourced';
import type { JurisdictionCode } from '../jurisdiction-code';

/** The odometer reading the offset mileage runs up to. */
export type OffsetMileagePoint =
  /** The first time the buyer delivered the vehicle for repair of the problem (first repair visit). */
  | 'first_repair_visit'
  /** The first report of the nonconformity to the manufacturer, its agent or dealer (reported, or first repair visit if earlier). */
  | 'first_report'
  /** A later event the file may not record yet (request for repurchase, hearing, settlement, acceptance): the latest odometer stands in. */
  | 'latest_odometer';

export type UseOffsetRule =
  | {
      method: 'formula';
      /** Where the counted miles end. */
      mileagePoint: OffsetMileagePoint;
      /** The statute's own words for that point. */
      mileagePointText: string;
      /** Offset = price × miles ÷ divisor. */
      divisor: number;
      /** Miles not counted (NY: only miles above the first 12,000). */
      milesExempt?: number;
      confidence: Confidence;
      citation: string;
      sources: readonly string[];
      note?: string;
    }
  | {
      /** The statute caps a "reasonable allowance": the figure is a maximum, not the offset itself. */
      method: 'capped_allowance';
      mileagePoint: OffsetMileagePoint;
      mileagePointText: string;
      perMile?: number;
      percentOfPrice?: number;
      confidence: Confidence;
      citation: string;
      sources: readonly string[];
      note?: string;
    }
  | {
      method: 'per_mile';
      mileagePoint: OffsetMileagePoint;
      mileagePointText: string;
      perMile: number;
      confidence: Confidence;
      citation: string;
      sources: readonly string[];
      note?: string;
    }
  | {
      /** No offset in the statute. */
      method: 'none';
      confidence: Confidence;
      citation: string;
      sources: readonly string[];
      note?: string;
    }
  | {
      /** "A reasonable allowance for use" with no formula: an amount to argue, not compute. */
      method: 'reasonable_allowance';
      text: string;
      confidence: Confidence;
      citation: string;
      sources: readonly string[];
      note?: string;
    };

const SUMMARY = ['PRACTICE-SOFTWARE-4'];
const llaz = (state: string): string[] => [`LLAZ:${state}`];
const FIRST_REPORT = 'the first report of the nonconformity to the manufacturer, its agent or dealer';

const lowSummary = (rule: Omit<Extract<UseOffsetRule, { method: 'formula' }>, 'method' | 'confidence' | 'sources'>): UseOffsetRule => ({
  method: 'formula',
  ...rule,
  confidence: 'L',
  sources: SUMMARY,
});
/** Read in the statute text of the 2015 snapshot: medium confidence. */
const fromSnapshot = (
  state: string,
  rule: Omit<Extract<UseOffsetRule, { method: 'formula' }>, 'method' | 'confidence' | 'sources'>,
): UseOffsetRule => ({ method: 'formula', ...rule, confidence: 'M', sources: llaz(state) });
const lowAllowance = (citation: string, note?: string): UseOffsetRule => ({
  method: 'reasonable_allowance',
  text: 'a reasonable allowance for the consumer’s use (no formula in the statute text summarised)',
  confidence: 'L',
  citation,
  sources: SUMMARY,
  ...(note ? { note } : {}),
});

export const USE_OFFSET_RULES: Readonly<Record<JurisdictionCode, UseOffsetRule>> = {
  CA: {
    method: 'formula',
    mileagePoint: 'first_repair_visit',
    mileagePointText:
      'the number of miles traveled by the new motor vehicle prior to the time the buyer first delivered the vehicle to the manufacturer or distributor, or its authorized service and repair facility for correction of the problem that gave rise to the nonconformity',
    divisor: 120_000,
    confidence: 'H',
    citation: 'Cal. Civ. Code 1793.2(d)(2)(C)',
    sources: llaz('california'),
    note: 'Price = the actual price paid or payable, including transportation and manufacturer-installed options. AB 1755 (2025) changed procedure, not this formula.',
  },
  TX: {
    method: 'reasonable_allowance',
    text: 'the full purchase price less a reasonable allowance for the owner’s use of the vehicle: "that amount directly attributable to use of the motor vehicle when the vehicle is not out of service for repair"',
    confidence: 'M',
    citation: 'Tex. Occ. Code 2301.604(a); 43 Tex. Admin. Code 215.208(b)',
    sources: llaz('texas'),
    note: 'The statute gives no divisor; TxDMV decisions compute the allowance under 43 TAC 215.208(b)(2), whose formula was not read here.',
  },
  FL: {
    method: 'formula',
    mileagePoint: 'latest_odometer',
    mileagePointText:
      'the number of miles attributable to a consumer up to the date of a settlement agreement or arbitration hearing, whichever occurs first',
    divisor: 120_000,
    confidence: 'M',
    citation: 'Fla. Stat. 681.102 ("reasonable offset for use"); 681.104(2)(a)',
    sources: llaz('florida'),
    note: 'Recreational vehicles: ÷ 60,000. Until a settlement or hearing date is recorded the latest odometer reading stands in.',
  },
  NY: {
    method: 'formula',
    mileagePoint: 'latest_odometer',
    mileagePointText: 'the mileage which is in excess of twelve thousand miles',
    divisor: 100_000,
    milesExempt: 12_000,
    confidence: 'M',
    citation: 'N.Y. Gen. Bus. Law 198-a(a)(4) ("mileage deduction formula"), 198-a(c)(1)',
    sources: llaz('new-york'),
    note: 'Counted on the miles driven at the time of the refund; the latest odometer reading stands in.',
  },
  PA: {
    method: 'capped_allowance',
    mileagePoint: 'first_report',
    mileagePointText: 'use by the purchaser prior to his first report of the nonconformity to the manufacturer',
    perMile: 0.1,
    percentOfPrice: 10,
    confidence: 'M',
    citation: '73 P.S. 1955',
    sources: llaz('pennsylvania'),
    note: 'A reasonable allowance not exceeding $.10 per mile driven or 10% of the purchase price, whichever is less (the snapshot drops the "$.10").',
  },
  NJ: {
    method: 'formula',
    mileagePoint: 'first_repair_visit',
    mileagePointText:
      'the mileage at the time the consumer first presents the motor vehicle to the dealer or manufacturer for correction of a nonconformity',
    divisor: 100_000,
    confidence: 'M',
    citation: 'N.J.S.A. 56:12-30 ("reasonable allowance for vehicle use"); 56:12-32',
    sources: llaz('new-jersey'),
    note: 'The statute counts the odometer mileage (not the miles since delivery); we subtract the delivery odometer, as the other formulas do.',
  },
  OH: {
    method: 'none',
    confidence: 'M',
    citation: 'Ohio Rev. Code 1345.72(B)',
    sources: llaz('ohio'),
    note: 'The refund is the full purchase price, collateral charges and incidental damages; the statute text has no deduction for use.',
  },
  MI: {
    method: 'capped_allowance',
    mileagePoint: 'first_report',
    mileagePointText: 'miles driven at the time of the initial report of the same defect or conditions',
    perMile: 0.1,
    percentOfPrice: 10,
    confidence: 'M',
    citation: 'Mich. Comp. Laws 257.1403(2)',
    sources: llaz('michigan'),
  },
  IL: {
    method: 'reasonable_allowance',
    text: 'the amount directly attributable to the wear and tear incurred by the new vehicle as a result of its use prior to the first report of a nonconformity to the seller, and during any subsequent period in which it is not out of service by reason of repair',
    confidence: 'M',
    citation: '815 ILCS 380/3(a)',
    sources: llaz('illinois'),
    note: 'Collateral charges exclude the taxes paid on the purchase (the retailer claims a tax credit).',
  },
  GA: {
    method: 'formula',
    mileagePoint: 'latest_odometer',
    mileagePointText: 'the number of miles that the vehicle traveled before the consumer’s request of repurchase or replacement',
    divisor: 100_000,
    confidence: 'M',
    citation: 'O.C.G.A. 10-1-782 ("reasonable offset for use"), 10-1-784',
    sources: llaz('georgia'),
    note: 'Until the request for repurchase is recorded the latest odometer reading stands in.',
  },
  NC: {
    method: 'formula',
    mileagePoint: 'first_report',
    mileagePointText:
      'the number of miles attributed to the consumer: use prior to the first report of the nonconformity and during any subsequent period when the vehicle is not out of service because of repair',
    divisor: 100_000,
    confidence: 'M',
    citation: 'N.C. Gen. Stat. 20-351.3(a)',
    sources: llaz('north-carolina'),
    note: 'Presumed formula; the miles driven after the first report while not out of service are not computed here (the offset shown is the part up to the first report).',
  },
  WA: {
    method: 'formula',
    mileagePoint: 'latest_odometer',
    mileagePointText: 'the number of miles that the vehicle traveled directly attributable to use by the consumer',
    divisor: 120_000,
    confidence: 'M',
    citation: 'RCW 19.118.041(1)(c), 19.118.021',
    sources: llaz('washington'),
    note: 'Motorcycles: miles before the manufacturer’s acceptance ÷ 25,000.',
  },
  MA: {
    method: 'formula',
    mileagePoint: 'latest_odometer',
    mileagePointText: 'the number of miles that vehicle traveled prior to the manufacturer’s acceptance of its return',
    divisor: 100_000,
    confidence: 'M',
    citation: 'Mass. Gen. Laws ch. 90, 7N1/2(1)',
    sources: llaz('massachusetts'),
    note: 'Until the manufacturer’s acceptance is recorded the latest odometer reading stands in. Used cars (ch. 90, 7N1/4): 15 cents a mile.',
  },
  AZ: {
    method: 'reasonable_allowance',
    text: 'the amount directly attributable to use by the consumer before his first written report of the nonconformity to the manufacturer, agent or dealer and during any subsequent period when the vehicle is not out of service by reason of repair',
    confidence: 'M',
    citation: 'A.R.S. 44-1263(A)',
    sources: llaz('arizona'),
  },
  // The rest: from the summary table only, low confidence until read in the statute text.
  SC: fromSnapshot('south-carolina', {
    mileagePoint: 'first_report',
    mileagePointText: 'the number of miles that the vehicle traveled before the first report of nonconformity',
    divisor: 120_000,
    citation: 'S.C. Code 56-28-50(A)',
  }),
  AL: fromSnapshot('alabama', {
    mileagePoint: 'first_report',
    mileagePointText: 'the number of miles that the vehicle travelled before the first report of nonconformity',
    divisor: 100_000,
    citation: 'Ala. Code 8-20A-2(a)',
  }),
  DE: lowSummary({
    mileagePoint: 'first_report',
    mileagePointText: FIRST_REPORT,
    divisor: 100_000,
    citation: 'Del. Code tit. 6, 5003',
    note: 'The summary gives this as a cap.',
  }),
  NH: fromSnapshot('new-hampshire', {
    mileagePoint: 'first_repair_visit',
    mileagePointText: 'the number of miles that the vehicle traveled prior to the first repair attempt',
    divisor: 100_000,
    citation: 'N.H. Rev. Stat. 357-D:3(IV)',
    note: 'Motorcycles and OHRVs: ÷ 20,000 (250 cc or less) or 40,000.',
  }),
  SD: fromSnapshot('south-dakota', {
    mileagePoint: 'first_report',
    mileagePointText: 'the number of miles that the vehicle traveled before the first report of nonconformity',
    divisor: 100_000,
    citation: 'S.D. Codified Laws 32-6D-4',
  }),
  VT: fromSnapshot('vermont', {
    mileagePoint: 'first_repair_visit',
    mileagePointText: 'the number of miles that the vehicle traveled prior to the first attempt at repairing the vehicle',
    divisor: 100_000,
    citation: 'Vt. Stat. tit. 9, 4172(e)',
  }),
  WI: lowSummary({
    mileagePoint: 'first_report',
    mileagePointText: FIRST_REPORT,
    divisor: 100_000,
    citation: 'Wis. Stat. 218.0171(2)(b)',
    note: 'The summary gives this as a cap.',
  }),
  CT: fromSnapshot('connecticut', {
    mileagePoint: 'latest_odometer',
    mileagePointText: "the number of miles that the vehicle traveled prior to the manufacturer's acceptance of its return",
    divisor: 100_000,
    citation: 'Conn. Gen. Stat. 42-179(d)',
    note: "Until the manufacturer's acceptance is recorded the latest odometer reading stands in.",
  }),
  IN: fromSnapshot('indiana', {
    mileagePoint: 'latest_odometer',
    mileagePointText: "the number of miles that the vehicle traveled before the manufacturer's acceptance of its return",
    divisor: 100_000,
    citation: 'Ind. Code 24-5-13-11',
    note: "Until the manufacturer's acceptance is recorded the latest odometer reading stands in.",
  }),
  ME: fromSnapshot('maine', {
    mileagePoint: 'latest_odometer',
    mileagePointText: "the number of miles that the vehicle traveled prior to the manufacturer's acceptance of its return",
    divisor: 100_000,
    citation: 'Me. Rev. Stat. tit. 10, 1161',
    note: "Until the manufacturer's acceptance is recorded the latest odometer reading stands in.",
  }),
  MT: fromSnapshot('montana', {
    mileagePoint: 'latest_odometer',
    mileagePointText: "the number of miles that the vehicle traveled prior to the manufacturer's acceptance of its return",
    divisor: 100_000,
    citation: 'Mont. Code 61-4-501',
    note: "Until the manufacturer's acceptance is recorded the latest odometer reading stands in.",
  }),
  IA: lowSummary({
    mileagePoint: 'latest_odometer',
    mileagePointText: 'miles up to the third repair attempt, the first attempt on a serious-safety defect, or the 30th day out of service',
    divisor: 120_000,
    citation: 'Iowa Code 322G.4',
    note: 'The reference point is not computed from the repair history yet; the latest odometer stands in.',
  }),
  HI: lowSummary({
    mileagePoint: 'first_report',
    mileagePointText: FIRST_REPORT,
    divisor: 100_000,
    citation: 'Haw. Rev. Stat. 481I-3',
    note: 'The summary gives 1% of the price per 1,000 miles (= ÷ 100,000); the reference point was not established.',
  }),
  ID: lowSummary({
    mileagePoint: 'latest_odometer',
    mileagePointText: 'miles up to the settlement or arbitration hearing date',
    divisor: 120_000,
    citation: 'Idaho Code 48-902',
  }),
  MN: {
    method: 'capped_allowance',
    mileagePoint: 'first_report',
    mileagePointText: FIRST_REPORT,
    perMile: 0.1,
    percentOfPrice: 10,
    confidence: 'L',
    citation: 'Minn. Stat. 325F.665 subd. 3',
    sources: SUMMARY,
  },
  ND: {
    method: 'capped_allowance',
    mileagePoint: 'first_report',
    mileagePointText: FIRST_REPORT,
    perMile: 0.1,
    percentOfPrice: 10,
    confidence: 'L',
    citation: 'N.D. Cent. Code 51-07-18',
    sources: SUMMARY,
  },
  MD: {
    method: 'capped_allowance',
    mileagePoint: 'first_report',
    mileagePointText: FIRST_REPORT,
    percentOfPrice: 15,
    confidence: 'L',
    citation: 'Md. Code Com. Law 14-1502(c)',
    sources: SUMMARY,
  },
  MS: {
    method: 'per_mile',
    mileagePoint: 'latest_odometer',
    mileagePointText: 'miles driven by the consumer',
    perMile: 0.2,
    confidence: 'L',
    citation: 'Miss. Code 63-17-159',
    sources: SUMMARY,
  },
  TN: lowAllowance('Tenn. Code 55-24-203', 'The summary gives a cap of half the IRS business mileage rate.'),
  VA: lowAllowance('Va. Code 59.1-207.13', 'The summary gives a cap of half the IRS business mileage rate.'),
  UT: lowAllowance('Utah Code 13-20-4', 'The summary gives price ÷ 100,000 per mile, at least 10 cents a mile.'),
  KS: lowAllowance('Kan. Stat. 50-646', 'The summary points to AAA "Your Driving Costs".'),
  AK: lowAllowance('Alaska Stat. 45.45.305', 'The summary gives "no more than depreciation".'),
  AR: lowAllowance('Ark. Code 4-90-406'),
  CO: lowAllowance('Colo. Rev. Stat. 42-10-103'),
  DC: lowAllowance('D.C. Code 50-503'),
  KY: lowAllowance('Ky. Rev. Stat. 367.842'),
  LA: lowAllowance('La. Rev. Stat. 51:1944'),
  MO: lowAllowance('Mo. Rev. Stat. 407.567'),
  NE: lowAllowance('Neb. Rev. Stat. 60-2703'),
  NV: lowAllowance('Nev. Rev. Stat. 597.630'),
  NM: lowAllowance('N.M. Stat. 57-16A-3'),
  OK: lowAllowance('Okla. Stat. tit. 15, 901'),
  OR: lowAllowance('Or. Rev. Stat. 646A.404'),
  RI: lowAllowance('R.I. Gen. Laws 31-5.2-3'),
  WV: lowAllowance('W. Va. Code 46A-6A-3'),
  WY: lowAllowance('Wyo. Stat. 40-17-101'),
};

/** Jurisdictions whose offset rule is below high/medium confidence: flagged wherever used. */
export const LOW_CONFIDENCE_OFFSET_STATES: readonly string[] = Object.entries(USE_OFFSET_RULES)
  .filter(([, rule]) => rule.confidence === 'L')
  .map(([code]) => code)
  .sort();

/** A civil penalty the statute allows on top of damages: shown beside restitution, never added. */
export interface CivilPenaltyRule {
  /** Up to this multiple of actual damages. */
  maxMultipleOfDamages: number;
  when: string;
  citation: string;
  confidence: Confidence;
}

export const CIVIL_PENALTY_RULES: Readonly<Partial<Record<JurisdictionCode, CivilPenaltyRule>>> = {
  CA: {
    maxMultipleOfDamages: 2,
    when: 'if the buyer establishes that the failure to comply was willful (or, for 1793.2(d)(2), unless the manufacturer maintains a qualified dispute resolution process)',
    citation: 'Cal. Civ. Code 1794(c), (e)',
    confidence: 'H',
  },
};
