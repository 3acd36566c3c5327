// Runs the extension tests (test/e2e/suite) in desktop VS Code downloaded by
// @vscode/test-electron: the standard launcher, for machines that can reach
// VS Code's download servers. Without them, use test/e2e/run.mjs (code-server).
//
// Usage: node test/e2e/electron.mjs [--grep PATTERN]
// Env: VSCODE_TEST_VERSION (default: stable), UNRES_E2E_KEEP=1 (keep the temp workspace).
import * as fs from 'node:fs';
import { runTests } from '@vscode/test-electron';
import { checkBuilt, makeTempWorkspace, repoRoot, suiteIndex } from './workspace.mjs';

const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : undefined;

let tmp;
let code = 1;
try {
  checkBuilt();
  const ws = makeTempWorkspace('unres-electron-');
  tmp = ws.tmp;
  await runTests({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suiteIndex,
    launchArgs: [ws.workspace, '--disable-extensions'],
    extensionTestsEnv: { UNRES_E2E_GREP: grep ?? '' },
  });
  code = 0;
} catch (e) {
  console.error(`electron: FAILED: ${e instanceof Error ? e.message : e}`);
} finally {
  if (tmp && process.env.UNRES_E2E_KEEP !== '1') {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
process.exit(code);
