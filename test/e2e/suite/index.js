// Mocha entry point loaded by VS Code's extension host (extensionTestsPath).
// Runs every test/e2e/suite/*.test.js in name order and prints a closing
// line 'N passed, N failed' that the launchers and CI read.
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
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats || {};
        console.log(`e2e: ${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0 || passes === 0) {
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
