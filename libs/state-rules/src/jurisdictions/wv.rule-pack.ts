import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// West Virginia: values from the lemon-law research extract, checked on 2026-11-28 against the current
// text of W. Va. Code ss 46A-6A-4, -5 and -8 (libs/state-rules/verification/pa-wy.md).
const CITE = 'W. Va. Code s 46A-6A-1 et seq.';

export const WV_RULE_PACK: RulePack = {
  code: 'WV',
  name: 'West Virginia',
  statute: sourced('W. Va. Code s 46A-6A-1 et seq.', 'H', CITE, ['LLAZ:west-virginia'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'WV-1',
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
          text: 'Repairs and days counted within the express warranty term or the 1 year following original delivery, whichever is the earlier date (the repair duty itself runs for the longer of the two, 46A-6A-3(a))',
        },
        'H',
        'W. Va. Code s 46A-6A-5(a)',
        ['WV_46A_6A_5', 'LLAZ:west-virginia'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity',
        },
        'H',
        'W. Va. Code s 46A-6A-5(a)',
        ['WV_46A_6A_5', 'LLAZ:west-virginia'],
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
            text: '1 repair of a nonconformity likely to cause death or serious bodily injury',
          },
        ],
        'H',
        'W. Va. Code s 46A-6A-5(b)',
        ['WV_46A_6A_5', 'LLAZ:west-virginia'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more calendar days (day type in the source: calendar)',
        },
        'H',
        'W. Va. Code s 46A-6A-5(a)',
        ['WV_46A_6A_5', 'LLAZ:west-virginia'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'The presumption applies against a manufacturer only if it has received prior written notification from or on behalf of the consumer and has had at least one opportunity to cure the defect alleged',
        },
        'H',
        'W. Va. Code s 46A-6A-5(c)',
        ['WV_46A_6A_5', 'LLAZ:west-virginia'],
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
          text: 'Yes - at least one opportunity to cure (days not specified)',
        },
        'H',
        'W. Va. Code s 46A-6A-5(c)',
        ['WV_46A_6A_5', 'LLAZ:west-virginia'],
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
          text: 'Yes - if a qualified third-party process exists and consumer was timely notified',
        },
        'H',
        'W. Va. Code s 46A-6A-8(b)',
        ['WV_46A_6A_8', 'LLAZ:west-virginia'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'warranty_expiry', months: 12 }], combine: 'earliest' },
          alternatives: 'Tolled during the third-party process.',
          text: 'Within 1 year after express warranty expiration; tolled during third-party process',
        },
        'H',
        'W. Va. Code s 46A-6A-4(d)',
        ['WV_46A_6A_4', 'LLAZ:west-virginia'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};
