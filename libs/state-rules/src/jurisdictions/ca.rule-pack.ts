import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// California: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Cal. Civ. Code s 1793.22(b)';

export const CA_RULE_PACK: RulePack = {
  code: 'CA',
  name: 'California',
  statute: sourced(
    'Cal. Civ. Code ss 1790-1795.8 (Song-Beverly Consumer Warranty Act); s 1793.2(d) (replace/restitution); s 1793.22 (Tanner Consumer Protection Act presumption); Code Civ. Proc. s 871.20 et seq. (AB 1755, 2024; opt-in track per SB 26, 2025)',
    'H',
    CITE,
    ['LLAZ:california', 'CA_USLEGAL', 'CA_AB1755_BB', 'CA_SB26_NITA'],
  ),
  versions: [
    {
      id: 'CA-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 18,
          miles: 18000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'odometer',
          mileageBasisStated: true,
          measuredFrom: 'delivery to buyer',
          text: 'Within 18 months from delivery to the buyer or 18,000 miles on the odometer of the vehicle, whichever occurs first (the presumption window; the duty to repurchase/replace runs for the whole express warranty).',
        },
        'H',
        CITE,
        ['LLAZ:california', 'CA_USLEGAL', 'CA_FINDLEMON', 'BMW_BOOKLETS'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity has been subject to repair four or more times by the manufacturer or its agents and the buyer has at least once directly notified the manufacturer of the need for the repair (1793.22(b)(2)).',
        },
        'H',
        CITE,
        ['LLAZ:california', 'CA_USLEGAL', 'BMW_BOOKLETS'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 2,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            scope: 'any_serious_safety',
            text: 'The same nonconformity results in a condition likely to cause death or serious bodily injury if the vehicle is driven, it has been subject to repair two or more times by the manufacturer or its agents, and the buyer has at least once directly notified the manufacturer of the need for the repair (1793.22(b)(1)).',
          },
        ],
        'H',
        CITE,
        ['LLAZ:california', 'CA_USLEGAL', 'BMW_BOOKLETS'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'more_than',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: "The vehicle is out of service by reason of repair of nonconformities by the manufacturer or its agents for a cumulative total of more than 30 calendar days since delivery (1793.22(b)(3)); extended only for conditions beyond the manufacturer's control.",
        },
        'H',
        CITE,
        ['LLAZ:california', 'CA_CAS', 'BMW_BOOKLETS'],
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method: "Direct notice to the manufacturer at the address clearly and conspicuously disclosed in the warranty or owner's manual",
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts'],
          text: "The direct-notice element of (b)(1) and (b)(2) applies only if the manufacturer clearly and conspicuously disclosed the requirement and the notice address in the warranty or owner's manual (BMW's booklets do). Civil penalty under s 1794(e): the buyer may serve written notice requesting compliance.",
        },
        'M',
        'Cal. Civ. Code s 1793.22(b)(3)',
        ['LLAZ:california', 'CA_AB1755_BB', 'CA_AB1755_VB', 'BMW_BOOKLETS'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'no',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: "No statutory final-repair step for the presumption. s 1794(e)(4): no civil penalty if manufacturer complies within 30 days of the buyer's written notice. AB 1755 opt-in track: manufacturer may avoid civil penalty by offering restitution/replacement within 30 days of pre-suit notice and completing within 60 days.",
        },
        'M',
        'Cal. Civ. Code s 1794(e)',
        ['LLAZ:california', 'CA_AB1755_VB'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: 'Conditional: if a qualified (DCA-certified) third-party dispute resolution process exists and the buyer was timely notified, the buyer cannot assert the presumption until first resorting to it. Suit itself is not barred. Qualified programs must let manufacturer perform within 30 days after buyer accepts the decision.',
        },
        'H',
        'Cal. Civ. Code s 1793.22(c)-(d)',
        ['LLAZ:california', 'BMW_BOOKLETS'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 48 }], combine: 'earliest' },
          text: 'Traditional track: no limitations period in Song-Beverly itself; practitioner sources describe 4 years (Cal. Com. Code s 2725). AB 1755 track (CCP s 871.21): action within 1 year after express warranty expires, and no more than 6 years after original delivery, subject to tolling (out-of-service time; up to 60 days after pre-suit notice). Whether 871.21 reaches only opted-in manufacturers is described differently by sources - verify.',
        },
        'M',
        'Cal. Com. Code s 2725 (practitioner reading)',
        ['CA_AB1755_BB', 'CA_VALERO', 'CA_SB26_NITA'],
        {
          interpretations: ['Practitioner sources describe 4 years (Cal. Com. Code s 2725); counted from delivery.'],
        },
      ),
      coverage: {
        leased: sourced('Covered (buyer or lessee)', 'H', CITE, ['LLAZ:california', 'CA_USLEGAL']),
        used: sourced(
          'New-motor-vehicle definition includes dealer-owned/demonstrator vehicles sold with a new-car warranty; used-vehicle coverage was narrowed by Rodriguez v. FCA US LLC (Cal. 2024) per practitioner/tool material - verify.',
          'L',
          CITE,
          ['LLAZ:california'],
        ),
      },
      notes: [
        'Covers small businesses with up to 5 vehicles under 10,000 lb GVWR (CAS).',
        'AB 1755 / SB 26: manufacturers may elect (opt in) to the new procedures for 5 years; DCA keeps the list (Nita Lemon Law). Track routing should be a per-manufacturer, per-model-year configuration.',
      ],
      variants: [
        {
          id: 'CA-AB1755',
          appliesWhen:
            'The manufacturer opted in to the Code Civ. Proc. s 871.20 et seq. procedures (AB 1755 / SB 26; the DCA keeps the list). ' +
            "Chosen per case by the caller, not by delivery date: the sources tie the procedure to the manufacturer's election. The presumption itself (1793.22(b)) is unchanged.",
          effectiveFrom: sourced(
            '2025-04-01',
            'M',
            'Code Civ. Proc. s 871.20 et seq. (AB 1755)',
            ['CA_AB1755_BB', 'CA_AB1755_VB', 'CA_SB26_NITA'],
            {
              note: 'The reference dates the pre-suit notice rule Apr 1, 2025; other parts of AB 1755 may differ - verify.',
            },
          ),
          overrides: {
            timeToFile: sourced(
              {
                known: true,
                deadline: {
                  terms: [
                    { anchor: 'warranty_expiry', months: 12 },
                    { anchor: 'delivery', months: 72 },
                  ],
                  combine: 'earliest',
                },
                alternatives: 'Tolled for out-of-service time and up to 60 days after the pre-suit notice.',
                text: 'AB 1755 track (CCP s 871.21): action within 1 year after the express warranty expires and no more than 6 years after original delivery, subject to tolling.',
              },
              'M',
              'Code Civ. Proc. s 871.21',
              ['CA_AB1755_BB', 'CA_VALERO', 'CA_SB26_NITA'],
              {
                note: 'Whether 871.21 reaches only opted-in manufacturers is described differently by sources - verify.',
              },
            ),
            preSuitNotice: sourced(
              {
                daysBeforeFiling: 30,
                text: 'Written pre-suit notice at least 30 days before filing, required to seek civil penalties (opted-in manufacturers; effective Apr 1, 2025).',
              },
              'M',
              'Code Civ. Proc. s 871.20 et seq. (AB 1755)',
              ['CA_AB1755_BB', 'CA_AB1755_VB'],
            ),
            finalRepairOpportunity: sourced(
              {
                required: 'no',
                conditionsProngs: [],
                satisfiedBy: 'offered',
                designateFacilityWithinDays: null,
                repairWithinDays: null,
                repairWindowFrom: null,
                dayType: 'calendar',
                missedWindowSatisfies: false,
                text: 'AB 1755 opt-in track: the manufacturer may avoid a civil penalty by offering restitution or replacement within 30 days of the pre-suit notice and completing it within 60 days.',
              },
              'M',
              'Code Civ. Proc. s 871.20 et seq. (AB 1755)',
              ['CA_AB1755_VB'],
            ),
          },
        },
      ],
    },
  ],
};
