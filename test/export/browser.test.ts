/**
 * The HTML export in a real browser (headless Chromium through playwright-core, flags from
 * shared/TESTING.md): the style is allowed by the CSP and applied; hostile text in a draft
 * (`<script>`, `<img onerror>`, `javascript:` links, an iframe) renders as text, runs nothing and
 * creates no element; the preview's cursor block is scrolled into view without any script.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from '../../server/src/core/parser/parse';
import { toHtml } from '../../server/src/export/html';
import { readShared } from '../import/helpers';

// The globals of the page: the callbacks passed to page.evaluate run in Chromium, not in Node.
interface PageElement {
  readonly attributes: ArrayLike<{ readonly name: string }> & Iterable<{ readonly name: string }>;
  readonly textContent: string | null;
  getBoundingClientRect(): { readonly top: number; readonly bottom: number };
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}
declare const document: {
  readonly body: PageElement;
  readonly documentElement: PageElement;
  readonly title: string;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  getElementById(id: string): PageElement | null;
};
declare const window: { readonly scrollY: number; readonly innerHeight: number };
declare function getComputedStyle(element: PageElement): { fontFamily: string; fontWeight: string; textIndent: string; fontStyle: string; display: string; scrollSnapType: string };

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const HOSTILE = [
  'The General Assembly,',
  '',
  '_Recalling_ <script>window.__pwned = 1; document.title = "pwned"</script> and <img src=x onerror="window.__pwned = 2">,',
  '',
  '1. _Decides_ to read [a link](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=4">this</a>;[^1]',
  '',
  '2. _Requests_ "<svg onload=window.__pwned=5>" and <style>body{display:none}</style> to stay text.',
  '',
  '[^1]: <iframe src="javascript:window.__pwned=6"></iframe> & \'quotes\'.',
].join('\n');

describe('HTML export in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (shared/TESTING.md)`);
    // Playwright gives the browser a fresh temporary profile of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });

  after(async () => {
    await browser?.close();
  });

  async function open(html: string, viewport = { width: 900, height: 700 }): Promise<{ page: Page; violations: string[] }> {
    const page = await browser!.newPage({ viewport, javaScriptEnabled: true });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('dialog', (d) => void d.dismiss());
    // Nothing in the page may reach the network: every request fails.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return { page, violations };
  }

  it('applies the page style (allowed by the CSP hash) in the typography of the document', async () => {
    const { page, violations } = await open(toHtml(parse(readShared('examples/A-RES-73-331.unres'))));
    const look = await page.evaluate(() => {
      const title = document.querySelector('h1.title')!;
      const pp = document.querySelector('p.preamble')!;
      const op = document.querySelector('p.operative')!;
      return {
        font: getComputedStyle(document.body).fontFamily,
        titleWeight: getComputedStyle(title).fontWeight,
        preambleIndent: parseFloat(getComputedStyle(pp).textIndent),
        operativeIndent: parseFloat(getComputedStyle(op).textIndent),
        italic: getComputedStyle(pp.querySelector('i')!).fontStyle,
        footnotes: document.querySelectorAll('.footnotes li').length,
      };
    });
    assert.match(look.font, /Times New Roman/);
    assert.equal(look.titleWeight, '700');
    assert.ok(look.preambleIndent > 40, `first-line indent ${look.preambleIndent}px`);
    assert.ok(look.operativeIndent < 0, `hanging indent ${look.operativeIndent}px`);
    assert.equal(look.italic, 'italic');
    assert.equal(look.footnotes, 7);
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('renders <script>, <img onerror>, javascript: links and iframes from a draft as text: nothing runs, no element is created', async () => {
    const { page } = await open(toHtml(parse(HOSTILE)));
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      title: document.title,
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img, svg, iframe, style:not(head style), link, object, embed').length,
      anchors: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      text: document.querySelector('main')!.textContent,
      hidden: getComputedStyle(document.body).display,
    }));
    assert.equal(state.pwned, undefined);
    assert.notEqual(state.title, 'pwned');
    assert.equal(state.scripts, 0);
    assert.equal(state.images, 0);
    assert.equal(state.handlers, 0);
    // The only links are the exporter's own footnote links.
    assert.deepEqual(state.anchors, ['#fn-1']);
    assert.notEqual(state.hidden, 'none');
    for (const literal of ['<script>window.__pwned = 1; document.title = "pwned"</script>', '<img src=x onerror="window.__pwned = 2">', '[a link](javascript:window.__pwned=3)', '<a href="javascript:window.__pwned=4">this</a>', '<iframe src="javascript:window.__pwned=6"></iframe>']) {
      assert.ok(state.text!.includes(literal), `shown as text: ${literal}`);
    }
    await page.close();
  });

  it('scrolls the preview to the block at the cursor when the page loads, with no script', async () => {
    const model = parse(readShared('examples/A-RES-73-331.unres'));
    const line = model.lines.findIndex((l) => model.text.slice(l.start, l.end).startsWith('8. _Requests_'));
    const html = toHtml(model, { sourceLines: true, activeLine: line });
    assert.doesNotMatch(html, /<script/);
    const { page } = await open(html, { width: 800, height: 500 });
    // Poll: the snap happens at the first layout.
    await page.waitForFunction(() => {
      const r = document.getElementById('active')!.getBoundingClientRect();
      return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    }, null, { timeout: 10_000 });
    const active = await page.evaluate(() => document.getElementById('active')!.getAttribute('data-paragraph'));
    assert.equal(active, 'OP8');
    // Then the reader scrolls freely: the snapping is released after load.
    await page.waitForFunction(() => getComputedStyle(document.documentElement).scrollSnapType === 'none', null, { timeout: 10_000 });
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((y) => window.scrollY < y, before, { timeout: 10_000 });
    await page.close();
  });
});
