import type { RulePack, RulePackVersion } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Oregon: checked on 2026-11-28 against the current text of ORS 646A.402 and 646A.416 and the
// former ORS 646.325 (see libs/state-rules/verification/mo-or.md). Oregon Laws 2009, chapter 448
// (SB 515) amended ORS 646A.400 to 646A.416: OR-2 carries the amended law, OR-1 the earlier one.
// The presumption section (646A.406) was not found in text; its values rest on summaries (M).
const CITE = 'Or. Rev. Stat. s 646A.400 et seq.';
const REMEDY = 'Or. Rev. Stat. s 646A.402';
const PRESUMPTION = 'Or. Rev. Stat. s 646A.406';

const MILEAGE_NOTE =
  'The statute counts "the mileage on the motor vehicle" reaching the limit: an odometer reading, not miles since delivery (corrected 2026-11-28; the pack counted miles since delivery).';

const OPPORTUNITY_TO_CURE: RulePackVersion['finalRepairOpportunity'] = sourced(
  {
    required: 'yes',
    conditionsProngs: ALL_PRONGS,
    satisfiedBy: 'offered',
    designateFacilityWithinDays: null,
    repairWithinDays: null,
    repairWindowFrom: null,
    dayType: 'calendar',
    missedWindowSatisfies: false,
    text: 'The manufacturer must have received the direct written notification and have had an opportunity to correct the alleged defect (the statute gives no number of days)',
  },
  'H',
  `${REMEDY}(3)`,
  ['OR_646A_402_TEXT', 'OR_646_325_FORMER_TEXT', 'LLAZ:oregon'],
  {
    interpretations: [
      "'Opportunity to correct' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
    ],
  },
);

const OR_1: RulePackVersion = {
  id: 'OR-1',
  effectiveFrom: EARLIEST,
  effectiveFromBasis: earliestBasis(CITE),
  period: sourced(
    {
      months: 12,
      miles: 12000,
      combine: 'whichever_first',
      endsWithExpressWarranty: false,
      mileageBasis: 'odometer',
      mileageBasisStated: true,
      measuredFrom: 'original delivery',
      text: 'One year following original delivery, or the period ending when the mileage on the motor vehicle reaches 12,000 miles, whichever period ends earlier (text before the 2009 amendment)',
    },
    'H',
    'Or. Rev. Stat. s 646.325(2) (former; now 646A.402(2))',
    ['OR_646_325_FORMER_TEXT', 'LLAZ:oregon'],
    { note: MILEAGE_NOTE },
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
    'Or. Rev. Stat. s 646.345(1)(a) (former; now 646A.406)',
    ['LLAZ:oregon', 'OR_LEMONLAW_ORG'],
    {
      note: 'Former s 646.345(1)(a): within one year or 12,000 miles, the same nonconformity subject to repair or correction four or more times, and it continues to exist. Former ORS 646.345 read whole in the 2015 copy (LLAZ), which prints the pre-2009 ss 646.315-646.375; 2015 text (LLAZ); later amendment not ruled out.',
    },
  ),
  anyDefectAttempts: null,
  seriousSafety: sourced([], 'H', 'Or. Rev. Stat. s 646.345(1) (former)', ['LLAZ:oregon'], {
    note: 'Former s 646.345(1) has only the repairs and days prongs: no separate serious-safety threshold. Former ORS 646.345 read whole in the 2015 copy (LLAZ), which prints the pre-2009 ss 646.315-646.375; 2015 text (LLAZ); later amendment not ruled out.',
  }),
  daysOutOfService: sourced(
    {
      days: 30,
      comparison: 'at_least',
      dayType: 'business',
      sameDefectOnly: false,
      rollingWindowMonths: null,
      countOnlyAfterNotice: false,
      text: 'Cumulative 30 or more business days (day type in the source: business)',
    },
    'H',
    'Or. Rev. Stat. s 646.345(1)(b) (former; now 646A.406)',
    ['LLAZ:oregon'],
    {
      note: 'Former s 646.345(1)(b): out of service by reason of repair or correction for a cumulative total of 30 or more business days within the period. Former ORS 646.345 read whole in the 2015 copy (LLAZ), which prints the pre-2009 ss 646.315-646.375; 2015 text (LLAZ); later amendment not ruled out.',
    },
  ),
  notice: sourced(
    {
      required: 'yes',
      method: 'Prior direct written notification (a request for the IDSM counts)',
      conditionsProngs: ALL_PRONGS,
      text: 'The manufacturer has received direct written notification from or on behalf of the consumer and has had an opportunity to correct the alleged defect; a request for the informal dispute settlement procedure counts as notification',
    },
    'H',
    'Or. Rev. Stat. s 646.325(3) (former; now 646A.402(3))',
    ['OR_646_325_FORMER_TEXT', 'LLAZ:oregon'],
  ),
  finalRepairOpportunity: OPPORTUNITY_TO_CURE,
  disputeProgram: sourced(
    {
      requirement: 'required_if_compliant',
      compliance: '16_cfr_703',
      text: 'Yes - if the manufacturer has a 703-compliant procedure and notifies the consumer; arbitration decision binds the manufacturer',
    },
    'H',
    'Or. Rev. Stat. s 646.355 (former; now 646A.408)',
    ['LLAZ:oregon'],
    {
      note: 'Former s 646.355: a procedure substantially complying with 16 C.F.R. 703, of which the manufacturer causes the consumer to be notified, must first be used; its arbitration decision binds the manufacturer. Former ORS 646.345 read whole in the 2015 copy (LLAZ), which prints the pre-2009 ss 646.315-646.375; 2015 text (LLAZ); later amendment not ruled out.',
    },
  ),
  stateArbitration: null,
  timeToFile: sourced(
    {
      known: true,
      deadline: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
      text: 'Within 1 year after the earlier of 12,000 miles or 1 year from delivery',
    },
    'M',
    CITE,
    ['LLAZ:oregon'],
  ),
  coverage: {
    leased: sourced('not established from available sources', 'L', CITE, []),
    used: sourced('not established from available sources', 'L', CITE, []),
  },
};

