import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Georgia: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'O.C.G.A. s 10-1-780 et seq.';

export const GA_RULE_PACK: RulePack = {
  code: 'GA',
  name: 'Georgia',
  statute: sourced('O.C.G.A. s 10-1-780 et seq. (Motor Vehicle Warranty Rights Act)', 'H', CITE, ['LLAZ:georgia', 'GA_786']),
  versions: [
    {
      id: 'GA-1',
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
          measuredFrom: 'original delivery',
          countingWindow: { months: 24, miles: 24000, combine: 'whichever_first' },
          text: 'Lemon law rights period: 1 year or 12,000 miles. Repair attempts/days are counted over any 24 months/24,000 miles with at least one attempt (or 15 days) inside the rights period; rights period extended 90 days if fewer than 15 days remain when the car is first brought in. (rule: whichever occurs first (rights period); presumption counted over 24 months/24,000 miles)',
        },
        'H',
        CITE,
        ['LLAZ:georgia', 'GA_CARCOMP'],
        {
          note: 'Rights period is extended 90 days if fewer than 15 days remain when the vehicle is first brought in; not modelled.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          anchor: {
            within: 'rights_period',
            minAttempts: 1,
            text: 'At least one attempt during the lemon law rights period.',
          },
          text: '3 or more repairs of the same nonconformity (within 24 months/24,000 miles, at least one during the rights period)',
        },
        'H',
        CITE,
        ['LLAZ:georgia', 'GA_CARCOMP'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'rights_period',
            scope: 'brakes_or_steering',
            text: 'Serious safety defect in the braking or steering system: 1 repair attempt during the rights period.',
          },
          {
            threshold: 2,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            anchor: {
              within: 'rights_period',
              minAttempts: 1,
              text: 'At least one attempt during the lemon law rights period.',
            },
            scope: 'any_serious_safety',
            text: 'Any other serious safety defect: 2 repair attempts within 24 months/24,000 miles.',
          },
        ],
        'H',
        CITE,
        ['LLAZ:georgia', 'GA_CARCOMP'],
        {
          interpretations: [
            "'Any other serious safety defect' tier: the at-least-one-attempt-in-the-rights-period rule is applied to it as to the other prongs.",
          ],
        },
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          anchor: {
            within: 'rights_period',
            minDays: 15,
            text: 'At least 15 of the days during the lemon law rights period.',
          },
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 calendar days within 24 months/24,000 miles, at least 15 during the rights period (day type in the source: calendar)',
        },
        'H',
        CITE,
        ['LLAZ:georgia', 'GA_CARCOMP'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: "Certified mail, return receipt requested (or statutory overnight delivery), to the manufacturer's designated address",
          conditionsProngs: NO_PRONGS,
          text: "Yes - certified mail, return receipt requested (or statutory overnight delivery), to the manufacturer's designated address",
        },
        'H',
        CITE,
        ['LLAZ:georgia'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: 7,
          repairWithinDays: 14,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - manufacturer notifies consumer of a repair facility within 7 days of receipt and has 14 days after delivery to conform the vehicle',
        },
        'H',
        CITE,
        ['LLAZ:georgia'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          compliance: 'state_certified',
          text: 'Must exhaust any certified IDSM and the state arbitration panel before a superior-court action. Georgia OCP says no manufacturer currently has a certified program and consumers need not use non-certified programs (BBB AUTO LINE, NCDS, CAP-Motors).',
        },
        'H',
        CITE,
        ['LLAZ:georgia', 'GA_OCP4'],
      ),
      stateArbitration: sourced(
        {
          name: 'Georgia state-operated arbitration panel',
          mandatory: true,
          requestWindow: {
            terms: [
              { anchor: 'rights_period_end', months: 12 },
              { anchor: 'idsm_final_action', days: 60 },
            ],
            combine: 'latest',
          },
          consumerResponseDays: 30,
          manufacturerComplianceDays: 40,
          text: 'State-operated arbitration: application within 1 year after the rights period expires or 60 days after a certified IDSM concludes, whichever later. Consumer must reject a decision in writing within 30 days or is deemed to accept; manufacturer must comply or appeal within 40 days of receiving notice of acceptance.',
        },
        'H',
        CITE,
        ['GA_786', 'GA_OCP5', 'GA_STEP7', 'LLAZ:georgia'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'rights_period_end', months: 12 },
              { anchor: 'idsm_final_action', days: 60 },
            ],
            combine: 'latest',
          },
          alternatives: 'Court action only after the state arbitration panel; a separate court limitations period was not established.',
          text: 'See state-arbitration filing deadline; separate court SOL not established from available sources',
        },
        'M',
        CITE,
        ['GA_786'],
      ),
      coverage: {
        leased: sourced('Covered (lessee; lessor elects repurchase/replacement terms)', 'H', CITE, ['LLAZ:georgia']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Consumer includes small businesses with no more than 3 vehicles, 10 or fewer employees and <= $100,000 net income.'],
    },
  ],
};
