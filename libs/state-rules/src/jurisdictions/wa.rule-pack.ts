import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Washington: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// RCW 19.118.021-.090 (2015 copy) and the current chapter index (libs/state-rules/verification/pa-wy.md).
// Subsection numbers are those of the 2015 text; the current .041 adds a motor-home notice provision.
const CITE = 'RCW 19.118';

export const WA_RULE_PACK: RulePack = {
  code: 'WA',
  name: 'Washington',
  statute: sourced('RCW 19.118 (Motor Vehicle Warranties); WAC 44-10', 'H', CITE, ['LLAZ:washington', 'WA_WAC']),
  versions: [
    {
      id: 'WA-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 24000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Warranty period: 2 years or 24,000 miles (rule: whichever occurs first)',
        },
        'H',
        'RCW 19.118.021 ("warranty period", now "eligibility period")',
        ['LLAZ:washington', 'WA_RCW_19_118_INDEX'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          anchor: {
            within: 'express_warranty',
            minAttempts: 1,
            deemedMinimum: { months: 12, miles: 12000 },
            text: "At least one attempt during the manufacturer's written warranty (deemed at least 1 year/12,000 miles).",
          },
          text: "4 or more diagnoses/repairs of the same nonconformity (at least one during the manufacturer's written warranty)",
        },
        'H',
        'RCW 19.118.041(2)(b)',
        ['LLAZ:washington'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 2,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            anchor: {
              within: 'express_warranty',
              minAttempts: 1,
              deemedMinimum: { months: 12, miles: 12000 },
              text: "At least one attempt during the manufacturer's written warranty (deemed at least 1 year/12,000 miles).",
            },
            scope: 'any_serious_safety',
            text: '2 or more diagnoses/repairs of the same serious safety defect (at least one during the written warranty)',
          },
        ],
        'H',
        'RCW 19.118.041(2)(a)',
        ['LLAZ:washington'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          anchor: {
            within: 'express_warranty',
            minDays: 15,
            deemedMinimum: { months: 12, miles: 12000 },
            text: "At least 15 of the days during the manufacturer's written warranty (deemed at least 1 year/12,000 miles).",
          },
          countOnlyAfterNotice: false,
          text: "Cumulative 30 calendar days for diagnosis/repair, at least 15 during the manufacturer's written warranty (deemed at least 1 year/12,000 miles) (day type in the source: calendar)",
        },
        'H',
        'RCW 19.118.041(2)(c)',
        ['LLAZ:washington'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: "Written request to the manufacturer's corporate, dispute-resolution, zone or regional office",
          conditionsProngs: NO_PRONGS,
          text: "Yes - written request to the manufacturer's corporate, dispute-resolution, zone or regional office",
        },
        'H',
        'RCW 19.118.041(1)',
        ['LLAZ:washington'],
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
          text: 'No separate final repair; manufacturer has 40 calendar days from the written request to repurchase or replace',
        },
        'H',
        'RCW 19.118.041(1)',
        ['LLAZ:washington'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          text: 'Yes - must exhaust the state new motor vehicle arbitration board or a (703-compliant) informal procedure before superior court',
        },
        'H',
        'RCW 19.118.080(3)',
        ['LLAZ:washington'],
      ),
      stateArbitration: sourced(
        {
          name: 'Washington Attorney General lemon law arbitration board',
          mandatory: true,
          requestWindow: { terms: [{ anchor: 'delivery', months: 30 }], combine: 'earliest' },
          hearingWithinDays: 45,
          decisionWithinDays: 60,
          consumerResponseDays: 60,
          text: 'AG Lemon Law Administration: request within 30 months of original retail delivery (received date counts, not mailing date). Board hears within 45 days and decides within 60 days of receiving the request; consumer accepts/rejects within 60 days; trial de novo available.',
        },
        'H',
        'WAC 44-10-031',
        ['WA_WAC', 'WA_ATG2', 'LLAZ:washington'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 30 }], combine: 'earliest' },
          alternatives: '30-month arbitration window, extended while under AG review; a court limitations period was not established.',
          text: '30-month arbitration window (extended while under AG review/assigned); court SOL not established from available sources',
        },
        'M',
        'RCW 19.118.090(2); WAC 44-10-031',
        ['WA_WAC', 'LLAZ:washington'],
      ),
      manufacturerRemedyWindow: sourced(
        {
          days: 40,
          dayType: 'calendar',
          from: 'written_request',
          text: 'No separate final repair; manufacturer has 40 calendar days from the written request to repurchase or replace',
        },
        'H',
        'RCW 19.118.041(1)',
        ['LLAZ:washington'],
      ),
      coverage: {
        leased: sourced('Covered (transfer, lease or purchase)', 'H', CITE, ['LLAZ:washington']),
        used: sourced('Subsequent transferees within the warranty period are consumers', 'H', CITE, ['LLAZ:washington', 'WA_ATG']),
      },
      notes: [
        'Reasonable offset for use: miles x price / 120,000.',
        'Dealer must give itemized repair orders with in/out dates and mileage (WA AG).',
      ],
    },
  ],
};
