import abbreviations from '../data/abbreviations.json';
import type { Span, Subparagraph } from '../model/types';
import { resolutionParagraphs } from './documentFacts';
import type { Rule } from './types';
import { historicSc } from './operative-punctuation';

const ABBREVIATIONS = new Set(abbreviations.abbreviations);
/** A full stop, any footnote references and a closing quote, white space, then a capital letter. */
const BREAK = /\.(?:\[\^[^\]\s[]{1,100}\]|\[footnoteRef:\d{1,6}\])*[”’"]?[ \t\u00a0\r\n]+[“"‘(]?(?=\p{Lu})/gu;

function blocks(subs: readonly Subparagraph[], out: Span[]): void {
  for (const s of subs) {
    out.push(s.span);
    blocks(s.children, out);
  }
}

/** PRE-08, OP-09: a paragraph is one phrase of the resolution's single sentence: no full stop inside it. */
export const singleSentence: Rule = {
  meta: {
    id: 'single-sentence',
    description: 'A paragraph is one part of the resolution’s single sentence: it has no full stop followed by a second sentence.',
    category: 'operative',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'block',
    conventions: ['PRE-08', 'OP-09'],
    messages: {
      preamble: 'A preambular paragraph is one phrase ending with a comma: join this sentence to the paragraph (`…, and …`) or make it a paragraph of its own.',
      operative: 'An operative paragraph holds no second sentence: join it (`…; and …`, `…, and requests …`), or put it in a paragraph or sub-paragraph of its own.',
    },
  },
  check(context) {
    const { model, report } = context;
    // The Council's texts before 1975 held several sentences to a paragraph (S/RES/39 (1948)).
    if (historicSc(context)) return;
    for (const p of resolutionParagraphs(model)) {
      const spans: Span[] = [p.span];
      blocks(p.subparagraphs, spans);
      for (const b of spans) {
        const text = model.masked.slice(b.start, b.end);
        BREAK.lastIndex = 0;
        // Open quotations before the match, counted as the scan advances (linear in the block).
        let open = 0;
        let counted = 0;
        for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
          for (; counted < m.index; counted++) {
            if (text[counted] === '“') open++;
            else if (text[counted] === '”') open--;
          }
          const before = text.slice(Math.max(0, m.index - 24), m.index);
          const word = /(?<![\p{L}\d.])\.*([\p{L}\d][\p{L}\d.]*)$/u.exec(before)?.[1] ?? '';
          // Abbreviations (`No.`, `para.`, `Mr.`), initials (`J.`, `U.N.`), dotted numbers (`E.96.IV.13`, `1.5`) and an ellipsis.
          if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) || (/\d/.test(word) && word.includes('.')) || /\.\.$/.test(before)) continue;
          // A label or heading number at the start of a line (`II. Equipment`), and a closing
          // `Adopted at the … meeting` line left inside the paragraph, are not second sentences.
          if (startsLine(text, m.index - word.length) || /^Adopted\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
          if (open > 0) continue;
          const at = b.start + m.index;
          report({ span: { start: at, end: at + 1 }, messageId: p.part === 'preamble' ? 'preamble' : 'operative' });
        }
      }
    }
  },
};

/** Whether only spaces or tabs stand between the start of the line (or the text) and `at`. */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}
