import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Massachusetts: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Mass. Gen. Laws ch. 90, s 7N1/2';

export const MA_RULE_PACK: RulePack = {
  code: 'MA',
  name: 'Massachusetts',
  statute: sourced('Mass. Gen. Laws ch. 90, s 7N1/2 (new cars); s 7N1/4 (used cars); 201 CMR 11.00', 'H', CITE, [
    'LLAZ:massachusetts',
    'MA_REG',
  ]),
  versions: [
    {
      id: 'MA-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: 15000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Term of protection: 1 year or 15,000 miles (rule: whichever comes first)',
        },
        'H',
        CITE,
        ['LLAZ:massachusetts', 'MA_LLORG'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity within the term of protection (continues or recurs)',
        },
        'H',
        CITE,
        ['LLAZ:massachusetts', 'MA_REG'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', CITE, ['LLAZ:massachusetts'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 15,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: "Cumulative 15 or more business days during the term of protection (day type in the source: business (days the dealer's service department is open))",
        },
        'H',
        CITE,
        ['LLAZ:massachusetts', 'MA_LLORG', 'MA_REG'],
        {
          interpretations: ["'Days the dealer's service department is open' counted as Monday-Friday except US federal holidays."],
        },
      ),
      notice: sourced(
        {
          required: 'no',
          method: 'No direct notice to the manufacturer is required before state-certified arbitration',
          conditionsProngs: NO_PRONGS,
          text: "No direct notice to the manufacturer may be required before state-certified arbitration; the manufacturer's final opportunity starts when it knew or should have known the limits were met",
        },
        'H',
        CITE,
        ['LLAZ:massachusetts'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 7,
          repairWindowFrom: 'notice_received',
          dayType: 'business',
          missedWindowSatisfies: false,
          text: "Yes - after notice, one final repair attempt of no more than 7 business days, running from the manufacturer's receipt of the notice (may start after the term of protection)",
        },
        'M',
        'Mass. Gen. Laws ch. 90, s 7N1/2(4)',
        ['LLAZ:massachusetts', 'MA_REG', 'MA_201CMR1123', 'MA_7N12_TEXT'],
        {
          note: '7 business days read in 201 CMR 11.23 (the notice the regulation mandates); that they run from receipt of the notice is the issue-13 audit reading, the statute text of (4) was not read here.',
          interpretations: [
            "'Business day' is a day the manufacturer's dealers' service departments are normally open (s 7N1/2(1)); counted as Monday-Friday except federal holidays.",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'unknown',
          text: 'State-certified new-car arbitration available on consumer request; whether a manufacturer program must be used first not established from available sources',
        },
        'M',
        CITE,
        ['LLAZ:massachusetts'],
      ),
      stateArbitration: sourced(
        {
          name: 'Massachusetts state-certified new car arbitration (OCABR)',
          mandatory: false,
          requestWindow: { terms: [{ anchor: 'delivery', months: 18 }], combine: 'earliest' },
          manufacturerComplianceDays: 21,
          text: 'State-certified arbitration (OCABR-appointed arbitrator) must be requested within 18 months of delivery; request must include narrative and chronology of repair attempts and state that the 7-business-day final opportunity was given. Manufacturer must deliver refund/replacement within 21 days or appeal; fine $5,000/day after that.',
        },
        'H',
        '201 CMR 11.02',
        ['LLAZ:massachusetts', 'MA_REG'],
      ),
      timeToFile: sourced(
        {
          known: false,
          deadline: null,
          text: 'not established from available sources for new cars (2 years from delivery is the used-car provision)',
        },
        'L',
        CITE,
        ['LLAZ:massachusetts'],
      ),
      coverage: {
        leased: sourced('Covered for new vehicles leased after July 1, 1997', 'H', CITE, ['MA_LLORG']),
        used: sourced('Vehicles resold during the term of protection are covered; separate used-car warranty law', 'H', CITE, [
          'MA_LLORG',
          'LLAZ:massachusetts',
        ]),
      },
      notes: ['Market-value impairment: consumer must show the vehicle is worth at least 10% less (AG pamphlet text).'],
    },
  ],
};
