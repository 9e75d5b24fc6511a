'use strict';
/**
 * Profiling aid, preloaded into a product process with `node --require bench/lib/query-counter.js`
 * (never in the measured runs): counts every SQL statement the process sends through `pg`, by
 * statement text. On SIGUSR2 it writes {total, byStatement} to $BENCH_QUERY_LOG and resets, so a
 * benchmark can divide by the requests it sent: round trips per request, and which ones.
 */
const { writeFileSync } = require('node:fs');
const pg = require('pg');

let counts = new Map();
let total = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, ...rest) {
  const text = typeof config === 'string' ? config : config?.text;
  if (text) {
    // Literals (simple-protocol queries inline their values) are masked, so one statement is one key.
    const key = text
      .replace(/ ?E?'(?:[^']|'')*'/g, ' ?')
      .replace(/(?<![$\w])-?\d+\b/g, '?')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 160);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  return original.call(this, config, ...rest);
};

process.on('SIGUSR2', () => {
  const byStatement = [...counts].sort((a, b) => b[1] - a[1]).map(([sql, n]) => ({ n, sql }));
  writeFileSync(process.env.BENCH_QUERY_LOG, JSON.stringify({ total, byStatement }, null, 1));
  counts = new Map();
  total = 0;
});
