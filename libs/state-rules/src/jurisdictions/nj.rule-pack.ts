import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// New Jersey: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'N.J.S.A. 56:12-29 et seq.';

export const NJ_RULE_PACK: RulePack = {
  code: 'NJ',
  name: 'New Jersey',
  statute: sourced('N.J.S.A. 56:12-29 to 56:12-49', 'H', CITE, ['LLAZ:new-jersey', 'NJ_LLORG']),
  versions: [
    {
      id: 'NJ-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 24000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Term of protection: first 24,000 miles or 2 years (raised from 18,000 miles by a 2008-2009 amendment; the lemonlawaz text still shows 18,000). (rule: whichever is earlier)',
        },
        'H',
        CITE,
        ['NJ_LLORG', 'NJ_MYLEMON', 'NJ_CARCOMP'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: "3 or more repairs of substantially the same nonconformity (the third being the manufacturer's final repair opportunity after certified notice); certified notice may be sent after 2 attempts",
        },
        'H',
        'N.J.S.A. 56:12-33',
        ['NJ_LLORG', 'NJ_CARCOMP', 'LLAZ:new-jersey'],
        {
          note: "The third attempt is the manufacturer's final repair opportunity after certified notice; record it as a repair attempt.",
        },
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
            text: '1 repair attempt of a serious safety defect likely to cause death or serious bodily injury (then certified notice + final opportunity)',
          },
        ],
        'H',
        'N.J.S.A. 56:12-33',
        ['NJ_LLORG', 'NJ_MYLEMON', 'NJ_CARCOMP'],
      ),
      daysOutOfService: sourced(
        {
          days: 20,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 20 or more calendar days out of service for one or more nonconformities (day type in the source: calendar)',
        },
        'H',
        'N.J.S.A. 56:12-33',
        ['LLAZ:new-jersey', 'NJ_LLORG', 'NJ_CARCOMP'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified mail, return receipt requested, to the manufacturer; must be received within the term of protection',
          acceptedMethods: ['certified_mail'],
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts', 'days_out_of_service'],
          text: 'Yes - the presumption applies only after the manufacturer has received written notice by certified mail (return receipt requested) and had a final opportunity to correct the nonconformity within 10 calendar days of receipt; sendable after 2 attempts, 1 attempt for a serious safety defect, or 20 days',
        },
        'M',
        'N.J.S.A. 56:12-33',
        ['NJ_LLORG', 'NJ_MYLEMON', 'NJ_PRESUMPTION_FAQ'],
        { note: 'Issue-13 audit reading of 56:12-33 and the consumer notice the Act mandates; the statute text itself was not read here.' },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts', 'days_out_of_service'],
          satisfiedBy: 'failed_final_attempt',
          designateFacilityWithinDays: null,
          repairWithinDays: 10,
          repairWindowFrom: 'notice_received',
          dayType: 'calendar',
          missedWindowSatisfies: true,
          countsAsRepairAttempt: true,
          text: 'Yes - a final opportunity to correct the nonconformity within 10 calendar days after the manufacturer receives the notice; the presumption arises only if the nonconformity continues after it (a failed final attempt, or the 10 days run out). The final attempt is one of the repairs counted.',
        },
        'M',
        'N.J.S.A. 56:12-33',
        ['LLAZ:new-jersey', 'NJ_MYLEMON', 'NJ_CARCOMP', 'NJ_PRESUMPTION_FAQ'],
        { note: 'Issue-13 audit reading of 56:12-33; the statute text itself was not read here.' },
      ),
      disputeProgram: sourced(
        {
          requirement: 'optional',
          text: "No - consumer need not use a manufacturer IDSM or the Division's summary hearing before suing in Superior Court. Optional Lemon Law Unit summary hearing before an ALJ at the Office of Administrative Law ($50 fee, refunded if consumer wins); that decision is binding and precludes another action under the act.",
        },
        'H',
        CITE,
        ['LLAZ:new-jersey', 'NJ_GUIDE'],
      ),
      stateArbitration: sourced(
        {
          name: 'New Jersey Lemon Law Unit summary hearing (Office of Administrative Law)',
          mandatory: false,
          text: "No - consumer need not use a manufacturer IDSM or the Division's summary hearing before suing in Superior Court. Optional Lemon Law Unit summary hearing before an ALJ at the Office of Administrative Law ($50 fee, refunded if consumer wins); that decision is binding and precludes another action under the act.",
        },
        'H',
        CITE,
        ['LLAZ:new-jersey', 'NJ_GUIDE'],
      ),
      timeToFile: sourced(
        {
          known: false,
          deadline: null,
          text: 'Not stated in the lemon-law text examined; LegalClarity says the act specifies none and the 4-year contract/UCC period applies; a firm page says 4 years after the third attempt/20 days. Unresolved.',
        },
        'L',
        CITE,
        ['NJ_LEGALCLARITY'],
      ),
      coverage: {
        leased: sourced('Covered (lessee has same remedies; lease terminated without early-termination penalty)', 'H', CITE, [
          'LLAZ:new-jersey',
        ]),
        used: sourced('Transferees during the warranty are consumers; separate Used Car Lemon Law for dealer sales', 'H', CITE, [
          'LLAZ:new-jersey',
          'NJ_CARCOMP',
        ]),
      },
      notes: ['Prevailing consumer awarded attorney fees, expert fees and costs.'],
      caveats: [
        {
          deliveredBefore: '2010-01-01',
          text: 'A 2008-2009 amendment raised the term of protection from 18,000 to 24,000 miles and added the 1-attempt serious-safety rule; its exact effective date is not established, so the earlier text is not encoded.',
        },
      ],
    },
  ],
};
