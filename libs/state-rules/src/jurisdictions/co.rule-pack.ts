import type { RulePack, RulePackVersion } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Colorado: CO-1 is the law the research extract encoded (text of the 2015 snapshot, subsections
// cited from it). SB 24-192 (2024 Colo. Sess. Laws ch. 450) changed the presumption for vehicles
// sold or leased on or after 2024-08-07: CO-2. Checked 2026-11-28 (verification/al-id.md); the
// amended section text was not readable, so CO-2 rests on the act's abstract and amendments (M).
const CITE = 'Colo. Rev. Stat. s 42-10-101 et seq.';
const PRESUMPTION_CITE = 'Colo. Rev. Stat. s 42-10-103(2)';
const SB192_CITE = 'Colo. Rev. Stat. s 42-10-103 as amended by SB 24-192 (2024 Colo. Sess. Laws ch. 450)';
const SB192_SOURCES = ['CO_SB24_192_ABSTRACT', 'CO_SB24_192_AMENDMENTS', 'CO_42_10_2025'];

const CO_1: RulePackVersion = {
  id: 'CO-1',
  effectiveFrom: EARLIEST,
  effectiveFromBasis: earliestBasis(CITE),
  period: sourced(
    {
      months: 12,
      miles: null,
      combine: 'whichever_first',
      endsWithExpressWarranty: true,
      mileageBasis: 'miles_since_delivery',
      mileageBasisStated: false,
      measuredFrom: 'original delivery',
      text: 'Warranty term or 1 year from delivery, whichever earlier (rule: shorter of warranty term or 1 year)',
    },
    'H',
    `${PRESUMPTION_CITE}(a)(I); s 42-10-102`,
    ['LLAZ:colorado'],
    {
      note: '42-10-102 and 42-10-103(2)(a)(I) (2015 text, LLAZ; CO-1 applies to deliveries before 2024-08-07): the warranty term or one year after original delivery, whichever is the earlier date. 2015 text (LLAZ); later amendment not ruled out.',
    },
  ),
  sameNonconformity: sourced(
    {
      threshold: 4,
      comparison: 'at_least',
      plusFinalManufacturerAttempt: false,
      window: 'counting_window',
      text: '4 or more repairs of the same nonconformity',
    },
    'H',
    `${PRESUMPTION_CITE}(a)(I)`,
    ['LLAZ:colorado'],
    {
      note: '42-10-103(2)(a)(I): the same nonconformity subject to repair four or more times within the period, and it continues to exist; (2)(c): the noticed defect counts as one nonconformity subject to repair under (a)(I). 2015 text (LLAZ); later amendment not ruled out.',
    },
  ),
  anyDefectAttempts: null,
  seriousSafety: sourced([], 'H', `${PRESUMPTION_CITE}(a)`, ['LLAZ:colorado'], {
    note: '42-10-103(2)(a) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
  }),
  daysOutOfService: sourced(
    {
      days: 30,
      comparison: 'at_least',
      dayType: 'business',
      sameDefectOnly: false,
      rollingWindowMonths: null,
      countOnlyAfterNotice: false,
      text: 'Cumulative 30 or more business days (day type in the source: business days of the repairer)',
    },
    'H',
    `${PRESUMPTION_CITE}(a)(II)`,
    ['LLAZ:colorado'],
    {
      note: '42-10-103(2)(a)(II): out of service by reason of repair for a cumulative total of thirty or more business days "of the repairer" within the period (the repairer\'s business days: counted Monday to Friday except federal holidays, interpretation). 2015 text (LLAZ); later amendment not ruled out.',
      interpretations: ["'Business days of the repairer' counted as Monday-Friday except US federal holidays."],
    },
  ),
  notice: sourced(
    {
      required: 'yes',
      method: 'Prior written notification by certified mail',
      conditionsProngs: ALL_PRONGS,
      text: "Yes - prior written notification by certified mail plus opportunity to cure (that repair counts as one attempt); dealer must supply a notice form with the owner's manual",
    },
    'H',
    `${PRESUMPTION_CITE}(c), (d)`,
    ['LLAZ:colorado'],
    {
      note: "42-10-103(2)(c): no presumption unless the manufacturer has received prior written notification by certified mail and had an opportunity to cure; (2)(d): the dealer supplies the notification form with the owner's manual. 2015 text (LLAZ); later amendment not ruled out.",
    },
  ),
  finalRepairOpportunity: sourced(
    {
      required: 'yes',
      conditionsProngs: ALL_PRONGS,
      satisfiedBy: 'offered',
      designateFacilityWithinDays: null,
      repairWithinDays: null,
      repairWindowFrom: null,
      dayType: 'calendar',
      missedWindowSatisfies: false,
      text: 'Yes - opportunity to cure (days not specified)',
    },
    'H',
    `${PRESUMPTION_CITE}(c)`,
    ['LLAZ:colorado'],
    {
      note: '42-10-103(2)(c): an opportunity to cure the defect alleged after the certified-mail notification; no days are set for CO-1. 2015 text (LLAZ); later amendment not ruled out.',
      interpretations: [
        "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
      ],
    },
  ),
  disputeProgram: sourced(
    {
      requirement: 'required_if_compliant',
      compliance: '16_cfr_703',
      text: 'Yes - must first resort to a 703-compliant manufacturer procedure',
    },
    'H',
    'Colo. Rev. Stat. s 42-10-106',
    ['LLAZ:colorado'],
    {
      note: '42-10-106: a procedure substantially complying with 16 C.F.R. 703 (as amended) must first be used before the 42-10-103(1) refund or replacement. 2015 text (LLAZ); later amendment not ruled out.',
    },
  ),
  stateArbitration: null,
  timeToFile: sourced(
    {
      known: true,
      deadline: {
        terms: [
          { anchor: 'warranty_expiry', months: 6 },
          { anchor: 'delivery', months: 12 },
        ],
        combine: 'earliest',
      },
      alternatives: 'Tolled during arbitration.',
      text: 'Within 6 months after warranty expiration or 1 year after delivery, whichever earlier; tolled during arbitration',
    },
    'H',
    'Colo. Rev. Stat. s 42-10-107',
    ['LLAZ:colorado'],
    {
      note: '42-10-107: within six months after the warranty term expires or one year after original delivery, whichever is earlier; tolled while the consumer is in arbitration under 42-10-106. 2015 text (LLAZ); later amendment not ruled out.',
    },
  ),
  coverage: {
    leased: sourced('not established from available sources', 'L', CITE, []),
    used: sourced('not established from available sources', 'L', CITE, []),
  },
  notes: ['Attorney fees go to the prevailing side (either party).'],
};

/**
 * SB 24-192: vehicles sold or leased on or after 2024-08-07. Values from the act's abstract and the
 * Senate committee amendments; the amended text of 42-10-103 itself was not readable (M, L where a
 * reading of ours fills a gap). Dispute program and time to file were not shown changed by what was
 * read, so they carry CO-1's values at lower confidence.
 */
const CO_2: RulePackVersion = {
  ...CO_1,
  id: 'CO-2',
  effectiveFrom: '2024-08-07',
  effectiveFromBasis: sourced(
    'SB 24-192, 2024 Colo. Sess. Laws ch. 450, s 1, effective 2024-08-07 and applicable to motor vehicles sold or leased on or after 2024-08-07 (annotation to the codified text); signed 2024-06-06. A case is placed by its delivery date, used here for the sale or lease date.',
    'M',
    SB192_CITE,
    SB192_SOURCES,
  ),
  period: sourced(
    {
      months: 24,
      miles: 24000,
      combine: 'whichever_first',
      endsWithExpressWarranty: true,
      mileageBasis: 'miles_since_delivery',
      mileageBasisStated: false,
      measuredFrom: 'original delivery',
      text: 'The warranty term, 2 years after original delivery or the first 24,000 miles, whichever is earliest (SB 24-192 replaced the one-year period)',
    },
    'M',
    SB192_CITE,
    SB192_SOURCES,
    {
      interpretations: [
        'The act abstract adds 2 years / 24,000 miles to the earlier-of test; the warranty term is kept as a limit (not confirmed in the amended text).',
      ],
    },
  ),
  sameNonconformity: sourced(
    {
      threshold: 3,
      comparison: 'at_least',
      plusFinalManufacturerAttempt: false,
      window: 'counting_window',
      text: '3 or more repairs of the same nonconformity (was 4)',
    },
    'M',
    SB192_CITE,
    SB192_SOURCES,
  ),
  seriousSafety: sourced(
    [
      {
        threshold: 2,
        comparison: 'at_least',
        plusFinalManufacturerAttempt: false,
        window: 'counting_window',
        scope: 'any_serious_safety',
        text: '2 or more repairs of a safety-based nonconformity: one that results in a condition likely to cause death or serious bodily injury if the vehicle is driven, or creates a risk of fire or explosion',
      },
    ],
    'M',
    `${SB192_CITE}; s 42-10-101(2.5)`,
    SB192_SOURCES,
  ),
  daysOutOfService: sourced(
    {
      days: 24,
      comparison: 'at_least',
      dayType: 'business',
      sameDefectOnly: false,
      rollingWindowMonths: null,
      countOnlyAfterNotice: false,
      text: 'Cumulative 24 or more business days out of service by reason of repair (was 30)',
    },
    'M',
    SB192_CITE,
    SB192_SOURCES,
    {
      interpretations: ["'Business days of the repairer' counted as Monday-Friday except US federal holidays."],
    },
  ),
  notice: sourced(
    {
      required: 'yes',
      method:
        'Prior written notification by certified mail to the manufacturer, stating that repairs of the same nonconformity were attempted and it remains',
      conditionsProngs: ALL_PRONGS,
      text: 'Yes - prior written notification by certified mail stating that one or more attempts to repair the same nonconformity have been made and it remains, plus an opportunity to cure',
    },
    'M',
    `${SB192_CITE}; s 42-10-103(2)(c)`,
    [...SB192_SOURCES, 'LLAZ:colorado'],
  ),
  finalRepairOpportunity: sourced(
    {
      required: 'yes',
      conditionsProngs: ALL_PRONGS,
      satisfiedBy: 'offered',
      designateFacilityWithinDays: null,
      repairWithinDays: 10,
      repairWindowFrom: 'notice_received',
      dayType: 'business',
      missedWindowSatisfies: false,
      text: 'Yes - an opportunity to cure, limited to 10 business days (SB 24-192)',
    },
    'M',
    SB192_CITE,
    SB192_SOURCES,
    {
      interpretations: [
        "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
        'The abstract does not say from which event the 10 business days run; counted from receipt of the notice.',
      ],
    },
  ),
  disputeProgram: sourced(CO_1.disputeProgram.value, 'M', 'Colo. Rev. Stat. s 42-10-106', ['LLAZ:colorado'], {
    note: 'Not shown changed by the parts of SB 24-192 read; carried from CO-1.',
  }),
  timeToFile: sourced(CO_1.timeToFile.value, 'L', 'Colo. Rev. Stat. s 42-10-107', ['LLAZ:colorado'], {
    note: "Carried from CO-1 (6 months after the warranty or 1 year after delivery, whichever earlier); whether SB 24-192 also changed this section's one-year term was not established.",
  }),
};

export const CO_RULE_PACK: RulePack = {
  code: 'CO',
  name: 'Colorado',
  statute: sourced('Colo. Rev. Stat. s 42-10-101 et seq.', 'M', CITE, ['LLAZ:colorado']),
  versions: [CO_1, CO_2],
};
