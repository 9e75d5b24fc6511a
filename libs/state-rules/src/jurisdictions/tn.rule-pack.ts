import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Tennessee: values from the lemon-law research extract, checked on 2026-11-28 against the statute
// text of ss 55-24-201(5) and 55-24-205 (see libs/state-rules/verification/statutes.md); values
// not found in the text read keep the extract's confidence.
const CITE = 'Tenn. Code s 55-24-201 et seq.';
const TERM_CITE = 'Tenn. Code s 55-24-201(5)';
// The presumption section; the stored copy read (getpocketlaw) numbers it 55-24-105.
const PRESUMPTION_CITE = 'Tenn. Code s 55-24-205';

export const TN_RULE_PACK: RulePack = {
  code: 'TN',
  name: 'Tennessee',
  statute: sourced('Tenn. Code s 55-24-201 et seq.', 'M', CITE, ['LLAZ:tennessee']),
  versions: [
    {
      id: 'TN-1',
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
          text: '"Term of protection": the term of the applicable express warranties or 1 year following original delivery, whichever comes first (replacement vehicle: 1 year from its delivery)',
        },
        'H',
        TERM_CITE,
        ['TN_55_24_201', 'LLAZ:tennessee'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity subject to repair 3 or more times by the manufacturer, its agents or authorized dealers during the term of protection, and it continues to exist',
        },
        'H',
        `${PRESUMPTION_CITE}(a)(1)`,
        ['TN_55_24_205', 'LLAZ:tennessee'],
        { note: 'Corrected 2026-11-28 from 4 (research extract) to 3: the statute text says "three (3) or more times".' },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', `${PRESUMPTION_CITE}(a)`, ['TN_55_24_205'], {
        note: 'Subsection (a) has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair for a cumulative total of 30 or more calendar days during the term of protection (extended for war, invasion, strike, fire, flood or other natural disaster, (b))',
        },
        'H',
        `${PRESUMPTION_CITE}(a)(2)`,
        ['TN_55_24_205', 'LLAZ:tennessee'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notification by certified mail directly to the manufacturer (to the dealer if no address is available)',
          conditionsProngs: NO_PRONGS,
          text: "Before proceeding under the refund/replacement section the consumer must give written notification by certified mail directly to the manufacturer of the need for repair; if the address is not in the owner's manual or warranty, mail it to an authorized dealer, who forwards it",
        },
        'H',
        `${PRESUMPTION_CITE}(c)`,
        ['TN_55_24_205', 'LLAZ:tennessee'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 10,
          repairWindowFrom: 'notice_received',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'If either presumption condition already exists when notice is given, the manufacturer gets an additional opportunity after receipt of the notification, not to exceed 10 days, to correct the nonconformity',
        },
        'M',
        `${PRESUMPTION_CITE}(c)`,
        ['TN_55_24_205', 'LLAZ:tennessee'],
        {
          note: 'Window now runs from receipt of the notice (statute text), not from delivery to a facility as encoded before.',
          interpretations: [
            'The statute says "ten (10) days" without a kind; counted as calendar days.',
            'The statute grants the opportunity only when a condition already exists at notice; encoded as always required.',
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - if 703-compliant procedure exists and consumer was notified',
        },
        'M',
        CITE,
        ['LLAZ:tennessee'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [{ anchor: 'warranty_expiry' }, { anchor: 'delivery', months: 12 }],
            combine: 'latest',
            then: { months: 6 },
          },
          text: 'Within 6 months after the later of warranty expiration or 1 year after delivery',
        },
        'M',
        CITE,
        ['LLAZ:tennessee'],
      ),
      coverage: {
        leased: sourced('Covered (purchaser or lessee)', 'M', CITE, ['LLAZ:tennessee']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};
