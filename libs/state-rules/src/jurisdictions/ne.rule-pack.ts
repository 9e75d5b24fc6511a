import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Nebraska: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 (libs/state-rules/verification/mo-or.md): ss 60-2701 to 60-2703 in current
// copies; ss 60-2704 to 60-2706 read in the 2015 text (LLAZ:nebraska, statutes-deep second pass).
const CITE = 'Neb. Rev. Stat. s 60-2701 et seq.';

export const NE_RULE_PACK: RulePack = {
  code: 'NE',
  name: 'Nebraska',
  statute: sourced('Neb. Rev. Stat. s 60-2701 et seq.', 'H', CITE, ['LLAZ:nebraska'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'NE-1',
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
        'H',
        'Neb. Rev. Stat. s 60-2702; s 60-2704',
        ['NE_60_2702_TEXT', 'LLAZ:nebraska'],
        {
          note: 's 60-2702 (read) sets the reporting window and s 60-2704 counts the repairs and days over the same window: the express warranty term or one year after original delivery, whichever is the earlier date. s 60-2704 read in the 2015 text (LLAZ). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity',
        },
        'H',
        'Neb. Rev. Stat. s 60-2704',
        ['LLAZ:nebraska'],
        {
          note: 's 60-2704 (first clause): the same nonconformity subject to repair four or more times within the period, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Neb. Rev. Stat. s 60-2704', ['LLAZ:nebraska'], {
        note: 's 60-2704 has only the repairs and days clauses: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 40,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 40 or more days (day type in the source: days (type not specified))',
        },
        'H',
        'Neb. Rev. Stat. s 60-2704',
        ['LLAZ:nebraska'],
        {
          note: 's 60-2704 (second clause): out of service by reason of repair for a cumulative total of forty or more days during the period (extended for war, invasion, strike, fire, flood or natural disaster, not modelled). 2015 text (LLAZ); later amendment not ruled out.',
          interpretations: ["The source says 'days' without saying which kind; counted as calendar days."],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification by certified mail',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct written notification by certified mail and opportunity to cure',
        },
        'H',
        'Neb. Rev. Stat. s 60-2704',
        ['LLAZ:nebraska'],
        {
          note: 's 60-2704 (last sentence): in no event does the presumption apply unless the manufacturer has received prior written direct notification by certified mail from or on behalf of the consumer and an opportunity to cure. 2015 text (LLAZ); later amendment not ruled out.',
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
          text: 'Yes - opportunity to cure (days not specified)',
        },
        'H',
        'Neb. Rev. Stat. s 60-2704',
        ['LLAZ:nebraska'],
        {
          note: 's 60-2704 (last sentence): an opportunity to cure the defect alleged, after the certified-mail notification; no days are set. 2015 text (LLAZ); later amendment not ruled out.',
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: "Yes if the manufacturer's procedure is certified under Director of Motor Vehicles standards",
        },
        'H',
        'Neb. Rev. Stat. s 60-2705',
        ['LLAZ:nebraska'],
        {
          note: 's 60-2705: if the manufacturer has established or participates in a procedure certified by the Director of Motor Vehicles (standards substantially complying with 16 C.F.R. 703 as of 1983-02-22), s 60-2703 refunds or replacement do not apply to a consumer who has not first resorted to it. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'warranty_expiry', months: 12 },
              { anchor: 'delivery', months: 24 },
            ],
            combine: 'earliest',
          },
          text: 'Within 1 year after warranty expiration or 2 years after delivery, whichever earlier',
        },
        'H',
        'Neb. Rev. Stat. s 60-2706',
        ['LLAZ:nebraska'],
        {
          note: 's 60-2706: any action must be commenced within one year following the expiration of the express warranty term or two years following original delivery, whichever is the earlier date. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};
