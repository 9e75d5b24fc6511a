import type { DisputeClaimState, DisputeProgram } from '@lemon/domain';
import { addDays, BBB_AUTO_LINE, lowestConfidence, type Confidence, type DeadlineSpec, type Sourced } from '@lemon/state-rules';
import { BBB_CITATIONS, BBB_RULE_TEXT } from './bbb-auto-line.rule-text';
import { claimsFiled, happened, type ClaimEventIds } from './case.timeline';
import type { DeadlineContext } from './deadline.context';
import { buildDeadline } from './deadline.build';
import { resolveDeadlineSpec } from './deadline-spec.resolve';
import type { Deadline, DeadlineKind } from './deadline.types';
import { bbbNotOfferedReason } from './manufacturer-program.deadlines';

/** Programs run for the manufacturer (16 CFR 703 mechanisms), as opposed to a state's own board. */
const MANUFACTURER_PROGRAMS: readonly DisputeProgram[] = ['BBB_AUTO_LINE', 'MANUFACTURER_PROGRAM'];
// The six-month window is BMW's program summary (the seed booklets), which also covers MINI and Rolls-Royce.
const BOOKLET_MAKES = /\b(bmw|mini|rolls)/i;

function programName(ctx: DeadlineContext, program: DisputeProgram): string {
  if (program === 'BBB_AUTO_LINE') return 'BBB AUTO LINE';
  if (program === 'STATE_PROGRAM') return ctx.version.stateArbitration?.value.name ?? 'the state program';
  return "the manufacturer's dispute program";
}

interface WindowSpec {
  kind: DeadlineKind;
  anchor: string;
  title: string;
  spec: DeadlineSpec;
  rule: Sourced<unknown> & { text: string };
  programs: readonly DisputeProgram[];
  reasons?: string[];
  confidence?: Confidence;
  /** From the jurisdiction's own law (not a program's rules). */
  statutoryDuty?: boolean;
}

function windowDeadline(ctx: DeadlineContext, w: WindowSpec): Deadline {
  const t = ctx.t;
  const claim = claimsFiled(t).find((c) => w.programs.includes(c.program));
  const rule = {
    text: w.rule.text,
    citation: w.rule.citation,
    confidence: w.confidence ?? w.rule.confidence,
    interpretations: w.rule.interpretations ?? [],
  };
  const r = resolveDeadlineSpec(ctx, w.spec);
  const base = { kind: w.kind, anchor: w.anchor, title: w.title, rule, statutoryDuty: w.statutoryDuty ?? false };
  if ('missing' in r) {
    return buildDeadline(ctx.scope, {
      ...base,
      dueOn: null,
      computation: `Clock not started: ${r.missing.join('; ')}.`,
      basedOn: [t.openedEventId],
      notApplicable: `Not running yet: ${r.missing.join('; ')}.`,
    });
  }
  return buildDeadline(ctx.scope, {
    ...base,
    dueOn: r.dueOn,
    dueIsEstimate: r.isEstimate,
    dayType: r.dayType,
    computation: r.computation,
    basedOn: r.basedOn,
    lowConfidenceReasons: [...(w.reasons ?? []), ...r.reasons],
    ...(claim
      ? { satisfier: { eventId: t.claims.get(claim.claimId)!.filed!, on: claim.filedOn, what: `claim ${claim.claimId} filed` } }
      : {}),
  });
}

