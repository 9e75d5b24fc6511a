import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Indiana: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of IC 24-5-13-2, -7 and -15 (current copies) and of the whole
// chapter in LLAZ:indiana (statute text as published, file of 2015, which predates some amendments: its
// 24-5-13-15(b) still lists only strikes). See libs/state-rules/verification/il-ms.md.
const CITE = 'Ind. Code ch. 24-5-13';

export const IN_RULE_PACK: RulePack = {
  code: 'IN',
  name: 'Indiana',
  statute: sourced('Ind. Code ch. 24-5-13', 'H', CITE, ['LLAZ:indiana'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'IN-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 18,
          miles: 18000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery to the buyer (or delivery of a replacement vehicle)',
          text: '"Term of protection": begins on original delivery to the buyer and ends at the earlier of 18 months after it or the time the vehicle has been driven 18,000 miles after it',
        },
        'H',
        'Ind. Code s 24-5-13-7',
        ['IN_24_5_13_7_TEXT', 'LLAZ:indiana'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The nonconformity subject to repair at least 4 times by the manufacturer or its agents or authorized dealers, and it continues to exist',
        },
        'H',
        'Ind. Code s 24-5-13-15(a)(1)',
        ['IN_24_5_13_15_TEXT', 'LLAZ:indiana'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Ind. Code s 24-5-13-15(a)', ['IN_24_5_13_15_TEXT', 'LLAZ:indiana'], {
        note: 'Subsection (a) has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business_mon_sat',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair of any nonconformity for a cumulative total of at least 30 business days, and the nonconformity continues to exist (extended while repair services are unavailable because of a strike, civil unrest, fire, natural disaster, terrorist attack, act of God or war, (b))',
        },
        'H',
        'Ind. Code s 24-5-13-15(a)(2)',
        ['IN_24_5_13_15_TEXT', 'IN_24_5_13_2_TEXT', 'LLAZ:indiana'],
        {
          note: 'Day type corrected 2026-11-28 (statutes-deep): IC 24-5-13-2 defines a business day as a day other than Sunday or a legal holiday, so Saturdays count (day type business_mon_sat; before, Monday to Friday).',
          interpretations: [
            "Legal holidays are counted as the US federal holidays as observed; the Indiana-only legal holidays of IC 1-1-9-1 (e.g. Good Friday, Lincoln's Birthday, election days) are not excluded, so the count can reach 30 a day or two earlier than the statute does.",
          ],
        },
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method:
            "Written notification of the nonconformity to the name and address given in the warranty or owner's manual, if the manufacturer disclosed the requirement there",
          conditionsProngs: NO_PRONGS,
          text: "A buyer must first notify the manufacturer of a claim if the manufacturer clearly and conspicuously disclosed, in the warranty or owner's manual, that written notification is required before the buyer may be eligible for a refund or replacement; without that disclosure no notice is required",
        },
        'H',
        'Ind. Code s 24-5-13-9(a), (b)',
        ['LLAZ:indiana'],
        {
          note: 'Corrected 2026-11-28: the notice is a condition of the claim for refund or replacement (24-5-13-9), not an element of the 24-5-13-15 presumption, so it no longer blocks the prongs (before, the pack applied it to all of them as an interpretation). It is still listed as a procedural step.',
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
          text: 'Chapter 24-5-13 provides no final repair opportunity or window',
        },
        'M',
        'Ind. Code ch. 24-5-13 (none in ss 9-15)',
        ['LLAZ:indiana'],
        { note: 'From the absence of any such provision in the 2015 copy of the chapter; M because that copy predates later amendments.' },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: "The chapter does not apply to a buyer who has not first resorted to an informal procedure established by (or joined by) the manufacturer, if the procedure is certified by the attorney general as complying with 16 CFR 703 and the AG's rules, and the buyer received adequate written notice of it",
        },
        'H',
        'Ind. Code s 24-5-13-19',
        ['LLAZ:indiana'],
        { note: 'Compliance corrected 2026-11-28 from "16 CFR 703" to attorney-general certification (24-5-13-19(1)).' },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'first_report', months: 24 }], combine: 'earliest' },
          alternatives: 'Tolled while an informal dispute settlement procedure under 24-5-13-19 is being conducted (24-5-13-23(b)).',
          text: 'Action within 2 years following the date the buyer first reports the nonconformity to the manufacturer, its agent or authorized dealer',
        },
        'H',
        'Ind. Code s 24-5-13-23(a), (b)',
        ['LLAZ:indiana'],
      ),
      coverage: {
        leased: sourced('Covered (lease provisions in statute)', 'M', CITE, ['LLAZ:indiana']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};
