// The browser tests' Jest environment: Node's, plus one thing. When a test or hook fails, it asks the
// spec's browser (registered by test/web/browser.ts) what every open page showed at that moment, and
// prints it under the failure, with a screenshot beside the others. A CI log read later then says
// whether a dialog was open, what it held, and what the page threw, instead of only "Timeout".
const { TestEnvironment } = require('jest-environment-node');

class BrowserTestEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    const describeOpenPages = this.global.__describeOpenPages;
    if (typeof describeOpenPages !== 'function') return;
    const name = event.test?.name ?? `${event.hook?.type} hook`;
    try {
      const said = await describeOpenPages(name);
      process.stderr.write(`\n── what the browser showed when "${name}" failed ──\n${said}\n──\n`);
    } catch (error) {
      process.stderr.write(`\n(could not describe the pages when "${name}" failed: ${error})\n`);
    }
  }
}

module.exports = BrowserTestEnvironment;
