import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Utah: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Utah Code s 13-20-1 et seq.';

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
          text: 'Warranty term or 1 year (rule: shorter of warranty term or 1 year)',
        },
        'M',
        CITE,
        ['UT_CARLEMON', 'UT_LLINFO', 'UT_CARCOMP'],
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
        CITE,
        ['UT_CARLEMON', 'UT_CARCOMP'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['UT_CARLEMON'], { note: 'No separate serious-safety threshold' }),
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
        CITE,
        ['UT_CARLEMON', 'UT_CARCOMP'],
        {
          interpretations: [
            'Sources conflict (business vs calendar); business days chosen after CarLemon, which reproduces the statute sections.',
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
        CITE,
        ['UT_CARCOMP'],
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
