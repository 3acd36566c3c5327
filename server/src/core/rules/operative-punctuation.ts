import { terminalOf } from '../model/derived';
import type { DocumentModel, Paragraph, Span } from '../model/types';
import { lineAt } from '../model/text';
import { checkTerminal } from './punctuation';
import { operativeParagraphs, wrongStart } from './util';
import type { Rule, RuleContext } from './types';

/**
 * Security Council texts adopted before this year follow the typography of their time (S/RES/3
 * (1946), S/RES/47 (1948), S/RES/289 (1970)): operative paragraphs that are whole sentences end
 * with a full stop, items of a list with a comma or `; and,`, a lead-in to unnumbered items with a
 * colon, and preambular paragraphs may end with `;` or `.`. The corpus shows the modern marks
 * throughout from 1975 on (docs/rules/operative-punctuation.md, "Historic Security Council texts").
 */
export const HISTORIC_SC_BEFORE = 1975;

/**
 * Whether a draft is a Security Council text of the historic period: linted under `sc` and
 * adopted (by its header, title or closing date) before `HISTORIC_SC_BEFORE`.
 */
export function historicSc(context: Pick<RuleContext, 'model' | 'settings'>): boolean {
  const year = context.model.header.adopted?.year;
  return context.settings.profile === 'sc' && year !== undefined && year < HISTORIC_SC_BEFORE;
}

/** Whether the block ends with one of `marks`; `; and` (`; or`) counts as `;` and `, and` as `,`. */
export function endsWithOneOf(model: DocumentModel, span: Span, marks: string): boolean {
  const t = terminalOf(model, span);
  if (!t) return false;
  if (marks.includes(t.char)) return true;
  const conj = /([;,])[ \t\u00a0\r\n]+(?:and|or)$/.exec(model.masked.slice(Math.max(span.start, t.offset - 12), t.offset + 1));
  return conj !== null && marks.includes(conj[1]);
}

/** Whether `next` opens a new part (`B`, `Part II`) after `p`: `p` then ends that part. */
function endsPart(p: Paragraph, next: Paragraph | undefined): boolean {
  return next !== undefined && next.heading !== undefined && next.heading !== p.heading && next.heading.kind === 'part';
}

/**
 * Whether the paragraph ends with a paragraph it quotes in full, on lines of their own that open
 * with a quotation mark (`Decides to include in its rules of procedure the following revised rules:`
 * / `“Rule 58` / `“Any State …”`, S/RES/37 (1947)): the last mark is the quoted text's, inside its
 * quotation marks.
 */
function endsWithQuotedParagraph(model: DocumentModel, span: Span): boolean {
  const t = terminalOf(model, span);
  if (!t || !'”’"'.includes(t.char) || !'.;,:'.includes(model.masked[t.offset - 1] ?? '')) return false;
  // The model's own lines: a CR-only draft has no line feed (found by a review).
  const lineStart = model.lines[lineAt(model.lines, t.offset)].start;
  return lineStart > span.start && /^[ \t]*[“"‘]/.test(model.masked.slice(lineStart, lineStart + 8));
}

/** OP-04: `;` after every operative paragraph, `.` after the last, `:` after a lead-in. */
export const operativePunctuation: Rule = {
  meta: {
    id: 'operative-punctuation',
    description: 'Operative paragraphs end with a semicolon, the last with a full stop, and a paragraph that introduces sub-paragraphs with a colon.',
    category: 'operative',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['OP-04'],
    messages: {
      wrong: 'This operative paragraph should end with {{expected}}, not {{found}} ({{why}}).',
      missing: 'This operative paragraph should end with {{expected}} ({{why}}): add "{{mark}}".',
      insideQuote: 'Put {{expected}} outside the closing quotation mark: write `{{quote}}{{mark}}`.',
    },
  },
  check(context) {
    const { model } = context;
    const list = operativeParagraphs(model);
    const ids = { wrong: 'wrong', missing: 'missing', insideQuote: 'insideQuote' };
    const historic = historicSc(context);
    list.forEach((p, i) => {
      const last = i === list.length - 1;
      const lead = p.subparagraphs.length > 0;
      // A labelled block with no paragraph above it (`(c) That …` after a misplaced adoption line)
      // stands as a paragraph holding only itself: its end is its sub-paragraph's, whose mark
      // subparagraph-punctuation checks (a colon here and a full stop there would undo each other).
      if (lead && p.subparagraphs[0].span.start <= p.span.start) return;
      // A bare number (`12.`, the paragraph not typed yet): its dot belongs to the number, and a
      // fix there would turn `12.` into `12;`.
      const end = terminalOf(model, p.span);
      if (p.number && end && end.offset < p.number.span.end) return;
      // The last paragraph of a part (`…under these resolutions.` before `B` in S/RES/161 (1961))
      // may end it with a full stop, or carry on with a semicolon.
      if (!lead && !last && endsPart(p, list[i + 1]) && endsWithOneOf(model, p.span, ';.')) return;
      if (!lead && endsWithQuotedParagraph(model, p.span)) return;
      // A lead-in whose items were labelled otherwise (`(A) To strengthen …`, which operative-numbering
      // reports): its colon stays (found by a review: the fix made it a semicolon).
      const next = list[i + 1];
      if (!lead && next && !next.number && wrongStart(model, next)?.kind === 'label' && endsWithOneOf(model, p.span, ':')) return;
      // Historic Security Council texts: any of the marks of the time between paragraphs.
      if (historic && !lead && !last && endsWithOneOf(model, p.span, ';.,:')) return;
      const [expected, why] = lead
        ? [':', 'it introduces sub-paragraphs']
        : last
          ? ['.', 'it is the last operative paragraph']
          : [';', 'only the last operative paragraph ends with a full stop'];
      const r = checkTerminal(model, p.span, expected, why, ids);
      if (r) context.report(r);
    });
  },
};
