// Renders the HTML export of the example resolution in headless Chromium to the README picture,
// server/docs/images/preview.png: the first page of ../shared/examples/A-RES-73-331.unres as the
// preview shows it. Flags from shared/TESTING.md; nothing is fetched from the network.
//
// Usage: npx tsx scripts/render-preview.mjs [DRAFT.unres] [OUTPUT.png]
// (tsx, because the exporter is TypeScript.)
/* global document, getComputedStyle */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parse } from '../server/src/core/parser/parse';
import { toHtml } from '../server/src/export/html';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const draft = path.resolve(process.argv[2] ?? path.join(root, '../shared/examples/A-RES-73-331.unres'));
const output = path.resolve(process.argv[3] ?? path.join(root, 'server/docs/images/preview.png'));
const executablePath = '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(executablePath)) {
  console.error(`render-preview: ${executablePath} is missing; install Debian's chromium (shared/TESTING.md)`);
  process.exit(2);
}
const html = toHtml(parse(readFileSync(draft, 'utf8')));
const browser = await chromium.launch({ executablePath, args: flags });
try {
  // An A4 page at 96 dpi is 794 px wide; the grey margin around it shows it is a page.
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('h1.title')).fontWeight === '700', null, { timeout: 10_000 });
  mkdirSync(path.dirname(output), { recursive: true });
  await page.screenshot({ path: output, fullPage: false });
  console.log(`render-preview: wrote ${path.relative(process.cwd(), output)}`);
} finally {
  await browser.close();
}
