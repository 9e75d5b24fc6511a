import type { RulePack, RulePackVersion } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Ohio: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Ohio Rev. Code s 1345.71 et seq.';
// Presumption values checked on 2026-11-28 against the text of R.C. 1345.73 (codes.ohio.gov, amended
// eff. 9/29/2011); see libs/state-rules/verification/statutes.md.
const PRESUMPTION = 'Ohio Rev. Code s 1345.73';
const PRESUMPTION_SOURCES = ['OH_1345_73', 'LLAZ:ohio', 'OH_KAHN'];

/** Fields shared by every version. */
const BASE: Omit<RulePackVersion, 'id' | 'effectiveFrom' | 'effectiveFromBasis'> = {
  period: sourced(
    {
      months: 12,
      miles: 18000,
      combine: 'whichever_first',
      endsWithExpressWarranty: false,
      mileageBasis: 'miles_since_delivery',
      mileageBasisStated: false,
      measuredFrom: 'original delivery',
      text: '1 year from original delivery or first 18,000 miles, whichever earlier (rule: whichever is earlier)',
    },
    'H',
    `${PRESUMPTION}(A)`,
    ['OH_1345_73', 'LLAZ:ohio', 'OH_KAHN', 'OH_BBB'],
  ),
  sameNonconformity: sourced(
    {
      threshold: 3,
      comparison: 'at_least',
      plusFinalManufacturerAttempt: false,
      window: 'counting_window',
      text: 'Substantially the same nonconformity subject to repair 3 or more times and it continues to exist or recurs',
    },
    'H',
    `${PRESUMPTION}(A)(1)`,
    PRESUMPTION_SOURCES,
  ),
  anyDefectAttempts: sourced(
    {
      threshold: 8,
      comparison: 'at_least',
      plusFinalManufacturerAttempt: false,
      window: 'counting_window',
      text: '8 or more attempts to repair any nonconformities (on separate occasions). Source: 3 or more repairs of substantially the same nonconformity; OR 8 or more attempts to repair any nonconformities',
    },
    'H',
    `${PRESUMPTION}(A)(3)`,
    PRESUMPTION_SOURCES,
  ),
  seriousSafety: sourced(
    [
      {
        threshold: 1,
        comparison: 'at_least',
        plusFinalManufacturerAttempt: false,
        window: 'counting_window',
        scope: 'any_serious_safety',
        text: '1 attempt to repair a nonconformity likely to cause death or serious bodily injury, still existing',
      },
    ],
    'H',
    `${PRESUMPTION}(A)(4)`,
    PRESUMPTION_SOURCES,
  ),
  daysOutOfService: sourced(
    {
      days: 30,
      comparison: 'at_least',
      dayType: 'calendar',
      sameDefectOnly: false,
      rollingWindowMonths: null,
      countOnlyAfterNotice: false,
      text: 'Cumulative 30 or more calendar days out of service (day type in the source: calendar)',
    },
    'H',
    `${PRESUMPTION}(A)(2)`,
    PRESUMPTION_SOURCES,
  ),
  notice: sourced(
    {
      required: 'unknown',
      method: 'not established in the statute text; consumer guides advise certified mail',
      conditionsProngs: NO_PRONGS,
      text: 'not established from available sources in statute text; consumer guides advise certified-mail notice',
    },
    'L',
    CITE,
    [],
  ),
  finalRepairOpportunity: sourced(
    {
      required: 'unknown',
      conditionsProngs: NO_PRONGS,
      satisfiedBy: 'offered',
      designateFacilityWithinDays: null,
      repairWithinDays: null,
      repairWindowFrom: null,
      dayType: 'calendar',
      missedWindowSatisfies: false,
      text: 'not established from available sources',
    },
    'L',
    CITE,
    [],
  ),
  disputeProgram: sourced(
    {
      requirement: 'required_if_compliant',
      compliance: '16_cfr_703',
      text: 'Conditional - if a qualified informal dispute resolution mechanism (AG rules, 703-compliant) exists and the consumer was timely notified, the consumer must initially resort to it before suing',
    },
    'H',
    CITE,
    ['LLAZ:ohio'],
  ),
  stateArbitration: null,
  timeToFile: sourced(
    {
      known: true,
      deadline: { terms: [{ anchor: 'delivery', months: 60 }], combine: 'earliest' },
      alternatives: 'Tolled while a complaint is pending before a qualified IDSM.',
      text: 'Action within 5 years of original delivery (R.C. 1345.75(C), eff. 9/15/1999); tolled while a complaint is pending before a qualified IDSM. (The lemonlawaz text still shows the older 2-years-after-warranty rule.)',
    },
    'H',
    'Ohio Rev. Code s 1345.75(C)',
    ['OH_ORC'],
  ),
  coverage: {
    leased: sourced('Covered (lessee for 30 days or more)', 'H', CITE, ['OH_BBB']),
    used: sourced('Transferees during the warranty are consumers; vehicles older than 1 year/18,000 miles not covered', 'M', CITE, [
      'OH_BBB',
    ]),
  },
};

export const OH_RULE_PACK: RulePack = {
  code: 'OH',
  name: 'Ohio',
  statute: sourced('Ohio Rev. Code ss 1345.71-1345.78 (Nonconforming New Motor Vehicles)', 'H', CITE, ['LLAZ:ohio', 'OH_ORC', 'OH_KAHN']),
  versions: [
    {
      ...BASE,
      id: 'OH-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'warranty_expiry', months: 24 }], combine: 'earliest' },
          text: 'Older rule as the reference summarizes the 2015 statute text: 2 years after the warranty (superseded for deliveries from 1999-09-15).',
        },
        'L',
        CITE,
        ['LLAZ:ohio'],
        {
          interpretations: ["The reference only says 'the older 2-years-after-warranty rule'; encoded as 2 years after warranty expiry."],
        },
      ),
    },
    {
      ...BASE,
      id: 'OH-2',
      effectiveFrom: '1999-09-15',
      effectiveFromBasis: sourced(
        'Ohio Rev. Code s 1345.75(C), effective 09-15-1999: action within 5 years of original delivery.',
        'H',
        'Ohio Rev. Code s 1345.75(C)',
        ['OH_ORC'],
      ),
    },
  ],
};
