import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Hawaii: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// HRS 481I-2 and 481I-3 (libs/state-rules/verification/al-id.md). Only 481I-3(a) was read in a
// current compilation; the definitions and the rest of 481I-3 in undated copies and the 2015 text
// (LLAZ): H on that copy since the statutes-deep second pass, later amendment not ruled out.
// Subsections of 481I-3 are lettered by paragraph order ((g) and (k) are named in the text itself).
const CITE = 'Haw. Rev. Stat. ch. 481I';
const PRESUMPTION_CITE = 'Haw. Rev. Stat. s 481I-3(d)';

export const HI_RULE_PACK: RulePack = {
  code: 'HI',
  name: 'Hawaii',
  statute: sourced('Haw. Rev. Stat. ch. 481I', 'H', CITE, ['LLAZ:hawaii'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
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
          text: "Lemon law rights period: the term of the manufacturer's express warranty, 2 years after original delivery, or the first 24,000 miles of operation, whichever occurs first",
        },
        'H',
        "Haw. Rev. Stat. s 481I-2 ('lemon law rights period'); s 481I-3(d)",
        ['HI_481I_2_TEXT', 'LLAZ:hawaii'],
        {
          note: '481I-2 (2015 text, LLAZ): the lemon law rights period is the term of the express warranty, two years after original delivery, or the first 24,000 miles of operation, whichever occurs first; 481I-3(d) counts over it. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more examinations/repairs of the same nonconformity',
        },
        'H',
        `${PRESUMPTION_CITE}(1)`,
        ['LLAZ:hawaii', 'LL_NOW'],
        {
          note: '481I-3(d)(1): the same nonconformity subject to examination or repair at least three times during the rights period, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
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
            text: '1 examination/repair of a nonconformity likely to cause death or serious bodily injury',
          },
        ],
        'H',
        `${PRESUMPTION_CITE}(2)`,
        ['LLAZ:hawaii', 'LL_NOW'],
        {
          note: '481I-3(d)(2): examination or repair at least once, and it continues to be a nonconformity likely to cause death or serious bodily injury if the vehicle is driven. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more business days during the lemon law rights period (day type in the source: business)',
        },
        'H',
        `${PRESUMPTION_CITE}(3); s 481I-2 ('business day')`,
        ['HI_481I_2_TEXT', 'LLAZ:hawaii'],
        {
          note: "481I-3(d)(3): out of service by reason of repair for a cumulative total of thirty or more business days during the rights period. 481I-2 defines a business day as any day the service departments of the manufacturer's authorized dealers are normally open; counted Monday to Friday except federal holidays (interpretation: dealers open on Saturdays would make Saturdays count, see business_mon_sat). 2015 text (LLAZ); later amendment not ruled out.",
          interpretations: [
            "HRS 481I-2 defines a business day as any day the manufacturer's dealers' service departments are normally open; counted as Monday-Friday except US federal holidays (dealers open on Saturdays would add days).",
          ],
        },
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method:
            'Written report of the nonconformity to the manufacturer (required when the consumer was given the state-certified arbitration notice)',
          conditionsProngs: ALL_PRONGS,
          text: 'Presumptions require a written report of the nonconformity to the manufacturer and a reasonable opportunity to repair; consumer must notify only if given the state-certified arbitration notice',
        },
        'H',
        'Haw. Rev. Stat. s 481I-3(a), (d), (h)',
        ['HI_481I_3_TEXT', 'LLAZ:hawaii'],
        {
          note: '481I-3(d) (last paragraph): the presumptions do not apply unless the manufacturer has received a written report of the nonconformity from the consumer and has had a reasonable opportunity to repair; 481I-3(h): the consumer must notify only if given the written notice of the state certified arbitration program under (g). 2015 text (LLAZ); later amendment not ruled out.',
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
        'H',
        PRESUMPTION_CITE,
        ['LLAZ:hawaii'],
        {
          note: '481I-3(d) (last paragraph): a reasonable opportunity to repair the nonconformity alleged, after the written report; no days are set. 2015 text (LLAZ); later amendment not ruled out.',
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
        'Haw. Rev. Stat. s 481I-3(g), (i); s 481I-4',
        ['LLAZ:hawaii'],
      ),
      stateArbitration: sourced(
        {
          name: 'Hawaii state-certified arbitration program',
          mandatory: false,
          decisionWithinDays: 45,
          text: 'State-certified arbitration program; decision due within 45 days after invocation. Prerequisite status not established from available sources',
        },
        'H',
        'Haw. Rev. Stat. s 481I-3(g), (i); s 481I-4',
        ['LLAZ:hawaii'],
        {
          note: '481I-3(i): a decision within forty-five days after the consumer invokes the state certified arbitration program; 481I-4 sets up the program. Whether it must be used before suit is not stated in the text read (the dispute program stays "unknown"). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
          text: 'Action within 1 year after the lemon law rights period expires',
        },
        'H',
        'Haw. Rev. Stat. s 481I-3(j)',
        ['LLAZ:hawaii'],
        {
          note: '481I-3(j): any action must be initiated within one year following expiration of the lemon law rights period. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('Covered (lease provisions in statute)', 'M', CITE, ['LLAZ:hawaii']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Dealer must give itemized repair orders with dates/odometer; consumer may request TSBs.'],
    },
  ],
};
