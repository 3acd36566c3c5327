/**
 * Standalone, print-ready HTML of a draft in the typography of an official document (A4, Times New
 * Roman, bold title, italic openers, first-line and hanging indents, footnotes). Everything from the
 * draft is escaped; the page has no scripts and a strict Content-Security-Policy. The VS Code
 * preview uses the same function, with source lines on each block for scroll sync.
 */
import { createHash } from 'node:crypto';
import type { UnresSettings } from '../core/config/settings';
import type { DocumentModel } from '../core/model/types';
import { buildLayout, type Inline, type Layout, type LayoutBlock } from './layout';

/** Options of `toHtml`. */
export interface HtmlOptions {
  /** Linter settings (the footnote style). */
  readonly settings?: UnresSettings;
  /** Put `data-line` (zero-based first source line) and `data-paragraph` (`PP3`, `OP5`) on every block. */
  readonly sourceLines?: boolean;
  /** The source line of the cursor: its block is marked and scrolled into view when the page loads, without scripts. */
  readonly activeLine?: number;
  /** A nonce for the style element (a webview's CSP); without it the CSP names the style's hash. */
  readonly nonce?: string;
  /** Extra CSP source for styles, e.g. a webview's `cspSource`. */
  readonly styleSource?: string;
  /** The document title; the draft's title by default. */
  readonly title?: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(NOT_HTML_CHAR, '\uFFFD').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * What an HTML page may not hold as text (WHATWG HTML, "control-character-in-input-stream" and
 * "noncharacter-in-input-stream"): control characters other than tab, line feed, form feed and
 * carriage return, DEL and the C1 controls, the noncharacters of the Basic Multilingual Plane, and
 * lone surrogates. Each becomes U+FFFD, visible where the draft has it (found by a review). Each
 * alternative looks at one code unit and at most one neighbour: linear time.
 */
// eslint-disable-next-line no-control-regex -- control characters are what must be replaced
const NOT_HTML_CHAR = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const CSS = `
@page { size: A4; margin: 25mm 20mm 25mm 20mm; }
html { background: #e8e8e8; }
body { margin: 0; padding: 24px 0; color: #000; font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 10pt; line-height: 12pt; }
.page { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto; padding: 25mm 20mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
p { margin: 0 0 6pt 0; text-align: justify; hyphens: none; }
.h { margin: 0; text-align: left; }
.group { margin-top: 12pt; }
.adoption { font-weight: bold; font-size: 12pt; line-height: 14pt; margin: 12pt 0 0 12.7mm; }
.committee { margin-left: 12.7mm; }
h1.title { font-size: 13pt; line-height: 15pt; font-weight: bold; margin: 18pt 0 12pt 12.7mm; text-indent: 0; }
.organ { text-indent: 12.7mm; margin-top: 12pt; }
.preamble { text-indent: 12.7mm; }
.operative { padding-left: 19mm; text-indent: -6.3mm; }
.operative.unnumbered { padding-left: 0; text-indent: 12.7mm; }
.subparagraph { padding-left: 31.7mm; text-indent: -12.7mm; }
.subparagraph.l2 { padding-left: 44.4mm; }
.subparagraph.l3 { padding-left: 57.1mm; }
.num { display: inline-block; text-indent: 0; }
.operative .num { width: 6.3mm; }
.subparagraph .num { width: 12.7mm; }
.closing { text-align: right; margin: 0; }
.closing.first { margin-top: 18pt; }
.heading { font-weight: bold; text-align: center; margin: 12pt 0 6pt 0; break-after: avoid; }
.sectionHeading { font-weight: bold; text-align: left; margin: 12pt 0 6pt 12.7mm; break-after: avoid; }
.annexHeading { font-weight: bold; text-align: center; margin-top: 24pt; break-before: page; }
.annex { text-indent: 12.7mm; }
sup.fnref { font-size: 7pt; line-height: 0; vertical-align: super; }
sup.fnref a { color: inherit; text-decoration: none; }
.footnotes { margin-top: 24pt; font-size: 8pt; line-height: 10pt; }
.footnotes hr { width: 40mm; margin: 0 0 6pt 0; border: 0; border-top: 0.5pt solid #000; }
.footnotes ol { list-style: none; margin: 0; padding: 0; }
.footnotes li { padding-left: 12.7mm; text-indent: -6.3mm; margin-bottom: 3pt; text-align: left; }
.footnotes .fnnum { display: inline-block; width: 6.3mm; text-indent: 0; font-size: 7pt; vertical-align: super; line-height: 0; }
.active { background: #fff6bf; outline: 2px solid #fff6bf; }
@media screen and (max-width: 860px) { body { padding: 0; } .page { padding: 10mm 6mm; box-shadow: none; } }
@media print { html, body { background: none; padding: 0; } .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } .active { background: none; outline: none; } }
`;

/** Scroll to the active block when the page loads, then let the reader scroll: no script needed. */
const SCROLL_CSS = `
html { scroll-snap-type: y mandatory; scroll-padding-top: 30vh; animation: unres-release 1ms 400ms forwards; }
@keyframes unres-release { to { scroll-snap-type: none; } }
#active { scroll-snap-align: start; }
`;

function renderInlines(inlines: readonly Inline[]): string {
  let out = '';
  for (const x of inlines) {
    if (x.kind === 'ref') {
      const target = x.footnote ?? x.printed;
      out += `<sup class="fnref"><a href="#fn-${target}">${x.printed}</a></sup>`;
      continue;
    }
    // A line end of the layout (before a quoted paragraph) is a line break.
    let t = escapeHtml(x.text).replace(/\n/g, '<br>');
    if (x.italic) t = `<i>${t}</i>`;
    if (x.underline) t = `<u>${t}</u>`;
    out += t;
  }
  return out;
}

/** The block whose source lines hold `line` (the last block starting at or before it). */
function activeIndex(blocks: readonly LayoutBlock[], line: number | undefined): number {
  if (line === undefined) return -1;
  let found = -1;
  blocks.forEach((b, i) => {
    if (b.startLine <= line) found = i;
  });
  return found;
}

function renderBlock(b: LayoutBlock, attrs: string, first: { closing: boolean }): string {
  const body = renderInlines(b.inlines);
  // A space after the number, inside its box: the text copied or read (textContent) is `1. Decides`, not `1.Decides`.
  const marker = b.marker ? `<span class="num">${escapeHtml(b.marker)} </span>` : '';
  const group = b.groupStart ? ' group' : '';
  switch (b.kind) {
    case 'title':
      return `<h1 class="title"${attrs}>${body}</h1>`;
    case 'adoption':
      return `<p class="h adoption${group}"${attrs}>${body}</p>`;
    case 'committee':
      return `<p class="h committee${group}"${attrs}>${body}</p>`;
    case 'organ':
      return `<p class="organ"${attrs}>${body}</p>`;
    case 'preamble':
      return `<p class="preamble"${attrs}>${marker}${body}</p>`;
    case 'operative':
      return `<p class="operative${b.marker ? '' : ' unnumbered'}"${attrs}>${marker}${body}</p>`;
    case 'subparagraph':
      return `<p class="subparagraph l${Math.min(b.level ?? 1, 3)}"${attrs}>${marker}${body}</p>`;
    case 'closing': {
      const cls = first.closing ? 'closing first' : 'closing';
      first.closing = false;
      return `<p class="${cls}"${attrs}>${body}</p>`;
    }
    case 'heading':
      return `<p class="heading"${attrs}>${body}</p>`;
    case 'sectionHeading':
      return `<p class="sectionHeading"${attrs}>${body}</p>`;
    case 'annexHeading':
      return `<p class="annexHeading"${attrs}>${body}</p>`;
    case 'annex':
      return `<p class="annex"${attrs}>${body}</p>`;
    default:
      return `<p class="h ${b.kind}${group}"${attrs}>${body}</p>`;
  }
}

/** Renders a layout as an HTML document. */
export function layoutToHtml(layout: Layout, options: HtmlOptions = {}): string {
  const active = activeIndex(layout.blocks, options.activeLine);
  const first = { closing: true };
  const body = layout.blocks
    .map((b, i) => {
      let attrs = '';
      if (options.sourceLines) attrs += ` data-line="${b.startLine}" data-end-line="${b.endLine}"${b.paragraph ? ` data-paragraph="${escapeHtml(b.paragraph)}"` : ''}`;
      if (i === active) attrs += ' id="active"';
      const html = renderBlock(b, attrs, first);
      return i === active ? html.replace(/^<(\w+) class="/, '<$1 class="active ') : html;
    })
    .join('\n');
  const notes = layout.footnotes.length
    ? `<section class="footnotes"><hr><ol>${layout.footnotes
        .map((f) => `<li id="fn-${f.id}"><span class="fnnum">${f.printed} </span>${renderInlines(f.inlines)}</li>`)
        .join('\n')}</ol></section>`
    : '';
  const css = CSS + (active >= 0 ? SCROLL_CSS : '');
  const styleSrc = options.nonce ? `'nonce-${options.nonce}'` : `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  const csp = `default-src 'none'; style-src ${styleSrc}${options.styleSource ? ` ${options.styleSource}` : ''}; img-src 'none'; font-src 'none'; script-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'`;
  const title = options.title ?? layout.title ?? 'Resolution';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style${options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : ''}>${css}</style>
</head>
<body>
<main class="page">
${body}
${notes}
</main>
</body>
</html>
`;
}

/** Renders a parsed draft as standalone HTML (see `HtmlOptions`). */
export function toHtml(model: DocumentModel, options: HtmlOptions = {}): string {
  return layoutToHtml(buildLayout(model, options.settings), options);
}
