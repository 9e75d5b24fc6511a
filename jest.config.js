// Three kinds of test, told apart by suffix: *.spec.ts (pure, no I/O), *.int.spec.ts (real
// PostgreSQL), *.e2e-spec.ts (HTTP + PostgreSQL). One PostgreSQL serves a run: DATABASE_URL when
// set, otherwise an embedded server started by the global setup; each test file gets its own database.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      swcrc: false, // .swcrc excludes specs from the build; tests configure swc here instead
      jsc: {
        target: 'es2023',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};
const common = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node' };

module.exports = {
  // E2E files each start the whole app on their own database: on a shared two-core machine that
  // alone can exceed Jest's 5 s default. A generous bound on hooks and tests, never a speed check
  // (a global option: Jest ignores testTimeout inside a project).
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '/node_modules/'],
    },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int.spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/postgres/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/postgres/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/postgres/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/postgres/global-teardown.ts',
    },
    // Browser tests (Debian's Chromium through playwright-core) against the built web app: `npm run test:web`.
    {
      ...common,
      displayName: 'web',
      testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'],
      // Node's environment, which also prints what the pages showed when a test fails.
      testEnvironment: '<rootDir>/test/web/environment.js',
      globalSetup: '<rootDir>/libs/testing/src/postgres/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/postgres/global-teardown.ts',
    },
  ],
};
