// First-load JavaScript of the web app, gzipped: the entry script index.html loads plus every
// module it preloads (lazy routes such as the case page's charts come later). Printed at build;
// fails the build above the 350 kB budget (issue 11).
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const dir = join(__dirname, '..', 'dist', 'web');
const BUDGET_KB = 350;
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const firstLoad = [...html.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const first = firstLoad.reduce((sum, file) => sum + gz(file), 0);
const all = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
const lazy = all.filter((f) => !firstLoad.includes(`assets/${f}`)).reduce((sum, f) => sum + gz(`assets/${f}`), 0);
console.log(
  `web app: first-load JavaScript ${kb(first)} kB gzipped (${firstLoad.length} files; budget ${BUDGET_KB} kB); loaded on demand: ${kb(lazy)} kB gzipped`,
);
if (first > BUDGET_KB * 1024) {
  console.error(`first-load JavaScript exceeds the ${BUDGET_KB} kB budget`);
  process.exit(1);
}
