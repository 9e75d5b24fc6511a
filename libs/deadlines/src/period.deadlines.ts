import type { LegalDate } from '@lemon/domain';
import { addDays, addDaysOfType } from '@lemon/state-rules';
import { noticeReceiptAnchor, rightsPeriodEndAnchor } from './case.anchors';
import { resolutionOf } from './case.timeline';
import type { DeadlineContext } from './deadline.context';
import { buildDeadline, dayWord } from './deadline.build';
import { resolveDeadlineSpec } from './deadline-spec.resolve';
import type { Deadline } from './deadline.types';

/**
 * The end of the rights (presumption) period, from the presumption evaluator: MET once the
 * presumption is met, MISSED when the period ended without it. AL/GA/SD: the shorter rights
 * period, not the longer counting window.
 */
export function rightsPeriodDeadline(ctx: DeadlineContext): Deadline {
  const p = ctx.version.period;
  const anchor = rightsPeriodEndAnchor(ctx);
  const base = {
    kind: 'rights_period_end' as const,
    anchor: 'case',
    title: `Lemon-law rights period ends (${ctx.pack.name}): defects must be reported and the repair test met by then`,
    rule: { text: p.value.text, citation: p.citation, confidence: p.confidence, interpretations: p.interpretations ?? [] },
  };
  if ('missing' in anchor) {
    return buildDeadline(ctx.scope, {
      ...base,
      dueOn: null,
      computation: `Not computable: ${anchor.missing}.`,
      basedOn: [ctx.t.openedEventId],
      notApplicable: `The period end is not known: ${anchor.missing}.`,
    });
  }
  const met = ctx.presumptionMet();
  const d = buildDeadline(ctx.scope, {
    ...base,
    dueOn: anchor.date,
    dueIsEstimate: anchor.isEstimate,
    computation: anchor.label,
    basedOn: anchor.basedOn,
    lowConfidenceReasons: anchor.reasons,
    ...(met ? { satisfier: { eventId: met.eventId, on: met.on, what: 'presumption met' } } : {}),
  });
  if (met && d.status === 'MISSED') {
    // Some states count attempts after the period once the first one fell inside it (MI, VT): the evaluator decides.
    return {
      ...d,
      status: 'MET',
      satisfiedBy: { eventId: met.eventId, on: met.on },
      statusReason: `Presumption met on ${met.on}, after the period end; the rule counts those attempts (see the presumption evaluation).`,
      basedOn: [...new Set([...d.basedOn, met.eventId])],
    };
  }
  if (d.status === 'MISSED')
    return {
      ...d,
      statusReason: `The period ended on ${d.dueOn} without the presumption met (evaluation on ${ctx.scope.asOf}: ${ctx.evaluation.status}).`,
    };
  return d;
}

/** Days the manufacturer has to repurchase or replace (MI, WA, WI...), MET by a repurchase/replacement resolution. */
export function remedyDeadline(ctx: DeadlineContext): Deadline | null {
  const w = ctx.version.manufacturerRemedyWindow;
  if (!w) return null;
  const reasons: string[] = [];
  let start: { date: LegalDate; label: string; basedOn: string[] };
  if (w.value.from === 'presumption_met') {
    const met = ctx.presumptionMet();
    if (!met) return null;
    start = { date: met.on, label: `presumption met ${met.on}`, basedOn: [met.eventId] };
  } else {
    const notice = noticeReceiptAnchor(ctx);
    if ('missing' in notice) return null;
    start = notice;
    reasons.push(...notice.reasons);
    if (w.value.from === 'written_request')
      reasons.push('No event records a written repurchase request; the first written notice to the manufacturer is used.');
  }
  const { days, dayType, replacementDays } = w.value;
  const dueOn = addDaysOfType(start.date, days, dayType);
  const replacement = replacementDays
    ? ` (a comparable replacement: + ${dayWord(replacementDays, dayType)} = ${addDaysOfType(start.date, replacementDays, dayType)})`
    : '';
  const res = resolutionOf(ctx.t);
  const remedy = res && (res.resolution === 'repurchase' || res.resolution === 'replacement') ? res : null;
  return buildDeadline(ctx.scope, {
    kind: 'manufacturer_remedy_due',
    anchor: 'case',
    title: 'Manufacturer must repurchase or replace the vehicle',
    dueOn,
    dayType,
    rule: { text: w.value.text, citation: w.citation, confidence: w.confidence, interpretations: w.interpretations ?? [] },
    computation: `${start.label} + ${dayWord(days, dayType)} = ${dueOn}${replacement}`,
    basedOn: start.basedOn,
    lowConfidenceReasons: reasons,
    ...(remedy ? { satisfier: { eventId: remedy.eventId, on: remedy.resolvedOn, what: `case resolved (${remedy.resolution})` } } : {}),
  });
}

