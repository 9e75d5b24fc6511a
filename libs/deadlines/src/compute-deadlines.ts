import { isJurisdictionCode, rulePackFor, versionInForce, type RulePack } from '@lemon/state-rules';
import { buildTimeline, resolutionOf } from './case.timeline';
import { buildContext } from './deadline.context';
import { closeByResolution } from './deadline.build';
import type { ComputeDeadlinesInput, Deadline, DeadlineReport } from './deadline.types';
import { claimDeadlines, disputeWindowDeadlines } from './dispute.deadlines';
import { finalRepairDeadlines } from './final-repair.deadlines';
import { withoutUnofferedBbbClocks } from './manufacturer-program.deadlines';
import { filingDeadlines, remedyDeadline, rightsPeriodDeadline } from './period.deadlines';

const byDue = (a: Deadline, b: Deadline): number => {
  if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
  return a.deadlineId < b.deadlineId ? -1 : a.deadlineId > b.deadlineId ? 1 : 0;
};

/**
 * Every deadline that runs in a case on `asOf`, each with its rule, citation, arithmetic, the
 * events behind it and its status. Pure and deterministic: the same events and asOf always give
 * the same report (and the same deadline ids), so a corrected or voided event recomputes every
 * dependent deadline simply by computing again.
 */
export function computeDeadlines(input: ComputeDeadlinesInput): DeadlineReport {
  const { asOf } = input;
  const t = buildTimeline(input.events, asOf, input.caseFile);
  if (!t)
    return {
      caseId: null,
      jurisdiction: null,
      asOf,
      rulePackVersion: null,
      deadlines: [],
      notes: ['No CaseOpened event: nothing to compute.'],
    };
  const jurisdiction = t.state.jurisdiction;
  const empty = { caseId: t.caseId, jurisdiction, asOf, rulePackVersion: null, deadlines: [] };
  let pack: RulePack;
  const notes: string[] = [];
  if (input.pack) {
    pack = input.pack;
    if (pack.code !== jurisdiction) notes.push(`The case's jurisdiction is ${jurisdiction} but the ${pack.code} rule pack was used.`);
  } else if (isJurisdictionCode(jurisdiction)) {
    pack = rulePackFor(jurisdiction);
  } else {
    return { ...empty, notes: [`No rule pack for jurisdiction "${jurisdiction}".`] };
  }
  const delivery = t.state.acquisition.deliveryDate;
  const version = versionInForce(pack, delivery);
  // Variants (CA AB 1755) depend on a manufacturer election no case event records yet.
  for (const v of version.variants ?? []) {
    notes.push(
      `Variant ${v.id} not applied: ${v.appliesWhen} The case does not record this election, so the base version ${version.id} is used.`,
    );
  }
  for (const c of version.caveats ?? []) if (delivery < c.deliveredBefore) notes.push(c.text);
  if (version.effectiveFromUncertainUntil && delivery < version.effectiveFromUncertainUntil) {
    notes.push(
      `Delivered ${delivery}, before ${version.effectiveFromUncertainUntil}: the previous version of the ${pack.code} rules may still apply.`,
    );
  }
  const ctx = buildContext(t, pack, version);
  for (const issue of ctx.evaluation.dataIssues) notes.push(`Presumption evaluation: ${issue}`);

  const remedy = remedyDeadline(ctx);
  let deadlines: Deadline[] = [
    ...disputeWindowDeadlines(ctx),
    ...claimDeadlines(ctx),
    rightsPeriodDeadline(ctx),
    ...finalRepairDeadlines(ctx),
    ...(remedy ? [remedy] : []),
    ...filingDeadlines(ctx),
  ];
  const resolution = resolutionOf(t);
  if (resolution) deadlines = deadlines.map((d) => closeByResolution(d, resolution));
  deadlines = withoutUnofferedBbbClocks(t, deadlines);
  return {
    caseId: t.caseId,
    jurisdiction,
    asOf,
    rulePackVersion: { id: version.id, effectiveFrom: version.effectiveFrom },
    deadlines: deadlines.sort(byDue),
    notes,
  };
}
