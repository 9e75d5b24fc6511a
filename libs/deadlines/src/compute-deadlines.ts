import type { CaseFile } from '@lemon/domain';
import { MANUFACTURER_DIRECTORY, type ManufacturerEntry } from '@lemon/manufacturers';
import { applyVariant, isJurisdictionCode, rulePackFor, versionInForce, type RulePack, type RulePackVersion } from '@lemon/state-rules';
import { buildTimeline, resolutionOf } from './case.timeline';
import { buildContext } from './deadline.context';
import { closeByResolution } from './deadline.build';
import type { ComputeDeadlinesInput, Deadline, DeadlineReport } from './deadline.types';
import { claimDeadlines, disputeWindowDeadlines } from './dispute.deadlines';
import { finalRepairDeadlines } from './final-repair.deadlines';
import { electedProcedureDeadlines } from './elected-procedure.deadlines';
import { withoutUnofferedBbbClocks } from './manufacturer-program.deadlines';
import { filingDeadlines, remedyDeadline, rightsPeriodDeadline } from './period.deadlines';

const byDue = (a: Deadline, b: Deadline): number => {
  if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
  return a.deadlineId < b.deadlineId ? -1 : a.deadlineId > b.deadlineId ? 1 : 0;
};

type Election =
  | (NonNullable<CaseFile['ab1755Election']> & { from: 'case' })
  | { elected: boolean; electedOn?: string; source?: string; from: 'directory' };

/** The case's own record of the election, else the linked directory entry's (when established), else none. */
function electionOf(state: CaseFile, directory: readonly ManufacturerEntry[]): Election | undefined {
  if (state.ab1755Election) return { ...state.ab1755Election, from: 'case' };
  const id = state.manufacturer.directoryId;
  const entry = id ? directory.find((m) => m.id === id) : undefined;
  const e = entry?.ab1755Election;
  if (!e) return undefined;
  return {
    elected: e.value.elected,
    ...(e.value.electedOn ? { electedOn: e.value.electedOn } : {}),
    source: `manufacturer directory entry "${entry.name}" (confidence ${e.confidence})`,
    from: 'directory',
  };
}

/**
 * A variant that hangs on the manufacturer's election (CA AB 1755) applies when the case records
 * that the manufacturer elected it, and only then; the notes say which, in words that cannot be
 * read as if it had elected when nothing is recorded.
 */
function withElection(version: RulePackVersion, election: Election | undefined): { version: RulePackVersion; variantNotes: string[] } {
  const variant = version.variants?.find((v) => v.overrides.electedProcedure);
  if (!variant) return { version, variantNotes: [] };
  const cite = variant.effectiveFrom.citation;
  if (election?.elected) {
    const when = election.electedOn ? ` on ${election.electedOn}` : '';
    const source = election.source ? ` (source: ${election.source})` : '';
    return {
      version: applyVariant(version, variant.id),
      variantNotes: [
        `${election.from === 'case' ? 'The case records' : 'The manufacturer directory records'} that the manufacturer elected the ${cite} procedure${when}${source}: its clocks are shown (variant ${variant.id}).`,
      ],
    };
  }
  if (election && !election.elected)
    return {
      version,
      variantNotes: [
        `${election.from === 'case' ? 'The case records' : 'The manufacturer directory records'} that the manufacturer did not elect the ${cite} procedure: the base version ${version.id} is used.`,
      ],
    };
  return {
    version,
    variantNotes: [
      `No election under ${cite} is recorded for this case, so its clocks are not shown and the base version ${version.id} is used. ${variant.appliesWhen}`,
    ],
  };
}

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
  const base = versionInForce(pack, delivery);
  const { version, variantNotes } = withElection(base, electionOf(t.state, input.manufacturers ?? MANUFACTURER_DIRECTORY));
  notes.push(...variantNotes);
  for (const c of version.caveats ?? []) if (delivery < c.deliveredBefore) notes.push(c.text);
  if (version.effectiveFromUncertainUntil && delivery < version.effectiveFromUncertainUntil) {
    notes.push(
      `Delivered ${delivery}, before ${version.effectiveFromUncertainUntil}: the previous version of the ${pack.code} rules may still apply.`,
    );
  }
  const ctx = buildContext(t, pack, version, input.evaluation);
  for (const issue of ctx.evaluation.dataIssues) notes.push(`Presumption evaluation: ${issue}`);

  const remedy = remedyDeadline(ctx);
  let deadlines: Deadline[] = [
    ...disputeWindowDeadlines(ctx),
    ...claimDeadlines(ctx),
    rightsPeriodDeadline(ctx),
    ...finalRepairDeadlines(ctx),
    ...(remedy ? [remedy] : []),
    ...filingDeadlines(ctx),
    ...electedProcedureDeadlines(ctx),
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
