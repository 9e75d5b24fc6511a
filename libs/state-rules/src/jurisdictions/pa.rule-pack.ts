import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Pennsylvania: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = '73 P.S. s 1951 et seq.';

export const PA_RULE_PACK: RulePack = {
  code: 'PA',
  name: 'Pennsylvania',
  statute: sourced('73 P.S. ss 1951-1963 (Automobile Lemon Law)', 'H', CITE, ['LLAZ:pennsylvania', 'PA_BBB']),
  versions: [
    {
      id: 'PA-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: 12000,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'actual delivery',
          text: '1 year from delivery, first 12,000 miles, or the term of the warranty, whichever occurs first (rule: earliest of 1 year, 12,000 miles, or warranty term)',
        },
        'H',
        CITE,
        ['LLAZ:pennsylvania', 'PA_CAS', 'PA_CONSUMERAFFAIRS'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 repairs of the same nonconformity, still existing',
        },
        'H',
        CITE,
        ['LLAZ:pennsylvania', 'PA_CAS'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', CITE, ['LLAZ:pennsylvania'], { note: 'No separate serious-safety threshold' }),
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
        CITE,
        ['LLAZ:pennsylvania', 'PA_CAS'],
      ),
      notice: sourced(
        {
          required: 'no',
          method:
            'Delivery to an authorized repair facility is the trigger; written notice to the manufacturer only if delivery is impossible',
          conditionsProngs: NO_PRONGS,
          text: 'Delivery to an authorized repair facility is the trigger; written notice to the manufacturer only if delivery is impossible. Dealer must notify the manufacturer (certified mail) after the second repair visit for the same problem.',
        },
        'M',
        CITE,
        ['PA_CAS', 'PA_CONSUMERAFFAIRS'],
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
          text: 'Yes - if the manufacturer has a 16 CFR 703-compliant procedure, refund/replacement does not apply until the purchaser first resorts to it; decision not binding on the purchaser',
        },
        'H',
        CITE,
        ['LLAZ:pennsylvania', 'PA_CAS'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: false,
          deadline: null,
          text: "Not specified in the Act (no limitations section in the statute text; a 2009 defense-bar article is titled 'No Limitation on Statute of Limitations for Pennsylvania Lemon Law'). Secondary sources conflict: 6 months after written notice, 3 years, or 4 years from delivery. Unresolved.",
        },
        'L',
        CITE,
        ['PA_MDWCG', 'PA_LEGALCLARITY'],
      ),
      coverage: {
        leased: sourced(
          'Covered for vehicles leased in PA on/after Feb 11, 2002, or purchased/leased elsewhere on/after Dec 1, 2002 and first registered in PA',
          'H',
          CITE,
          ['PA_BBB'],
        ),
        used: sourced('Not covered by the new-car law (demonstrators included)', 'M', CITE, ['PA_BBB']),
      },
      notes: ['Excludes motorcycles, motor homes and off-road vehicles; vehicles designed for up to 15 persons.'],
    },
  ],
};
