import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Texas: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Tex. Occ. Code s 2301.605';

export const TX_RULE_PACK: RulePack = {
  code: 'TX',
  name: 'Texas',
  statute: sourced('Tex. Occ. Code ss 2301.601-2301.613 (Subchapter M, administered by TxDMV)', 'H', CITE, ['TX_605', 'TX_606', 'NCLC_TX']),
  versions: [
    {
      id: 'TX-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 24000,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery to owner',
          text: 'Presumption attempts must occur before the earlier of the express-warranty expiration or 24 months/24,000 miles. (Pre-2017 law split attempts into two 12-month/12,000-mile halves; older summaries still show that.) (rule: earlier of warranty expiration or 24 months/24,000 miles)',
        },
        'H',
        CITE,
        ['TX_605'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity, still existing',
        },
        'H',
        CITE,
        ['TX_605'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 2,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            scope: 'any_serious_safety',
            text: '2 or more repairs of a nonconformity that creates a serious safety hazard',
          },
        ],
        'H',
        CITE,
        ['TX_605'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more days out of service for repair; days when manufacturer/distributor lends a comparable vehicle are tolled (older text); extended for unavailability of repair services (day type in the source: days (type not specified in excerpt))',
        },
        'H',
        CITE,
        ['TX_605', 'LLAZ:texas'],
        { interpretations: ["The source says 'days' without saying which kind; counted as calendar days."] },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notice of the defect to the manufacturer, converter or distributor',
          conditionsProngs: ALL_PRONGS,
          text: "Yes - no refund/replacement order unless the owner (or someone on owner's behalf, or the department) gave written notice of the defect to the manufacturer/converter/distributor",
        },
        'H',
        'Tex. Occ. Code s 2301.606',
        ['TX_606', 'TX_101Q'],
        {
          interpretations: [
            '2301.606 bars a refund/replacement order without written notice and an opportunity to cure; treated as elements of every prong.',
          ],
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
          text: 'Yes - manufacturer must have been given an opportunity to cure after notice (no fixed day count in s 2301.606(c))',
        },
        'H',
        'Tex. Occ. Code s 2301.606(c)',
        ['TX_606'],
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          text: 'Texas uses an administrative complaint/hearing (TxDMV Lemon Law program) rather than a manufacturer IDSM; older statute text required exhausting the administrative remedy before a lemon-law-based refund/replacement action. Whether exhaustion is still required today was not verified.',
        },
        'L',
        'Tex. Occ. Code s 2301.606',
        ['LLAZ:texas', 'TX_606'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          forum: { kind: 'agency', name: 'the Texas Department of Motor Vehicles' },
          deadline: { terms: [{ anchor: 'rights_period_end', months: 6 }], combine: 'earliest' },
          text: 'A lemon-law proceeding before the Texas Department of Motor Vehicles must be commenced not later than six months after the earliest of the expiration of the express warranty term or the dates on which 24 months or 24,000 miles have passed since original delivery. This is not a deadline to file suit in court.',
        },
        'H',
        'Tex. Occ. Code s 2301.606(d)',
        ['TX_606', 'TX_606_TEXT'],
      ),
      coverage: {
        leased: sourced('Covered (lessors, lessees, transferees entitled to enforce warranty)', 'H', CITE, ['NCLC_TX']),
        used: sourced('Covered only insofar as the owner is a transferee entitled to enforce the original warranty', 'M', CITE, [
          'NCLC_TX',
        ]),
      },
      notes: ['Affirmative defenses: abuse/neglect/unauthorized modification; no substantial impairment (s 2301.606(b)).'],
      caveats: [
        {
          deliveredBefore: '2018-01-01',
          text: 'Pre-2017 law split the attempts into two 12-month/12,000-mile halves; that text and its effective date are not in the reference, so it is not encoded.',
        },
      ],
    },
  ],
};