/** Windows to bring a dispute: BBB AUTO LINE (seeds), a state-certified program, the state board. */
export function disputeWindowDeadlines(ctx: DeadlineContext): Deadline[] {
  const t = ctx.t;
  const out: Deadline[] = [];
  const bbbClaim = claimsFiled(t).some((c) => c.program === 'BBB_AUTO_LINE');
  // The booklets state the window for California residents; elsewhere show it only once a BBB claim exists,
  // or, NOT_APPLICABLE with the reason, when the linked directory entry says the program is not offered
  // in the case's state (issue 12 §3).
  if (t.state.jurisdiction === 'CA' || bbbClaim || bbbNotOfferedReason(t) !== undefined) {
    const reasons: string[] = [];
    if (t.state.jurisdiction !== 'CA')
      reasons.push('The six-month window is stated for California residents; for other states it was not established.');
    if (!BOOKLET_MAKES.test(t.state.manufacturer.name))
      reasons.push(`The six-month window is BMW's program summary; ${t.state.manufacturer.name}'s window was not established.`);
    out.push(
      windowDeadline(ctx, {
        kind: 'dispute_claim_window',
        anchor: 'bbb-auto-line',
        title: 'Last day to file a BBB AUTO LINE claim (six months after the warranty expires)',
        spec: BBB_AUTO_LINE.claimWindow.value,
        rule: { ...BBB_AUTO_LINE.claimWindow, text: BBB_RULE_TEXT.claimWindow, citation: BBB_CITATIONS.claimWindow },
        programs: MANUFACTURER_PROGRAMS,
        reasons,
        ...(reasons.length ? { confidence: 'L' as const } : {}),
      }),
    );
  }
  const dp = ctx.version.disputeProgram;
  if (dp.value.claimWindow) {
    out.push(
      windowDeadline(ctx, {
        kind: 'dispute_claim_window',
        anchor: 'certified-program',
        title: "Last day to bring the dispute to the manufacturer's certified program",
        spec: dp.value.claimWindow,
        rule: { ...dp, text: dp.value.text },
        programs: MANUFACTURER_PROGRAMS,
        statutoryDuty: true,
      }),
    );
  }
  const sa = ctx.version.stateArbitration;
  if (sa?.value.requestWindow) {
    out.push(
      windowDeadline(ctx, {
        kind: 'state_arbitration_request',
        anchor: 'state-program',
        title: `Last day to request ${sa.value.name}`,
        spec: sa.value.requestWindow,
        rule: { ...sa, text: sa.value.text },
        programs: ['STATE_PROGRAM'],
        statutoryDuty: true,
      }),
    );
  }
  return out;
}

function decisionDue(ctx: DeadlineContext, claim: DisputeClaimState, ids: ClaimEventIds): Deadline | null {
  const t = ctx.t;
  const basedOn = [ids.filed!];
  const decision = happened(t, claim.decision?.decidedOn)
    ? { eventId: ids.decision!, on: claim.decision!.decidedOn, what: 'decision issued' }
    : undefined;
  // People read names, not ids (issue 11): the claim is named by its program and filing date.
  const title = `Decision due on the claim filed ${claim.filedOn} with ${programName(ctx, claim.program)}`;
  const common = { kind: 'dispute_decision_due' as const, anchor: claim.claimId, title, ...(decision ? { satisfier: decision } : {}) };
  if (claim.program === 'STATE_PROGRAM') {
    const sa = ctx.version.stateArbitration;
    const days = sa?.value.decisionWithinDays;
    if (!sa || days === undefined) return null;
    const dueOn = addDays(claim.filedOn, days);
    return buildDeadline(ctx.scope, {
      ...common,
      dueOn,
      rule: { text: sa.value.text, citation: sa.citation, confidence: sa.confidence, interpretations: sa.interpretations ?? [] },
      computation: `filed ${claim.filedOn} + ${days} days = ${dueOn}`,
      basedOn,
      statutoryDuty: true,
      lowConfidenceReasons: ['Counted from filing; the statute may count from the board accepting the dispute, which is not recorded.'],
    });
  }
  let total = BBB_AUTO_LINE.decisionWithinDays.value;
  const steps = [`filed ${claim.filedOn} + ${total} days`];
  const used = [BBB_AUTO_LINE.decisionWithinDays];
  const citations: string[] = [BBB_CITATIONS.decision];
  if (!claim.manufacturerContactedFirst) {
    const extra = BBB_AUTO_LINE.extraDaysIfManufacturerNotContactedFirst;
    total += extra.value;
    steps.push(`+ ${extra.value} days (manufacturer not contacted first)`);
    used.push(extra);
    citations.push(BBB_CITATIONS.notContactedFirst);
  }
  const reasons: string[] = [];
  if (claim.inspection && happened(t, claim.inspection.requestedOn)) {
    const max = BBB_AUTO_LINE.maxExtraDaysForInspection;
    const extra = Math.min(claim.inspection.additionalDays, max.value);
    total += extra;
    steps.push(
      `+ ${extra} days (inspection requested ${claim.inspection.requestedOn}${claim.inspection.additionalDays > max.value ? `, capped at ${max.value}` : ''})`,
    );
    used.push(max);
    citations.push(BBB_CITATIONS.inspection);
    basedOn.push(ids.inspection!);
    if (max.note) reasons.push(max.note);
  }
  if (claim.program === 'MANUFACTURER_PROGRAM')
    reasons.push("The program's own rules are not encoded; the 16 CFR 703.5 timing of BBB AUTO LINE is applied.");
  const dueOn = addDays(claim.filedOn, total);
  return buildDeadline(ctx.scope, {
    ...common,
    dueOn,
    rule: {
      text: BBB_RULE_TEXT.decision,
      citation: [...new Set(citations.flatMap((c) => c.split('; ')))].join('; '),
      confidence: lowestConfidence(...used.map((u) => u.confidence)),
    },
    computation: `${steps.join(' ')} = ${dueOn}`,
    basedOn,
    lowConfidenceReasons: reasons,
  });
}