/**
 * Time to file suit from the pack (always flagged: limitations periods toll and have
 * alternatives the pack keeps in words), and the pre-suit notice that must precede it.
 */
export function filingDeadlines(ctx: DeadlineContext): Deadline[] {
  const ttf = ctx.version.timeToFile;
  const alternatives = ttf.value.alternatives ? ` Alternatives: ${ttf.value.alternatives}` : '';
  const base = {
    kind: 'time_to_file' as const,
    anchor: 'case',
    title: `Last day to file suit (${ctx.pack.name})`,
    rule: {
      text: `${ttf.value.text.replace(/([^.])$/, '$1.')}${alternatives}`,
      citation: ttf.citation,
      confidence: ttf.confidence,
      interpretations: ttf.interpretations ?? [],
    },
  };
  const psn = ctx.version.preSuitNotice;
  const psnRule = psn && {
    text: psn.value.text,
    citation: psn.citation,
    confidence: psn.confidence,
    interpretations: psn.interpretations ?? [],
  };
  const psnBase = psn && {
    kind: 'pre_suit_notice' as const,
    anchor: 'case',
    title: `Send the written pre-suit notice (at least ${psn.value.daysBeforeFiling} days before filing suit)`,
    rule: psnRule!,
  };
  if (!ttf.value.known || !ttf.value.deadline) {
    // Still worth showing: the notice is required even though no filing date is known.
    const notice = psnBase
      ? [
          buildDeadline(ctx.scope, {
            ...psnBase,
            dueOn: null,
            computation: 'No filing deadline is established, so the latest day for the notice cannot be computed.',
            basedOn: [ctx.t.openedEventId],
            notApplicable: `Required at least ${psn!.value.daysBeforeFiling} days before filing suit; no filing deadline is established to count back from.`,
          }),
        ]
      : [];
    return [
      ...notice,
      buildDeadline(ctx.scope, {
        ...base,
        rule: { ...base.rule, confidence: 'L' },
        dueOn: null,
        computation: 'No period to file suit is established for this jurisdiction in the reference material.',
        basedOn: [ctx.t.openedEventId],
        notApplicable: `Time to file suit is not established for ${ctx.pack.code}; determine the limitations period manually.`,
      }),
    ];
  }
  const r = resolveDeadlineSpec(ctx, ttf.value.deadline);
  if ('missing' in r) {
    return [
      buildDeadline(ctx.scope, {
        ...base,
        dueOn: null,
        computation: `Clock not started: ${r.missing.join('; ')}.`,
        basedOn: [ctx.t.openedEventId],
        notApplicable: `Not running yet: ${r.missing.join('; ')}.`,
      }),
    ];
  }
  const caution = 'Limitations periods can be tolled or extended (see the rule text); confirm before relying on this date.';
  const ttfDeadline = buildDeadline(ctx.scope, {
    ...base,
    dueOn: r.dueOn,
    dueIsEstimate: r.isEstimate,
    dayType: r.dayType,
    computation: r.computation,
    basedOn: r.basedOn,
    lowConfidenceReasons: [caution, ...r.reasons],
  });
  if (!psn || !psnBase) return [ttfDeadline];
  const n = psn.value.daysBeforeFiling;
  const dueOn = addDays(r.dueOn, -n);
  const notice = buildDeadline(ctx.scope, {
    ...psnBase,
    dueOn,
    dueIsEstimate: r.isEstimate,
    computation: `last day to file suit ${r.dueOn} - ${n} days = ${dueOn}`,
    basedOn: r.basedOn,
    lowConfidenceReasons: [caution, 'No event records a pre-suit notice: this stays open until the case is resolved.', ...r.reasons],
  });
  return [ttfDeadline, notice];
}
