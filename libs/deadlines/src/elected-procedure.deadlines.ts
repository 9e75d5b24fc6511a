import type { LegalDate } from '@lemon/domain';
import { addDays, maxLegalDate, type Sourced } from '@lemon/state-rules';
import { happened, litigationStepsOf, resolutionOf } from './case.timeline';
import type { DeadlineContext } from './deadline.context';
import { buildDeadline } from './deadline.build';
import type { Deadline, DeadlineKind } from './deadline.types';

/**
 * The clocks of a court procedure the manufacturer elected (CA: Code Civ. Proc. 871.20 et seq.,
 * AB 1755), once the case records the election. The pre-suit notice and the limitation period come
 * from the variant's `preSuitNotice` and `timeToFile` (see filingDeadlines); here: the
 * manufacturer's offer and completion windows after the notice (871.24(e)(1)), and the initial
 * disclosures and mediation after the answer (871.26(b), (d)).
 */
export function electedProcedureDeadlines(ctx: DeadlineContext): Deadline[] {
  const p = ctx.version.electedProcedure;
  if (!p) return [];
  return [...afterNotice(ctx, p.manufacturerOffer, p.remedyCompleted), ...afterAnswer(ctx, p.initialDisclosures, p.mediation)];
}

const ruleOf = (s: Sourced<{ text: string }>) => ({
  text: s.value.text,
  citation: s.citation,
  confidence: s.confidence,
  interpretations: s.interpretations ?? [],
});

/**
 * The pre-suit notice the windows run from: the first one recorded as a litigation step; failing
 * that, the latest written notice to the manufacturer sent on or after the election (or the
 * procedure's effective date, when the election date is unknown), flagged as a stand-in.
 */
function presuitNotice(ctx: DeadlineContext): { receivedOn: LegalDate; label: string; eventId: string; reasons: string[] } | null {
  const t = ctx.t;
  const recorded = litigationStepsOf(t, 'presuit_notice');
  const first = recorded[0];
  if (first) {
    const { step, eventId } = first;
    const received = happened(t, step.receivedOn);
    const reasons = [
      ...(received
        ? []
        : ['Receipt of the pre-suit notice is not recorded: counted from the day it was sent, which can only make the date earlier.']),
      ...(recorded.length > 1
        ? [`${recorded.length} pre-suit notices are recorded: the windows are counted from the first (sent ${step.on}).`]
        : []),
    ];
    const receivedOn = received ? step.receivedOn! : step.on;
    return { receivedOn, label: `pre-suit notice sent ${step.on}, received ${receivedOn}`, eventId, reasons };
  }
  const variant = ctx.pack.versions.flatMap((v) => v.variants ?? []).find((v) => v.overrides.electedProcedure);
  const from = maxLegalDate(t.state.ab1755Election?.electedOn ?? '1900-01-01', variant?.effectiveFrom.value ?? '1900-01-01');
  const notices = [...t.state.manufacturerNotices.values()]
    .filter((n) => !n.voided && happened(t, n.sentOn) && n.sentOn >= from)
    .sort((a, b) => (a.sentOn < b.sentOn ? 1 : -1));
  const n = notices[0];
  if (!n) return null;
  const reasons = [
    `No pre-suit notice is recorded as a litigation step: the latest written notice sent on or after ${from} (sent ${n.sentOn}) is taken as it.`,
  ];
  if (!happened(t, n.receivedOn))
    reasons.push('Receipt of the notice is not recorded: counted from the day it was sent, which can only make the date earlier.');
  const receivedOn = happened(t, n.receivedOn) ? n.receivedOn : n.sentOn;
  return { receivedOn, label: `pre-suit notice sent ${n.sentOn}, received ${receivedOn}`, eventId: t.notices.get(n.noticeId)!, reasons };
}

