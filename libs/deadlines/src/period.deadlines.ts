import type { LegalDate, LitigationStepState } from '@lemon/domain';
import { addDays, addDaysOfType, daysBetween } from '@lemon/state-rules';
import { noticeReceiptAnchor, rightsPeriodEndAnchor } from './case.anchors';
import { happened, litigationStepsOf, resolutionOf } from './case.timeline';
import type { DeadlineContext } from './deadline.context';
import { buildDeadline, dayWord } from './deadline.build';
import { resolveDeadlineSpec } from './deadline-spec.resolve';
import type { Deadline } from './deadline.types';

/**
 * The end of the rights (presumption) period, from the presumption evaluator (so both say the
 * same day). A period's end is not a duty: UPCOMING through its last day, PASSED after; whether
 * the presumption is met is reported beside it (`presumption`), never as the period's status.
 * AL/GA-1/SD: the shorter rights period, not the longer counting window.
 */
export function rightsPeriodDeadline(ctx: DeadlineContext): Deadline {
  const p = ctx.version.period;
  const anchor = rightsPeriodEndAnchor(ctx);
  const presumption = { status: ctx.evaluation.status, metOn: ctx.evaluation.metOn };
  const base = {
    kind: 'rights_period_end' as const,
    anchor: 'case',
    title: `Lemon-law rights period ends (${ctx.pack.name}): defects must be reported and the repair test met by then`,
    rule: { text: p.value.text, citation: p.citation, confidence: p.confidence, interpretations: p.interpretations ?? [] },
  };
  if ('missing' in anchor) {
    return {
      ...buildDeadline(ctx.scope, {
        ...base,
        dueOn: null,
        computation: `Not computable: ${anchor.missing}.`,
        basedOn: [ctx.t.openedEventId],
        notApplicable: `The period end is not known: ${anchor.missing}.`,
      }),
      presumption,
    };
  }
  const met = ctx.presumptionMet();
  const d = buildDeadline(ctx.scope, {
    ...base,
    dueOn: anchor.date,
    dueIsEstimate: anchor.isEstimate,
    computation: anchor.label,
    basedOn: [...anchor.basedOn, ...(met ? [met.eventId] : [])],
    lowConfidenceReasons: anchor.reasons,
  });
  const passed = ctx.scope.asOf > anchor.date;
  const { statusReason: _none, ...rest } = d;
  const metText = met ? `the presumption was met on ${met.on}` : `the presumption is ${ctx.evaluation.status} on ${ctx.scope.asOf}`;
  return {
    ...rest,
    status: passed ? 'PASSED' : 'UPCOMING',
    statusReason: passed ? `The period ended on ${anchor.date}; ${metText}.` : `The period ends on ${anchor.date}; ${metText}.`,
    presumption,
  };
}

