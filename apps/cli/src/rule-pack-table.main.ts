/**
 * Prints the markdown table of the 51 rule packs (newest version of each, with each value's
 * confidence) that libs/state-rules/README.md shows: `npm run rules:table`. Generated, so the
 * README's summary cannot drift from the packs.
 */
import { RULE_PACKS, type AttemptsRule, type DeadlineSpec, type RulePackVersion, type Sourced, type TermLimit } from '@lemon/state-rules';

const c = (s: { confidence: string }) => ` [${s.confidence}]`;

const term = (t: TermLimit): string => `${t.months ?? '-'}mo/${t.miles ?? '-'}mi ${t.combine === 'whichever_first' ? 'first' : 'later'}`;

const attempts = (a: AttemptsRule): string =>
  `${a.comparison === 'more_than' ? '>' : ''}${a.threshold}${a.plusFinalManufacturerAttempt ? ' + final' : ''}`;

const spec = (d: DeadlineSpec): string => {
  const terms = d.terms.map((t) => `${t.anchor}${t.months ? `+${t.months}mo` : ''}${t.days ? `+${t.days}d` : ''}`);
  const base = terms.length === 1 ? terms[0]! : `${d.combine}(${terms.join(', ')})`;
  const then = d.then ? ` +${d.then.months ? `${d.then.months}mo` : ''}${d.then.days ? `${d.then.days}d` : ''}` : '';
  return base + then;
};

const row = (code: string, versions: readonly RulePackVersion[]): string => {
  const v = versions.at(-1)!;
  const p = v.period;
  const period = `${term(p.value)}${p.value.endsWithExpressWarranty ? ' (or warranty, if shorter)' : ''}${
    p.value.countingWindow ? `; count ${term(p.value.countingWindow)}` : ''
  }${c(p)}`;
  const any = v.anyDefectAttempts ? `; ${attempts(v.anyDefectAttempts.value)} any` : '';
  const same = `${attempts(v.sameNonconformity.value)}${any}${c(v.sameNonconformity)}`;
  const safety = v.seriousSafety.value.length
    ? `${v.seriousSafety.value.map((s) => `${attempts(s)} ${s.scope.replace(/_/g, ' ')}`).join('; ')}${c(v.seriousSafety)}`
    : `-${c(v.seriousSafety)}`;
  const d = v.daysOutOfService.value;
  const days = `${d.comparison === 'more_than' ? '>' : ''}${d.days} ${d.dayType}${d.countOnlyAfterNotice ? ', after notice' : ''}${c(v.daysOutOfService)}`;
  const n = v.notice.value;
  const notice = `${n.required}${n.conditionsProngs.length ? ` (${n.conditionsProngs.length} prongs)` : ''}${c(v.notice)}`;
  const f = v.finalRepairOpportunity.value;
  const windows = [f.designateFacilityWithinDays, f.repairWithinDays].filter((x) => x !== null).join('+');
  const finalRepair = `${f.required}${windows ? ` ${windows} ${f.dayType}` : ''}${f.conditionsProngs.length ? ' (element)' : ''}${c(
    v.finalRepairOpportunity,
  )}`;
  const dispute = `${v.disputeProgram.value.requirement}${c(v.disputeProgram)}`;
  const t = v.timeToFile;
  const ttf: Sourced<unknown> = t;
  const timeToFile = `${t.value.known && t.value.deadline ? spec(t.value.deadline) : 'n/e'}${c(ttf)}`;
  return `| ${code} | ${versions.map((x) => x.id).join(', ')} | ${period} | ${same} | ${safety} | ${days} | ${notice} | ${finalRepair} | ${dispute} | ${timeToFile} |`;
};

const lines = [
  '| Code | Versions | Period | Attempts | Serious safety | Days out of service | Notice | Final repair | Dispute program | Time to file |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...Object.values(RULE_PACKS)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((pack) => row(pack.code, pack.versions)),
];
const tally = { H: 0, M: 0, L: 0 } as Record<string, number>;
for (const pack of Object.values(RULE_PACKS)) {
  const v = pack.versions.at(-1)!;
  for (const s of [
    v.period,
    v.sameNonconformity,
    v.seriousSafety,
    v.daysOutOfService,
    v.notice,
    v.finalRepairOpportunity,
    v.disputeProgram,
    v.timeToFile,
  ])
    tally[s.confidence] = (tally[s.confidence] ?? 0) + 1;
}
lines.push('', `Confidence of these ${tally.H! + tally.M! + tally.L!} values (newest versions): H ${tally.H}, M ${tally.M}, L ${tally.L}.`);
process.stdout.write(`${lines.join('\n')}\n`);
