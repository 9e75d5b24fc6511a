'use strict';
/**
 * Benchmark 8 – Evaluation: presumption + deadlines for a typical case (10–20 events), in process,
 * no I/O: one case-file fold, `evaluatePresumption`, and `computeDeadlines` handed that evaluation
 * (as a single-case read and the projections do). Cases come from the same generator as the
 * rebuild's log (real decider, all 51 jurisdictions). Reference measured in the same run: the
 * case-file fold alone. Goal (issue 10): median <= 200 µs per case.
 *
 *   node bench/evaluation.js [--full] [--runs=N] [--cases=N]
 */
const os = require('node:os');
const c = require('./lib/common');
const { generateCohort, legalToday } = require('./lib/dataset');

const RUNS = c.option('runs', { quick: 5, full: 9 });
const CASES = c.option('cases', { quick: 2000, full: 10000 });
const GOAL_US = 200;

function run() {
  const { foldCaseFile } = c.product('libs/domain/src');
  const { evaluatePresumption, rulePackFor } = c.product('libs/state-rules/src');
  const { computeDeadlines } = c.product('libs/deadlines/src');
  const today = legalToday();
  const { rows } = generateCohort({
    from: 0,
    to: CASES,
    totalCases: CASES,
    totalEvents: CASES * 15,
    seed: 8,
    today,
    organisationId: 'org-1',
  });
  const byStream = new Map();
  for (const r of rows) {
    const list = byStream.get(r.streamId) ?? [];
    list.push({
      event: { type: r.type, data: JSON.parse(r.data) },
      eventId: r.id,
      version: r.version,
      recordedAt: new Date(r.recordedMs).toISOString(),
    });
    byStream.set(r.streamId, list);
  }
  const cases = [...byStream.values()]
    .map((envelopes) => envelopes.sort((a, b) => a.version - b.version))
    .filter((envelopes) => envelopes.length >= 10 && envelopes.length <= 20);
  c.log(`${cases.length} cases of 10–20 events (of ${byStream.size} generated), as of ${today}`);

  const judge = (events, caseFile = foldCaseFile(events)) => {
    const evaluation = evaluatePresumption({ events, caseFile, pack: rulePackFor(caseFile.jurisdiction), asOf: today });
    return computeDeadlines({ events, caseFile, asOf: today, evaluation });
  };
  for (const events of cases) judge(events); // warm-up: JIT, rule-pack caches

  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const perCase = [];
    const withFold = [];
    const foldOnly = [];
    for (const events of cases) {
      let t = process.hrtime.bigint();
      const caseFile = foldCaseFile(events);
      foldOnly.push(Number(process.hrtime.bigint() - t) / 1000);
      t = process.hrtime.bigint();
      judge(events, caseFile);
      perCase.push(Number(process.hrtime.bigint() - t) / 1000);
      t = process.hrtime.bigint();
      judge(events);
      withFold.push(Number(process.hrtime.bigint() - t) / 1000);
    }
    const r = {
      medianUs: c.percentile(perCase, 50),
      p90Us: c.percentile(perCase, 90),
      p99Us: c.percentile(perCase, 99),
      withFoldMedianUs: c.percentile(withFold, 50),
      foldMedianUs: c.percentile(foldOnly, 50),
    };
    runs.push(r);
    c.log(
      `run ${run}/${RUNS}: presumption + deadlines median ${r.medianUs.toFixed(1)} µs (p90 ${r.p90Us.toFixed(1)}, p99 ${r.p99Us.toFixed(1)}); with the fold ${r.withFoldMedianUs.toFixed(1)} µs; fold alone ${r.foldMedianUs.toFixed(1)} µs`,
    );
  }
  const med = (key) =>
    c.percentile(
      runs.map((r) => r[key]),
      50,
    );
  const range = (key) => `${Math.min(...runs.map((r) => r[key])).toFixed(1)}–${Math.max(...runs.map((r) => r[key])).toFixed(1)}`;
  console.log(
    `\n## Evaluation: presumption + deadlines per case (10–20 events), median (min–max) over ${RUNS} runs of ${cases.length} cases\n`,
  );
  console.log(
    c.table(
      ['measure', 'median µs', 'p90 µs', 'p99 µs', 'fold alone µs (reference)', 'judge / fold'],
      [
        [
          'presumption + deadlines (case file given)',
          `${med('medianUs').toFixed(1)} (${range('medianUs')})`,
          med('p90Us').toFixed(1),
          med('p99Us').toFixed(1),
          `${med('foldMedianUs').toFixed(1)} (${range('foldMedianUs')})`,
          `${(med('medianUs') / med('foldMedianUs')).toFixed(1)}x`,
        ],
        ['fold + presumption + deadlines', `${med('withFoldMedianUs').toFixed(1)} (${range('withFoldMedianUs')})`, '', '', '', ''],
      ],
    ),
  );
  const median = med('medianUs');
  console.log(`Goal median <= ${GOAL_US} µs per case: ${median.toFixed(1)} µs ${median <= GOAL_US ? 'MET' : 'MISSED'}`);
  c.saveResult('evaluation', {
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavgAtStart: os.loadavg() },
    cases: cases.length,
    runs,
    medianUs: median,
    goalUs: GOAL_US,
  });
}

module.exports = { run };
if (require.main === module) run();
