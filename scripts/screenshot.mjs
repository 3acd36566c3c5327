// Takes the README screenshot, server/docs/images/editor.png: faulty.unres open
// in a real VS Code (code-server's workbench in headless Chromium) with the
// extension under development, its squiggles, and the Problems panel.
// Reuses the approach of test/e2e/run.mjs (see shared/TESTING.md).
//
// Usage: npm run build && node scripts/screenshot.mjs [OUTPUT.png]
// Env: UNRES_SHOT_TIMEOUT (seconds per wait, default 60), UNRES_SHOT_VERBOSE=1
// (stream code-server's and the browser's logs), UNRES_SHOT_KEEP=1 (keep the temp folder).
/* global document, requestAnimationFrame */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Failure, delay, startWorkbench } from '../test/e2e/codeServer.mjs';
import { checkBuilt, repoRoot } from '../test/e2e/workspace.mjs';
import { createCleanup, removeFolder } from '../test/support/processes.mjs';

const waitMs = Number(process.env.UNRES_SHOT_TIMEOUT || 60) * 1000;
const verbose = process.env.UNRES_SHOT_VERBOSE === '1';
const keep = process.env.UNRES_SHOT_KEEP === '1';
const output = path.resolve(process.argv[2] || path.join(repoRoot, 'server/docs/images/editor.png'));
const fixture = path.join(repoRoot, 'test/fixtures/faulty.unres');
const fileName = path.basename(fixture);
const viewport = { width: 1400, height: 860 };
/** The rules faulty.unres breaks, one problem each. */
const expectedRules = ['agenda-item', 'opener-italics', 'preamble-punctuation', 'footnote-undefined', 'operative-numbering'];

/** User settings: a light theme, nothing that pops up, nothing that calls home. */
const userSettings = {
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.layoutControl.enabled': false,
  'workbench.editor.enablePreview': false,
  'window.zoomLevel': 0,
  'window.commandCenter': false,
  'editor.fontSize': 14,
  'editor.minimap.enabled': false,
  'editor.renderWhitespace': 'none',
  'editor.unicodeHighlight.ambiguousCharacters': false,
  'editor.hover.enabled': false,
  'editor.lightbulb.enabled': 'off',
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'editor.cursorBlinking': 'solid',
  'editor.guides.indentation': false,
  'editor.stickyScroll.enabled': false,
  'breadcrumbs.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'github.copilot.enable': { '*': false },
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'problems.showCurrentInStatus': false,
};

/** Stops the workbench and removes the temp folder, at the end or on a signal. */
const cleanup = createCleanup('screenshot');
/** Set when a wait times out: the temp folder (logs, failure.png) is kept. */
let keepOnFailure = false;

function log(message) {
  console.log(`screenshot: ${message}`);
}

/** Polls `fn` (evaluated in the page) until it returns a truthy value. */
async function waitFor(page, what, fn, arg) {
  const deadline = Date.now() + waitMs;
  let last;
  while (Date.now() < deadline) {
    last = await page.evaluate(fn, arg).catch(() => undefined);
    if (last) return last;
    await delay(200);
  }
  throw new Failure(`timed out after ${waitMs / 1000} s waiting for ${what}`);
}

