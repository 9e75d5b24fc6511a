import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Utah: values from the lemon-law research extract. On 2026-11-28 only s 13-20-3 (repair period) was
// read in statute text (an undated copy); s 13-20-5 (presumption) and 13-20-7 were not reached
// (libs/state-rules/verification/pa-wy.md), so their values keep the extract's confidence.
const CITE = 'Utah Code s 13-20-1 et seq.';
const PRESUMPTION_CITE = 'Utah Code s 13-20-5';

export const UT_RULE_PACK: RulePack = {
  code: 'UT',
  name: 'Utah',
  statute: sourced('Utah Code s 13-20-1 et seq. (New Motor Vehicle Warranties Act); Utah Admin. Code R152-20', 'M', CITE, [
    'UT_CARLEMON',
    'LLAZ:utah',
  ]),
  versions: [
    {
      id: 'UT-1',
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
          text: 'The nonconformity is reported during the term of the express warranties or the 1-year period following original delivery to a consumer, whichever is earlier',
        },
        'M',
        'Utah Code s 13-20-3',
        ['UT_13_20_3', 'UT_CARLEMON', 'UT_LLINFO', 'UT_CARCOMP'],
        { note: 'Text of 13-20-3 read (undated copy; matches the pack); M because no dated or official copy was reached.' },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity',
        },
        'M',
        PRESUMPTION_CITE,
        ['UT_CARLEMON', 'UT_CARCOMP'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', PRESUMPTION_CITE, ['UT_CARLEMON'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 days (day type in the source: CONFLICT: business (CarLemon) vs calendar (CarComplaints))',
        },
        'L',
        PRESUMPTION_CITE,
        ['UT_CARLEMON', 'UT_CARCOMP', 'UT_FRAUDGUIDES'],
        {
          interpretations: [
            'Sources conflict (business vs calendar); business days chosen after CarLemon, which reproduces the statute sections; a second summary (fraudguides) also says business days. The text of 13-20-5 was not reached.',
          ],
        },
      ),
      notice: sourced(
        {
          required: 'unknown',
          method: 'not established from available sources',
          conditionsProngs: NO_PRONGS,
          text: 'not established from available sources',
        },
        'L',
        CITE,
        [],
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
          text: "Yes - must first use the manufacturer's informal dispute settlement/arbitration procedure if established",
        },
        'M',
        'Utah Code s 13-20-7',
        ['UT_CARCOMP', 'UT_CARLEMON'],
        { note: 'Section number from the statute index (13-20-7 "Use of dispute settlement procedure"); text not read.' },
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      coverage: {
        leased: sourced(
          'CONFLICT: lemonlawinfo says lessees appear not covered; Utah rule R152-20-3 addresses repurchase of leased vehicles',
          'L',
          CITE,
          ['UT_LLINFO', 'LLAZ:utah'],
        ),
        used: sourced('Not covered (Division rule: new = never titled and < 7,500 miles)', 'M', CITE, ['LLAZ:utah', 'UT_LLINFO']),
      },
    },
  ],
};
