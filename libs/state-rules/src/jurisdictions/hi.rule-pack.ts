import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Hawaii: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Haw. Rev. Stat. ch. 481I';

export const HI_RULE_PACK: RulePack = {
  code: 'HI',
  name: 'Hawaii',
  statute: sourced('Haw. Rev. Stat. ch. 481I', 'M', CITE, ['LLAZ:hawaii']),
  versions: [
    {
      id: 'HI-1',
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
          measuredFrom: 'original delivery',
          text: 'Lemon law rights period (rule: earliest of warranty term, 2 years, 24,000 miles)',
        },
        'M',
        CITE,
        ['LLAZ:hawaii'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more examinations/repairs of the same nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:hawaii', 'LL_NOW'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            scope: 'any_serious_safety',
            text: '1 examination/repair of a nonconformity likely to cause death or serious bodily injury',
          },
        ],
        'M',
        CITE,
        ['LLAZ:hawaii', 'LL_NOW'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more business days (day type in the source: business)',
        },
        'M',
        CITE,
        ['LLAZ:hawaii'],
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method:
            'Written report of the nonconformity to the manufacturer (required when the consumer was given the state-certified arbitration notice)',
          conditionsProngs: ALL_PRONGS,
          text: 'Presumptions require a written report of the nonconformity to the manufacturer and a reasonable opportunity to repair; consumer must notify only if given the state-certified arbitration notice',
        },
        'M',
        CITE,
        ['LLAZ:hawaii'],
        {
          interpretations: ["'Notify only if given the state-certified arbitration notice' is modelled as notice required if disclosed."],
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
          text: 'Reasonable opportunity to repair (days not specified)',
        },
        'M',
        CITE,
        ['LLAZ:hawaii'],
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'unknown',
          text: 'State-certified arbitration program; decision due within 45 days after invocation. Prerequisite status not established from available sources',
        },
        'M',
        CITE,
        ['LLAZ:hawaii'],
      ),
      stateArbitration: sourced(
        {
          name: 'Hawaii state-certified arbitration program',
          mandatory: false,
          decisionWithinDays: 45,
          text: 'State-certified arbitration program; decision due within 45 days after invocation. Prerequisite status not established from available sources',
        },
        'M',
        CITE,
        ['LLAZ:hawaii'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
          text: 'Action within 1 year after the lemon law rights period expires',
        },
        'M',
        CITE,
        ['LLAZ:hawaii'],
      ),
      coverage: {
        leased: sourced('Covered (lease provisions in statute)', 'M', CITE, ['LLAZ:hawaii']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Dealer must give itemized repair orders with dates/odometer; consumer may request TSBs.'],
    },
  ],
};