async function main() {
  try {
    checkBuilt();
  } catch (e) {
    throw new Failure(e.message);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-shot-'));
  cleanup.add(removeFolder(tmp, { keep: () => keep || keepOnFailure, log }));
  // The workspace holds only the draft, so the explorer shows just that file.
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace);
  fs.copyFileSync(fixture, path.join(workspace, fileName));
  const workbench = await startWorkbench({
    tmp,
    workspace,
    verbose,
    userSettings,
    viewport,
    chromiumArgs: ['--disable-default-apps', '--disable-extensions', '--disable-domain-reliability', '--disable-client-side-phishing-detection', '--metrics-recording-only', '--no-pings', '--hide-scrollbars', '--font-render-hinting=none'],
  });
  cleanup.add(() => workbench.stop());
  const { page, showServerLog } = workbench;

  try {
    const url = workbench.url();
    await page.goto(url);

    // The workbench is up once the explorer lists the draft.
    await waitFor(page, 'the workbench', (name) =>
      [...document.querySelectorAll('.explorer-folders-view .monaco-list-row')].some((r) =>
        r.textContent.includes(name),
      ), fileName);
    log('workbench ready; opening the draft');

    // Quick open: Ctrl+P, the file name, Enter.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: waitMs });
    await page.keyboard.type(fileName);
    await waitFor(page, 'the quick-open result', (name) =>
      [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) =>
        r.textContent.includes(name),
      ), fileName);
    await page.keyboard.press('Enter');
    await waitFor(page, 'the editor', (name) =>
      document.querySelector('.tabs-container .tab.active')?.textContent.includes(name) &&
      document.querySelector('.editor-instance .monaco-editor .view-lines'), fileName);

    // Hide the side bar: the editor and the Problems panel get its width.
    await page.keyboard.press('Control+B');
    await waitFor(page, 'the side bar to close', () => !document.querySelector('.part.sidebar')?.offsetParent);

    log('editor open; waiting for the squiggles');
    await waitFor(page, 'at least 4 squiggles', () =>
      document.querySelectorAll('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').length >= 4);

    // Problems panel (Ctrl+Shift+M), until it lists every rule.
    await page.keyboard.press('Control+Shift+M');
    await waitFor(page, 'the Problems panel to list the five problems', (rules) => {
      const text = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.textContent).join('\n');
      return rules.every((rule) => text.includes(rule));
    }, expectedRules);

    // Clear the list's focus and selection (a focused row shows a light bulb).
    await page.keyboard.press('Escape');

    // Shrink the panel to fit its rows, so the editor shows the whole draft:
    // drag the sash above it.
    const panel = await page.locator('.part.panel').boundingBox();
    const rows = await page.evaluate(() => document.querySelectorAll('.markers-panel .monaco-list-row').length);
    const header = await page.evaluate(() => document.querySelector('.part.panel .composite.title')?.getBoundingClientRect().height ?? 35);
    const wanted = Math.ceil(header + rows * 22 + 8);
    if (panel && panel.height > wanted) {
      const x = panel.x + panel.width / 2;
      await page.mouse.move(x, panel.y + 1);
      await page.mouse.down();
      await page.mouse.move(x, panel.y + 40, { steps: 4 });
      await page.mouse.move(x, panel.y + panel.height - wanted, { steps: 4 });
      await page.mouse.up();
    }

    // Back to the editor, cursor at the top, no leftover toasts.
    await page.evaluate(() => {
      for (const b of document.querySelectorAll('.notification-toast .codicon-notifications-clear, .notification-toast .codicon-close')) {
        b.closest('a, .action-label')?.click();
      }
    });
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+Home');
    await page.mouse.move(viewport.width - 5, viewport.height / 2);
    // Settled: the cursor on the first line, no hover, toast or quick input left, and two frames painted.
    await waitFor(page, 'the workbench to settle', () =>
      document.querySelector('.editor-instance .monaco-editor .cursor')?.style.top === '0px' &&
      !document.querySelector('.monaco-hover:not(.hidden), .notification-toast, .quick-input-widget:not([style*="display: none"])') &&
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));

    fs.mkdirSync(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output, type: 'png' });
    log(`wrote ${path.relative(process.cwd(), output)} (${Math.round(fs.statSync(output).size / 1024)} KB)`);
  } catch (e) {
    if (e instanceof Failure) {
      const shot = path.join(tmp, 'failure.png');
      await page.screenshot({ path: shot, timeout: 5000 }).catch(() => {});
      keepOnFailure = true;
      console.error(`screenshot: the workbench at the failure: ${shot}`);
    }
    showServerLog();
    throw e;
  }
}

let code = 1;
try {
  await main();
  code = 0;
} catch (e) {
  console.error(`screenshot: FAILED: ${e instanceof Failure ? e.message : e.stack || e}`);
} finally {
  await cleanup.run();
}
process.exit(code);
