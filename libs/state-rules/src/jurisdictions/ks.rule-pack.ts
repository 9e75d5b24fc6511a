import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Kansas: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of K.S.A. 50-645(b) (see libs/state-rules/verification/il-ms.md);
// the presumption section (50-646) was not found in the stored copies, so those values keep the extract's confidence.
const CITE = 'Kan. Stat. s 50-645 et seq.';

export const KS_RULE_PACK: RulePack = {
  code: 'KS',
  name: 'Kansas',
  statute: sourced('Kan. Stat. s 50-645 et seq.', 'M', CITE, ['LLAZ:kansas']),
  versions: [
    {
      id: 'KS-1',
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
          text: 'The nonconformity reported during the term of any warranties or during the period of one year following original delivery to a consumer, whichever is the earlier date',
        },
        'H',
        'K.S.A. 50-645(b)',
        ['KS_50_645_TEXT', 'LLAZ:kansas'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity; OR 10 or more attempts to repair any nonconformities',
        },
        'M',
        CITE,
        ['LLAZ:kansas'],
      ),
      anyDefectAttempts: sourced(
        {
          threshold: 10,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '10 or more attempts to repair any nonconformities (on separate occasions). Source: 4 or more repairs of the same nonconformity; OR 10 or more attempts to repair any nonconformities',
        },
        'M',
        CITE,
        ['LLAZ:kansas'],
      ),
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:kansas'], { note: 'No separate serious-safety threshold' }),
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
        'M',
        CITE,
        ['LLAZ:kansas'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Actual notice of the nonconformity to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Presumption requires that the manufacturer receive actual notice of the nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:kansas'],
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
          text: 'Yes - must first resort to a 703-compliant manufacturer procedure',
        },
        'M',
        CITE,
        ['LLAZ:kansas'],
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};