function afterNotice(
  ctx: DeadlineContext,
  offer: Sourced<{ days: number; text: string }>,
  completed: Sourced<{ days: number; text: string }>,
): Deadline[] {
  const notice = presuitNotice(ctx);
  const res = resolutionOf(ctx.t);
  const remedy = res && (res.resolution === 'repurchase' || res.resolution === 'replacement') ? res : null;
  const make = (kind: DeadlineKind, title: string, rule: Sourced<{ days: number; text: string }>, satisfiedByRemedy: boolean): Deadline => {
    if (!notice)
      return buildDeadline(ctx.scope, {
        kind,
        anchor: 'case',
        title,
        dueOn: null,
        rule: ruleOf(rule),
        computation: `Runs ${rule.value.days} days from the manufacturer's receipt of the consumer's pre-suit notice (CCP s 871.24(a)); no such notice is recorded yet.`,
        basedOn: [ctx.t.openedEventId],
        notApplicable: 'Not running yet: no pre-suit notice to the manufacturer is recorded.',
      });
    const dueOn = addDays(notice.receivedOn, rule.value.days);
    return buildDeadline(ctx.scope, {
      kind,
      anchor: 'case',
      title,
      dueOn,
      rule: ruleOf(rule),
      computation: `${notice.label} + ${rule.value.days} days = ${dueOn}`,
      basedOn: [notice.eventId],
      statutoryDuty: true,
      lowConfidenceReasons: [
        ...notice.reasons,
        ...(satisfiedByRemedy ? [] : ['No event records an offer of restitution or replacement; record the outcome with the resolution.']),
      ],
      ...(remedy && satisfiedByRemedy
        ? { satisfier: { eventId: remedy.eventId, on: remedy.resolvedOn, what: `case resolved (${remedy.resolution})` } }
        : {}),
    });
  };
  return [
    make(
      'elected_procedure_offer',
      'Manufacturer may bar civil penalties by offering restitution or replacement (30 days after receiving the pre-suit notice)',
      offer,
      false,
    ),
    make(
      'elected_procedure_remedy',
      'Restitution or replacement must be completed for the offer to bar civil penalties (60 days after receipt of the pre-suit notice)',
      completed,
      true,
    ),
  ];
}

/** 871.26 clocks run from the answer (the first recorded as a litigation step); without one they show no date, saying so. */
function afterAnswer(
  ctx: DeadlineContext,
  disclosures: Sourced<{ daysAfterAnswer: number; text: string }>,
  mediation: Sourced<{ scheduleWithinDaysAfterAnswer: number; heldWithinDaysAfterAnswer: number; text: string }>,
): Deadline[] {
  const answer = litigationStepsOf(ctx.t, 'answer_filed')[0];
  const disclosuresTitle = `Initial disclosures and documents from all parties (${disclosures.value.daysAfterAnswer} days after the answer)`;
  const schedule = mediation.value.scheduleWithinDaysAfterAnswer;
  const held = mediation.value.heldWithinDaysAfterAnswer;
  const mediationTitle = `Schedule mediation within ${schedule} days after the answer, to be held within ${held} days after it`;
  if (!answer) {
    const pending =
      'Runs from the filing of the answer or other responsive pleading, which is not recorded yet: record it as a litigation step.';
    return [
      buildDeadline(ctx.scope, {
        kind: 'elected_procedure_disclosures',
        anchor: 'case',
        title: disclosuresTitle,
        dueOn: null,
        rule: ruleOf(disclosures),
        computation: `answer filed + ${disclosures.value.daysAfterAnswer} days. ${pending}`,
        basedOn: [ctx.t.openedEventId],
        notApplicable: pending,
        lowConfidenceReasons: ['The answer date is not recorded.'],
      }),
      buildDeadline(ctx.scope, {
        kind: 'elected_procedure_mediation',
        anchor: 'case',
        title: mediationTitle,
        dueOn: null,
        rule: ruleOf(mediation),
        computation: `answer filed + ${schedule} days (scheduled) / + ${held} days (held). ${pending}`,
        basedOn: [ctx.t.openedEventId],
        notApplicable: pending,
        lowConfidenceReasons: ['The answer date is not recorded.'],
      }),
    ];
  }
  const answeredOn = answer.step.on;
  const disclosuresDue = addDays(answeredOn, disclosures.value.daysAfterAnswer);
  const scheduleBy = addDays(answeredOn, schedule);
  const heldBy = addDays(answeredOn, held);
  // No event records disclosures served or a mediation held: these stay open until their day passes.
  const unrecorded = 'No event records this step being done; check the court file before relying on its status.';
  return [
    buildDeadline(ctx.scope, {
      kind: 'elected_procedure_disclosures',
      anchor: 'case',
      title: disclosuresTitle,
      dueOn: disclosuresDue,
      rule: ruleOf(disclosures),
      computation: `answer filed ${answeredOn} + ${disclosures.value.daysAfterAnswer} days = ${disclosuresDue}`,
      basedOn: [answer.eventId],
      lowConfidenceReasons: [unrecorded],
    }),
    buildDeadline(ctx.scope, {
      kind: 'elected_procedure_mediation',
      anchor: 'case',
      title: mediationTitle,
      dueOn: scheduleBy,
      rule: ruleOf(mediation),
      computation: `answer filed ${answeredOn} + ${schedule} days = ${scheduleBy} (scheduled by); + ${held} days = ${heldBy} (held by)`,
      basedOn: [answer.eventId],
      lowConfidenceReasons: [unrecorded],
    }),
  ];
}
