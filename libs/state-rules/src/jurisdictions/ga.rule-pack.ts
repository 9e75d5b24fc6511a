import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, sourced } from './pack-helpers';

// Georgia: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'O.C.G.A. s 10-1-780 et seq.';
// The law in force before January 1, 2009 (Ga. L. 1990, p. 1013; repealed by Ga. L. 2008, p. 746).
const OLD_CITE = 'former O.C.G.A. s 10-1-780 et seq. (before Ga. L. 2008, p. 746)';

// General Georgia rule for the last day of a statutory period (applies to both versions).
const GA_LAST_DAY_RULE = sourced(
  'When the last day for a duty falls on a Saturday or Sunday it may be discharged through the following Monday; on a public and legal holiday, through the next business day.',
  'M',
  'O.C.G.A. s 1-3-1(d)(3)',
  ['GA_1_3_1'],
  {
    interpretations: [
      'Legal holidays are counted as the US federal holidays (5 U.S.C. 6103); Georgia state holidays under O.C.G.A. 1-4-1 are not in the calendar.',
    ],
  },
);

export const GA_RULE_PACK: RulePack = {
  code: 'GA',
  name: 'Georgia',
  statute: sourced('O.C.G.A. s 10-1-780 et seq. (Georgia Lemon Law; before 2009 the Motor Vehicle Warranty Rights Act)', 'H', CITE, [
    'LLAZ:georgia',
    'GA_786',
    'GA_ELAWS_ART28',
  ]),
  versions: [
    {
      id: 'GA-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: sourced(
        'The former Motor Vehicle Warranty Rights Act (Ga. L. 1990, p. 1013), repealed and re-enacted by Ga. L. 2008, p. 746, effective January 1, 2009: this version applies to vehicles delivered before that date.',
        'M',
        OLD_CITE,
        ['GA_ELAWS_ART28', 'GA_DOCSTOC_OLD'],
      ),
      appliesWhen: 'Vehicles delivered before 2009-01-01 (the law in force before Ga. L. 2008, p. 746).',
      period: sourced(
        {
          months: 12,
          miles: 12000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          countingWindow: { months: 24, miles: 24000, combine: 'whichever_first' },
          text: 'Lemon law rights period: 1 year or 12,000 miles. Repair attempts/days are counted over any 24 months/24,000 miles with at least one attempt (or 15 days) inside the rights period; rights period extended 90 days if fewer than 15 days remain when the car is first brought in. (rule: whichever occurs first (rights period); presumption counted over 24 months/24,000 miles)',
        },
        'M',
        OLD_CITE,
        ['LLAZ:georgia', 'GA_CARCOMP'],
        {
          note: 'Rights period is extended 90 days if fewer than 15 days remain when the vehicle is first brought in; not modelled.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          anchor: {
            within: 'rights_period',
            minAttempts: 1,
            text: 'At least one attempt during the lemon law rights period.',
          },
          text: '3 or more repairs of the same nonconformity (within 24 months/24,000 miles, at least one during the rights period)',
        },
        'M',
        OLD_CITE,
        ['LLAZ:georgia', 'GA_CARCOMP'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'rights_period',
            scope: 'brakes_or_steering',
            text: 'Serious safety defect in the braking or steering system: 1 repair attempt during the rights period.',
          },
          {
            threshold: 2,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            anchor: {
              within: 'rights_period',
              minAttempts: 1,
              text: 'At least one attempt during the lemon law rights period.',
            },
            scope: 'any_serious_safety',
            text: 'Any other serious safety defect: 2 repair attempts within 24 months/24,000 miles.',
          },
        ],
        'M',
        OLD_CITE,
        ['LLAZ:georgia', 'GA_CARCOMP'],
        {
          interpretations: [
            "'Any other serious safety defect' tier: the at-least-one-attempt-in-the-rights-period rule is applied to it as to the other prongs.",
          ],
        },
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          anchor: {
            within: 'rights_period',
            minDays: 15,
            text: 'At least 15 of the days during the lemon law rights period.',
          },
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 calendar days within 24 months/24,000 miles, at least 15 during the rights period (day type in the source: calendar)',
        },
        'M',
        OLD_CITE,
        ['LLAZ:georgia', 'GA_CARCOMP'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: "Certified mail, return receipt requested (or statutory overnight delivery), to the manufacturer's designated address",
          conditionsProngs: NO_PRONGS,
          text: "Yes - certified mail, return receipt requested (or statutory overnight delivery), to the manufacturer's designated address",
        },
        'M',
        OLD_CITE,
        ['LLAZ:georgia'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: 7,
          repairWithinDays: 14,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - manufacturer notifies consumer of a repair facility within 7 days of receipt and has 14 days after delivery to conform the vehicle',
        },
        'M',
        OLD_CITE,
        ['LLAZ:georgia'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          compliance: 'state_certified',
          text: 'Must exhaust any certified IDSM and the state arbitration panel before a superior-court action. Georgia OCP says no manufacturer currently has a certified program and consumers need not use non-certified programs (BBB AUTO LINE, NCDS, CAP-Motors).',
        },
        'M',
        OLD_CITE,
        ['LLAZ:georgia', 'GA_OCP4'],
      ),
      stateArbitration: sourced(
        {
          name: 'Georgia state-operated arbitration panel',
          mandatory: true,
          requestWindow: {
            terms: [
              { anchor: 'rights_period_end', months: 12 },
              { anchor: 'idsm_final_action', days: 60 },
            ],
            combine: 'latest',
          },
          consumerResponseDays: 30,
          manufacturerComplianceDays: 40,
          text: 'State-operated arbitration: application within 1 year after the rights period expires or 60 days after a certified IDSM concludes, whichever later. Consumer must reject a decision in writing within 30 days or is deemed to accept; manufacturer must comply or appeal within 40 days of receiving notice of acceptance.',
        },
        'M',
        OLD_CITE,
        ['GA_786', 'GA_OCP5', 'GA_STEP7', 'LLAZ:georgia'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'rights_period_end', months: 12 },
              { anchor: 'idsm_final_action', days: 60 },
            ],
            combine: 'latest',
          },
          alternatives: 'Court action only after the state arbitration panel; a separate court limitations period was not established.',
          text: 'See state-arbitration filing deadline; separate court SOL not established from available sources',
        },
        'M',
        OLD_CITE,
        ['GA_786'],
      ),
      coverage: {
        leased: sourced('Covered (lessee; lessor elects repurchase/replacement terms)', 'M', OLD_CITE, ['LLAZ:georgia']),
        used: sourced('not established from available sources', 'L', OLD_CITE, []),
      },
      lastDayRollsToBusinessDay: GA_LAST_DAY_RULE,
      notes: ['Consumer includes small businesses with no more than 3 vehicles, 10 or fewer employees and <= $100,000 net income.'],
    },
    {
      id: 'GA-2',
      effectiveFrom: '2009-01-01',
      effectiveFromBasis: sourced(
        "Ga. L. 2008, p. 746, s 1 repealed the former article and enacted the current Georgia Lemon Law, effective January 1, 2009 (editor's note to Title 10, Chapter 1, Article 28). Applies to new motor vehicles bought, leased or registered in Georgia on or after that date.",
        'M',
        'Ga. L. 2008, p. 746, s 1 (O.C.G.A. s 10-1-780 et seq.)',
        ['GA_ELAWS_ART28'],
      ),
      appliesWhen: 'Vehicles bought, leased or registered in Georgia on or after 2009-01-01.',
      period: sourced(
        {
          months: 24,
          miles: 24000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: true,
          measuredFrom: 'original delivery',
          text: "Lemon law rights period: the period ending 24 months after original delivery or the first 24,000 miles of operation after delivery, whichever occurs first (regardless of the length of the manufacturer's warranty).",
        },
        'M',
        'O.C.G.A. s 10-1-782 (lemon law rights period)',
        ['GA_OCP_STEP1', 'GA_ELAWS_ART28'],
        { note: 'Read in the Department of Law consumer guide (Step 1), not in the text of 10-1-782 itself.' },
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity subject to repair 3 or more times within the lemon law rights period.',
        },
        'M',
        'O.C.G.A. s 10-1-784(b)',
        ['GA_OCP_STEP1'],
        { note: 'Read in the Department of Law consumer guide (Step 1), not in the statute text.' },
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
            text: "A serious safety defect subject to repair 1 time within the lemon law rights period. A serious safety defect is a life-threatening malfunction or nonconformity that impedes the consumer's ability to control or operate the vehicle for ordinary use or reasonable intended purposes, or creates a risk of fire or explosion (not only braking or steering).",
          },
        ],
        'M',
        'O.C.G.A. ss 10-1-782 (serious safety defect), 10-1-784(b)',
        ['GA_OCP_STEP1'],
        {
          note: "One attempt for a serious safety defect is in the Department of Law guide; the definition is the issue-13 audit's reading of 10-1-782, not read in the statute text here.",
          interpretations: ['A nonconformity flagged safety-critical on the case is taken to be a serious safety defect as defined.'],
        },
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair of one or more nonconformities for a cumulative total of 30 or more days within the lemon law rights period.',
        },
        'M',
        'O.C.G.A. s 10-1-784(b)',
        ['GA_OCP_STEP1', 'GA_CARCOMP'],
        { interpretations: ["The sources say 'days' without saying which kind; counted as calendar days."] },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: "Certified mail, return receipt requested, or statutory overnight delivery, to the manufacturer's designated address",
          conditionsProngs: NO_PRONGS,
          text: 'Yes - written notice of the need for a final repair attempt by certified mail, return receipt requested, or statutory overnight delivery, to the manufacturer.',
        },
        'M',
        'O.C.G.A. s 10-1-784(a)',
        ['LLAZ:georgia', 'GA_OCP_STEP1'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: 7,
          repairWithinDays: 14,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - the manufacturer names a reasonably accessible repair facility within 7 days of receiving the notice and has 14 days after delivery of the vehicle to it to conform the vehicle.',
        },
        'M',
        'O.C.G.A. s 10-1-784(a)',
        ['LLAZ:georgia'],
        { interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'] },
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          compliance: 'state_certified',
          text: 'A claim with a certified informal dispute settlement mechanism must be filed no later than one year after the rights period expires; the Department of Law says no manufacturer currently has a certified program, and consumers need not use non-certified programs (BBB AUTO LINE, NCDS, CAP-Motors) before the state panel.',
        },
        'M',
        'O.C.G.A. s 10-1-785(a)(2)',
        ['GA_785_TEXT', 'GA_OCP4'],
        { note: 'Read in a 2010 copy of 10-1-785(a)(2).' },
      ),
      stateArbitration: sourced(
        {
          name: 'Georgia state-operated arbitration panel (Department of Law)',
          mandatory: true,
          requestWindow: {
            terms: [
              { anchor: 'rights_period_end', months: 12 },
              { anchor: 'idsm_final_action', days: 60 },
            ],
            combine: 'latest',
          },
          consumerResponseDays: 30,
          manufacturerComplianceDays: 40,
          text: "Written application for arbitration to the Attorney General no later than one year from the expiration of the lemon law rights period or 60 days from the conclusion of the certified informal dispute settlement mechanism's proceeding, whichever occurs later. The consumer rejects a decision in writing within 30 days or is deemed to accept; the manufacturer complies or appeals within 40 days of receiving notice of acceptance.",
        },
        'H',
        'O.C.G.A. s 10-1-786(a)',
        ['GA_786_TEXT', 'GA_OCP5', 'GA_STEP7'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'rights_period_end', months: 12 },
              { anchor: 'idsm_final_action', days: 60 },
            ],
            combine: 'latest',
          },
          alternatives:
            'Court action only after the state arbitration panel (O.C.G.A. s 10-1-788); a separate court limitations period was not established.',
          text: 'See the state-arbitration application deadline; a separate court limitations period was not established from available sources',
        },
        'M',
        'O.C.G.A. ss 10-1-786(a), 10-1-788',
        ['GA_786_TEXT'],
      ),
      coverage: {
        leased: sourced('Covered (lessee; lessor elects repurchase/replacement terms)', 'M', CITE, ['LLAZ:georgia']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      lastDayRollsToBusinessDay: GA_LAST_DAY_RULE,
      notes: ['Consumer includes small businesses with no more than 3 vehicles, 10 or fewer employees and <= $100,000 net income.'],
    },
  ],
};
