import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Illinois: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of 815 ILCS 380/2(f), 380/3(b) and 380/4 (current copies) and
// of the whole Act in LLAZ:illinois (statute text as published, file of 2015), where the subsections of
// 380/3 are bullets: (h) cited here is the eighth. See libs/state-rules/verification/il-ms.md.
const CITE = '815 ILCS 380';

export const IL_RULE_PACK: RulePack = {
  code: 'IL',
  name: 'Illinois',
  statute: sourced('815 ILCS 380 (New Vehicle Buyer Protection Act)', 'H', CITE, ['LLAZ:illinois']),
  versions: [
    {
      id: 'IL-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: 12000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'delivery to consumer',
          text: 'Statutory warranty period: 1 year or 12,000 miles (rule: whichever occurs first)',
        },
        'H',
        '815 ILCS 380/2(f)',
        ['IL_380_2_TEXT', 'LLAZ:illinois'],
        {
          note: '"Statutory warranty period": one year or 12,000 miles, whichever occurs first after delivery of the vehicle to the consumer (the copy read predates the 2008 amendment of (a) and (c), which did not touch (f)).',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity subject to repair by the seller, its agents or authorized dealers 4 or more times during the statutory warranty period, and it continues to exist',
        },
        'H',
        '815 ILCS 380/3(b)(1)',
        ['IL_380_3_TEXT', 'LLAZ:illinois'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', '815 ILCS 380/3(b)', ['IL_380_3_TEXT', 'LLAZ:illinois'], {
        note: 'Subsection (b) has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair of nonconformities for a total of 30 or more business days during the statutory warranty period',
        },
        'H',
        '815 ILCS 380/3(b)(2)',
        ['IL_380_3_TEXT', 'LLAZ:illinois'],
        { note: '"Business days" is not defined in the sections read; counted Monday to Friday except federal holidays.' },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'In no event shall the presumption apply against a manufacturer unless it has received prior direct written notification from or on behalf of the consumer and has an opportunity to correct the alleged defect',
        },
        'H',
        '815 ILCS 380/3(h)',
        ['LLAZ:illinois'],
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
          text: 'An opportunity to correct the alleged defect after the written notification (days not specified)',
        },
        'M',
        '815 ILCS 380/3(h)',
        ['LLAZ:illinois'],
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: "380/3(a) does not apply unless the consumer first resorted to the manufacturer's informal settlement procedure, where the manufacturer established one that conforms substantially to 16 CFR 703 and to 380/4(c), and the consumer received adequate written notice of it from the seller",
        },
        'H',
        '815 ILCS 380/4(a)',
        ['IL_380_4_TEXT', 'LLAZ:illinois'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 18 }], combine: 'earliest' },
          alternatives: 'Extended by the days the informal procedure was pending.',
          text: 'Action within 18 months after original delivery, extended by days pending in the informal procedure',
        },
        'H',
        '815 ILCS 380/6; 380/4(b) (extension)',
        ['LLAZ:illinois', 'IL_380_4_TEXT'],
      ),
      coverage: {
        leased: sourced('Covered (lessee for at least 1 year)', 'H', CITE, ['LLAZ:illinois']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};
