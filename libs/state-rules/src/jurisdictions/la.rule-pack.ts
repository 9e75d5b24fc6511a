import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Louisiana: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the opening of La. R.S. 51:1944(A) (see libs/state-rules/verification/il-ms.md);
// values not found in the text read keep the extract's confidence.
const CITE = 'La. R.S. 51:1941-51:1948';

export const LA_RULE_PACK: RulePack = {
  code: 'LA',
  name: 'Louisiana',
  statute: sourced('La. R.S. 51:1941-51:1948', 'H', CITE, ['LA_STAT', 'LA_LLORG']),
  versions: [
    {
      id: 'LA-1',
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
          text: 'Within the express warranty term or during a period of one year following original delivery to the consumer (51:1944(A)); "whichever is earlier" is from the State Bar brochure, the copy read breaks off before it',
        },
        'M',
        'La. R.S. 51:1944(A)',
        ['LA_51_1944_TEXT', 'LLAZ:louisiana', 'LA_LLORG'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The nonconformity not repaired after four or more attempts within the express warranty term or one year following original delivery',
        },
        'H',
        'La. R.S. 51:1944(A)',
        ['LA_51_1944_TEXT', 'LLAZ:louisiana', 'LA_LLORG'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:louisiana'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more days during the warranty period (day type in the source: days (type not specified))',
        },
        'M',
        CITE,
        ['LLAZ:louisiana'],
        { interpretations: ["The source says 'days' without saying which kind; counted as calendar days."] },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Report the nonconformity to the manufacturer or a dealer and make the vehicle available for repair within the period',
          conditionsProngs: NO_PRONGS,
          text: 'Report the nonconformity to the manufacturer or a dealer and make the vehicle available for repair within the period',
        },
        'M',
        CITE,
        ['LLAZ:louisiana'],
        {
          interpretations: [
            'A repair visit to a dealer is taken as the report to the manufacturer or dealer, so it does not gate the presumption.',
          ],
        },
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
          text: "Yes - must follow the manufacturer's informal dispute settlement procedure if one exists",
        },
        'M',
        CITE,
        ['LLAZ:louisiana'],
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      coverage: {
        leased: sourced('Covered (person to whom a vehicle is leased)', 'H', CITE, ['LA_STAT', 'LA_LLORG']),
        used: sourced('Transferees during the warranty are consumers', 'M', CITE, ['LA_STAT']),
      },
      notes: ['Manufacturer has 30 days after an IDSM decision or judgment to replace/refund (LSBA brochure text).'],
    },
  ],
};