/** The later of the first notice's receipt and the first completed final repair attempt, or what is still missing. */
function noticeAndFinalAttempt(ctx: DeadlineContext): { date: LegalDate; label: string; basedOn: string[] } | { missing: string[] } {
  const notice = noticeReceiptAnchor(ctx);
  const t = ctx.t;
  const done = [...t.state.finalRepairOpportunities.values()]
    .filter((o) => happened(t, o.completion?.completedOn))
    .sort((a, b) => (a.completion!.completedOn < b.completion!.completedOn ? -1 : 1))[0];
  const missing = [
    ...('missing' in notice ? ['written notice to the manufacturer'] : []),
    ...(done ? [] : ["the manufacturer's final repair attempt"]),
  ];
  if ('missing' in notice || !done) return { missing };
  const doneOn = done.completion!.completedOn;
  const basedOn = [...notice.basedOn, t.completions.get(done.opportunityId)!];
  return doneOn >= notice.date
    ? { date: doneOn, label: `final repair attempt completed ${doneOn}`, basedOn }
    : { date: notice.date, label: notice.label, basedOn };
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
    if (w.value.afterNoticeAndFinalAttempt) {
      // MI: the 30 days run only once the manufacturer was notified and had its final repair attempt.
      const gate = noticeAndFinalAttempt(ctx);
      if ('missing' in gate)
        return buildDeadline(ctx.scope, {
          kind: 'manufacturer_remedy_due',
          anchor: 'case',
          title: 'Manufacturer must repurchase or replace the vehicle',
          dueOn: null,
          rule: { text: w.value.text, citation: w.citation, confidence: w.confidence, interpretations: w.interpretations ?? [] },
          computation: `Not running yet: ${gate.missing.join('; ')}.`,
          basedOn: [met.eventId],
          notApplicable: `Not running yet: the clock starts only after ${gate.missing.join(' and ')}.`,
        });
      if (gate.date > start.date)
        start = { date: gate.date, label: `${gate.label} (presumption met ${met.on})`, basedOn: [met.eventId, ...gate.basedOn] };
      else start = { ...start, basedOn: [...start.basedOn, ...gate.basedOn] };
    }
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
    statutoryDuty: true,
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
  const forum = ttf.value.forum;
  const base = {
    kind: 'time_to_file' as const,
    anchor: 'case',
    // TX: the limit is for a proceeding before the state agency, not a suit in court.
    title: forum
      ? `Last day to begin a proceeding before ${forum.name} (not a court filing deadline)`
      : `Last day to file suit (${ctx.pack.name})`,
    statutoryDuty: true,
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
    statutoryDuty: true,
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
  // A complaint in court stops the time to file suit; it does not begin a proceeding before an agency (forum).
  const complaint = forum ? undefined : litigationStepsOf(ctx.t, 'complaint_filed')[0];
  const ttfDeadline = buildDeadline(ctx.scope, {
    ...base,
    dueOn: r.dueOn,
    dueIsEstimate: r.isEstimate,
    dayType: r.dayType,
    computation: r.computation,
    basedOn: r.basedOn,
    lowConfidenceReasons: [caution, ...r.reasons],
    ...(complaint
      ? { satisfier: { eventId: complaint.eventId, on: complaint.step.on, what: `complaint filed${filedIn(complaint.step)}` } }
      : {}),
  });
  if (!psn || !psnBase) return [ttfDeadline];
  const n = psn.value.daysBeforeFiling;
  const dueOn = addDays(r.dueOn, -n);
  const sent = litigationStepsOf(ctx.t, 'presuit_notice')[0];
  const notice = buildDeadline(ctx.scope, {
    ...psnBase,
    dueOn,
    dueIsEstimate: r.isEstimate,
    computation: `last day to file suit ${r.dueOn} - ${n} days = ${dueOn}`,
    basedOn: r.basedOn,
    lowConfidenceReasons: [
      caution,
      ...(sent ? [] : ['No pre-suit notice is recorded yet (record it as a litigation step when it is sent).']),
      ...tooCloseToFiling(sent?.step, litigationStepsOf(ctx.t, 'complaint_filed')[0]?.step, n),
      ...r.reasons,
    ],
    ...(sent ? { satisfier: { eventId: sent.eventId, on: sent.step.on, what: 'pre-suit notice sent' } } : {}),
  });
  return [ttfDeadline, notice];
}

const filedIn = (step: LitigationStepState): string =>
  [step.court ? ` in ${step.court}` : '', step.caseNumber ? ` (case no. ${step.caseNumber})` : ''].join('');

/** A complaint filed fewer than `n` days after the notice breaks the notice rule even though both are on file. */
function tooCloseToFiling(notice: LitigationStepState | undefined, complaint: LitigationStepState | undefined, n: number): string[] {
  if (!notice || !complaint) return [];
  const gap = daysBetween(notice.on, complaint.on);
  return gap >= n
    ? []
    : [`The complaint was filed ${gap} day(s) after the pre-suit notice was sent (${notice.on}); at least ${n} are required.`];
}