const OR_2: RulePackVersion = {
  ...OR_1,
  id: 'OR-2',
  effectiveFrom: '2009-09-21',
  effectiveFromBasis: sourced(
    'Oregon Laws 2009, chapter 448 (SB 515, declaring an emergency) amended ORS 646A.402 to 646A.416: two years / 24,000 miles, three attempts, one attempt for a serious safety defect. The date is the one a practitioner summary gives for vehicles purchased or leased "on or after September 21, 2009"; the session law\'s own effective-date and applicability sections were not read.',
    'M',
    'Or. Laws 2009, ch. 448',
    ['OR_2009_C448', 'OR_LEMONLAW_ORG', 'OR_SB515_PRESS'],
  ),
  period: sourced(
    {
      months: 24,
      miles: 24000,
      combine: 'whichever_first',
      endsWithExpressWarranty: false,
      mileageBasis: 'odometer',
      mileageBasisStated: true,
      measuredFrom: 'original delivery',
      text: 'The two-year period following original delivery, or the period ending on the date the mileage on the motor vehicle reaches 24,000 miles, whichever period ends first',
    },
    'H',
    `${REMEDY}(2)`,
    ['OR_646A_402_TEXT', 'OR_646A_416_TEXT', 'LLAZ:oregon'],
    {
      note: `Corrected 2026-11-28 from 1 year / 12,000 miles: that is the text before the 2009 amendment (the research extract's snapshot still showed it), kept as OR-1 for earlier deliveries. ${MILEAGE_NOTE}`,
    },
  ),
  sameNonconformity: sourced(
    {
      threshold: 3,
      comparison: 'at_least',
      plusFinalManufacturerAttempt: false,
      window: 'counting_window',
      text: 'The same nonconformity subject to repair three or more times, and it continues to exist',
    },
    'M',
    `${PRESUMPTION}(1)`,
    ['OR_SB515_PRESS', 'OR_OBSERVED_SUMMARY', 'OR_LEMONLAW_ORG'],
    {
      note: 'Corrected 2026-11-28 from 4: SB 515 "reduces the number of times ... from four to three" (Senate press release); current summaries agree. ORS 646A.406 itself was not read, so M.',
    },
  ),
  seriousSafety: sourced(
    [
      {
        threshold: 1,
        comparison: 'at_least',
        plusFinalManufacturerAttempt: false,
        window: 'counting_window',
        scope: 'any_serious_safety',
        text: '1 repair of a nonconformity that is a serious safety defect (likely to cause death or serious bodily injury)',
      },
    ],
    'M',
    `${PRESUMPTION}(1)`,
    ['OR_SB515_PRESS', 'OR_OBSERVED_SUMMARY'],
    {
      note: 'Added 2026-11-28 (the pack had none): SB 515 ended multiple attempts for life-threatening defects; summaries give one attempt for a defect likely to cause death or serious bodily injury. ORS 646A.406 itself was not read, so M.',
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
      text: 'Out of service by reason of repair for a cumulative total of 30 or more business days',
    },
    'M',
    `${PRESUMPTION}(1)`,
    ['OR_OBSERVED_SUMMARY', 'OR_LEMONLAW_ORG', 'LLAZ:oregon'],
  ),
  notice: sourced(
    {
      required: 'yes',
      method: 'Direct written notification to the manufacturer (a request for the informal dispute procedure counts)',
      conditionsProngs: ALL_PRONGS,
      text: 'The manufacturer has received direct written notification from or on behalf of the consumer and has had an opportunity to correct the alleged defect; a request for the informal dispute settlement procedure under ORS 646A.408 counts as notification',
    },
    'H',
    `${REMEDY}(3)`,
    ['OR_646A_402_TEXT', 'OR_LEMONLAW_ORG', 'LLAZ:oregon'],
    {
      note: 'No mailing method is named. 646A.402(3) conditions the remedy; the summaries say the presumption likewise does not apply without prior written notification.',
    },
  ),
  disputeProgram: sourced(
    {
      requirement: 'required_if_compliant',
      compliance: '16_cfr_703',
      text: 'Yes - if the manufacturer establishes or participates in an informal dispute settlement procedure that substantially complies with 16 C.F.R. part 703 (as in effect on June 23, 2009), on the further conditions of ORS 646A.408',
    },
    'M',
    'Or. Rev. Stat. s 646A.408',
    ['OR_646A_408_TEXT', 'LLAZ:oregon'],
    { note: "Only the opening of 646A.408 was read (the copy breaks off); the resort requirement is the extract's." },
  ),
  timeToFile: sourced(
    {
      known: true,
      deadline: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
      text: 'Within one year after whichever ends earlier: the period ending when the mileage reaches 24,000 miles, the two years after original delivery, or an extension under ORS 646A.406(3)',
    },
    'H',
    'Or. Rev. Stat. s 646A.416',
    ['OR_646A_416_TEXT', 'OR_646A_416_2015'],
    { note: 'Extensions under 646A.406(3) (repair services unavailable) are not modelled.' },
  ),
};

export const OR_RULE_PACK: RulePack = {
  code: 'OR',
  name: 'Oregon',
  statute: sourced('Or. Rev. Stat. s 646A.400 et seq. (renumbered from 646.315-646.375 as cited in the statute text)', 'M', CITE, [
    'LLAZ:oregon',
  ]),
  versions: [OR_1, OR_2],
};
