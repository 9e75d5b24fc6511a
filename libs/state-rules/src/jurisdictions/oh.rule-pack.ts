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
      required: 'no',
      method:
        'No written notice to the manufacturer in the statute; the consumer reports the nonconformity to the manufacturer, its agent or its dealer during the period (1345.72(A))',
      conditionsProngs: NO_PRONGS,
      text: 'No written-notice requirement in R.C. 1345.71-1345.77 as read: the consumer reports the nonconformity to the manufacturer, its agent or its authorized dealer within 1 year / 18,000 miles (1345.72(A)); the 1345.73 presumption has no notice condition. Consumer guides still advise certified-mail notice.',
    },
    'M',
    'Ohio Rev. Code s 1345.72(A); s 1345.73',
    ['OH_1345_73', 'LLAZ:ohio'],
    {
      note: 'Established 2026-11-28 (statutes-deep; was "unknown", L): neither the current 1345.73 (read) nor the older copy of 1345.71 to 1345.77 (LLAZ, which predates the 1999 amendment of 1345.75) has a written-notice requirement. M: 1345.78 (added later) was not read.',
    },
  ),
  finalRepairOpportunity: sourced(
    {
      required: 'no',
      conditionsProngs: NO_PRONGS,
      satisfiedBy: 'offered',
      designateFacilityWithinDays: null,
      repairWithinDays: null,
      repairWindowFrom: null,
      dayType: 'calendar',
      missedWindowSatisfies: false,
      text: 'No final repair opportunity in R.C. 1345.71-1345.77 as read; the 1345.73 presumption has no cure condition',
    },
    'M',
    'Ohio Rev. Code s 1345.73',
    ['OH_1345_73', 'LLAZ:ohio'],
    {
      note: 'Established 2026-11-28 (statutes-deep; was "unknown", L): no final repair opportunity in the current 1345.73 (read) or the older copy of the chapter (LLAZ). M: 1345.78 (added later) was not read.',
    },
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
          text: 'Former rule: within 2 years of the expiration of the express warranty term (superseded for deliveries from 1999-09-15).',
        },
        'H',
        'Ohio Rev. Code s 1345.75(C) (before the 1999 amendment)',
        ['LLAZ:ohio'],
        {
          note: 'Former 1345.75(C), read whole in the older copy of the chapter (LLAZ, which still prints it): any action under division (A) shall be commenced within two years of the expiration of the express warranty term. The current text (5 years from original delivery, effective 1999-09-15) is OH-2.',
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
