import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Pennsylvania: values from the lemon-law research extract, checked on 2026-11-28 against the text
// of 73 P.S. ss 1954-1959 (libs/state-rules/verification/pa-wy.md). Subsection letters/numbers are
// those of the Act's sections (1954(a) "Repairs required", 1956(1)/(2)).
const CITE = '73 P.S. s 1951 et seq.';
const REPAIRS_CITE = '73 P.S. s 1954';
const PRESUMPTION_CITE = '73 P.S. s 1956';

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
        `${REPAIRS_CITE}(a)`,
        ['PA_SB155_2024', 'LLAZ:pennsylvania', 'PA_CAS', 'PA_CONSUMERAFFAIRS'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity subject to repair 3 times by the manufacturer, its agents or authorized dealers, and it still exists',
        },
        'H',
        `${PRESUMPTION_CITE}(1)`,
        ['LLAZ:pennsylvania', 'PA_CAS'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', PRESUMPTION_CITE, ['LLAZ:pennsylvania'], {
        note: 's 1956 has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of any nonconformity for a cumulative total of 30 or more calendar days',
        },
        'H',
        `${PRESUMPTION_CITE}(2)`,
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
        '73 P.S. ss 1954(b), 1957',
        ['LLAZ:pennsylvania', 'PA_CAS', 'PA_CONSUMERAFFAIRS'],
        {
          note: 'Text read: 1954(b) makes written notice of the nonconformity stand for delivery only when the vehicle cannot be delivered; 1957 puts the certified-mail notice on the dealer (within 7 days of the second delivery for the same nonconformity). No prong is conditioned on a notice.',
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
          text: 'The Act (ss 1951-1963) gives the manufacturer no separate final repair opportunity after the presumption is met',
        },
        'M',
        '73 P.S. ss 1955, 1956',
        ['LLAZ:pennsylvania'],
        {
          note: 'Was "unknown" (L). The Act text read (ss 1951-1963, in the pre-2002 copy) has no final-opportunity provision; M because the current consolidated text of every section was not read.',
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - if the manufacturer has a 16 CFR 703-compliant procedure, refund/replacement does not apply until the purchaser first resorts to it; decision not binding on the purchaser',
        },
        'H',
        '73 P.S. s 1959',
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
        '73 P.S. s 1958',
        ['PA_MDWCG', 'PA_LEGALCLARITY', 'LLAZ:pennsylvania'],
        { note: 'The civil action section (1958) states no period; which general limitation applies is not settled by the Act text.' },
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
