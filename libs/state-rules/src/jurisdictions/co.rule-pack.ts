import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Colorado: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Colo. Rev. Stat. s 42-10-101 et seq.';

export const CO_RULE_PACK: RulePack = {
  code: 'CO',
  name: 'Colorado',
  statute: sourced('Colo. Rev. Stat. s 42-10-101 et seq.', 'M', CITE, ['LLAZ:colorado']),
  versions: [
    {
      id: 'CO-1',
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
          text: 'Warranty term or 1 year from delivery, whichever earlier (rule: shorter of warranty term or 1 year)',
        },
        'M',
        CITE,
        ['LLAZ:colorado'],
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
        ['LLAZ:colorado'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:colorado'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more business days (day type in the source: business days of the repairer)',
        },
        'M',
        CITE,
        ['LLAZ:colorado'],
        {
          interpretations: ["'Business days of the repairer' counted as Monday-Friday except US federal holidays."],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior written notification by certified mail',
          conditionsProngs: ALL_PRONGS,
          text: "Yes - prior written notification by certified mail plus opportunity to cure (that repair counts as one attempt); dealer must supply a notice form with the owner's manual",
        },
        'M',
        CITE,
        ['LLAZ:colorado'],
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
          text: 'Yes - opportunity to cure (days not specified)',
        },
        'M',
        CITE,
        ['LLAZ:colorado'],
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
          text: 'Yes - must first resort to a 703-compliant manufacturer procedure',
        },
        'M',
        CITE,
        ['LLAZ:colorado'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'warranty_expiry', months: 6 },
              { anchor: 'delivery', months: 12 },
            ],
            combine: 'earliest',
          },
          alternatives: 'Tolled during arbitration.',
          text: 'Within 6 months after warranty expiration or 1 year after delivery, whichever earlier; tolled during arbitration',
        },
        'M',
        CITE,
        ['LLAZ:colorado'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Attorney fees go to the prevailing side (either party).'],
    },
  ],
};