function complianceDue(ctx: DeadlineContext, claim: DisputeClaimState, ids: ClaimEventIds): Deadline | null {
  const t = ctx.t;
  const base = {
    kind: 'manufacturer_compliance_due' as const,
    anchor: claim.claimId,
    title: `Manufacturer must comply with the accepted decision on the claim filed ${claim.filedOn} with ${programName(ctx, claim.program)}`,
  };
  const state = claim.program === 'STATE_PROGRAM';
  const sa = ctx.version.stateArbitration;
  const bbb = BBB_AUTO_LINE.complianceWithinDaysOfAcceptance;
  const stateDays = sa?.value.manufacturerComplianceDays;
  const sourced = !state
    ? { ...bbb, text: BBB_RULE_TEXT.compliance, citation: BBB_CITATIONS.compliance, days: bbb.value }
    : sa && stateDays !== undefined
      ? { ...sa, text: sa.value.text, days: stateDays }
      : null;
  if (!sourced) return null;
  const rule = {
    text: sourced.text,
    citation: sourced.citation,
    confidence: sourced.confidence,
    interpretations: sourced.interpretations ?? [],
  };
  if (!happened(t, claim.acceptedOn)) {
    if (!happened(t, claim.rejectedOn)) return null;
    return buildDeadline(ctx.scope, {
      ...base,
      rule,
      dueOn: null,
      computation: 'No compliance clock: the decision was rejected.',
      basedOn: [ids.rejected!],
      notApplicable: `The consumer rejected the decision on ${claim.rejectedOn}; the manufacturer is not bound by it.`,
    });
  }
  const dueOn = addDays(claim.acceptedOn, sourced.days);
  const counted = state
    ? 'counted from the acceptance; the statute may count from another day, see the rule text'
    : "the booklet counts from the manufacturer's receipt of the acceptance, which is not recorded; the acceptance date gives the earliest possible day";
  const complied = happened(t, claim.compliedOn)
    ? { eventId: ids.complied!, on: claim.compliedOn, what: 'manufacturer complied' }
    : undefined;
  return buildDeadline(ctx.scope, {
    ...base,
    rule,
    dueOn,
    computation: `accepted ${claim.acceptedOn} + ${sourced.days} days = ${dueOn} (${counted})`,
    basedOn: [ids.decision!, ids.accepted!],
    // FL counts the Board's 40 days from receipt of the decision, GA from notice of the acceptance.
    lowConfidenceReasons: state ? ['The pack does not say what the compliance days run from; counted from the acceptance.'] : [],
    ...(complied ? { satisfier: complied } : {}),
    ...(claim.decision?.award === 'no_award' ? { notApplicable: 'The accepted decision awards nothing to comply with.' } : {}),
  });
}

/** Per filed claim: the decision due date and, once accepted, the manufacturer's compliance date. */
export function claimDeadlines(ctx: DeadlineContext): Deadline[] {
  const out: Array<Deadline | null> = [];
  for (const claim of claimsFiled(ctx.t)) {
    const ids = ctx.t.claims.get(claim.claimId)!;
    out.push(decisionDue(ctx, claim, ids), complianceDue(ctx, claim, ids));
  }
  return out.filter((d): d is Deadline => d !== null);
}
