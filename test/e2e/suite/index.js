// Mocha entry point loaded by VS Code's extension host (extensionTestsPath).
// Runs the test/e2e/suite/*.test.js of the pass (UNRES_E2E_PASS, set by run.mjs:
// restricted*.test.js in the restricted pass, the others in the trusted pass) in
// name order and prints a closing line 'N passed, N failed' that the launchers and CI read.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by the extension host */
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');

const repoRoot = path.resolve(__dirname, '../../..');

/** Runs the suites; resolves when all pass, rejects otherwise. */
module.exports.run = function run() {
  const Mocha = require(require.resolve('mocha', { paths: [repoRoot] }));
  // The workbench forwards console arguments unformatted: format them here.
  Mocha.reporters.Base.consoleLog = (...args) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.UNRES_E2E_GREP) {
    mocha.grep(process.env.UNRES_E2E_GREP);
  }
  const restricted = process.env.UNRES_E2E_PASS === 'restricted';
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && f.startsWith('restricted') === restricted)
    .sort();
  for (const file of files) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats || {};
        console.log(`e2e: ${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
        // With --grep, a pass may hold no matching test; without, an empty pass is a mistake.
        if (failures > 0 || (passes === 0 && !process.env.UNRES_E2E_GREP)) {
          reject(new Error(passes === 0 && !failures ? 'no test ran' : `${failures} test(s) failed`));
        } else {
          resolve();
        }
      });
    } catch (e) {
      reject(e);
    }
  });
};
