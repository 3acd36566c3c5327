import type { DocumentModel } from '../model/types';
import { memo } from '../model/derived';
import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { placeKey } from './util';

/** `US$ 5 million`, `USD 5 million`, `5 million USD`. */
const CODE = /(?<![\p{L}\p{N}])(US\$|USD)(?![\p{L}])/gu;
/** `$1.5 million`. */
const SIGN = /(?<![\p{L}\p{N}$])\$[ \u00a0]?\d/gu;
/** `1.5 million dollars`, `United States dollars`. */
const WORD = /\b(?:United States dollars|dollars)\b/g;
/** What CODE, SIGN or WORD holds (one scan for a text without any). */
const ANY_LITERAL = /US|\$|dollars/;

/**
 * NUM-05 (hint): amounts in United States dollars are written one way through a text: `$1.5
 * million` or `United States dollars`, not `US$`/`USD`, and not both ways.
 */
export const currency: Rule = {
  meta: {
    id: 'currency',
    description: 'Amounts in United States dollars are written one way through the text (`$1.5 million` or `… United States dollars`), without `US$` or `USD`.',
    category: 'dates-numbers',
    defaultSeverity: 'hint',
    fixable: false,
    scope: 'block',
    conventions: ['NUM-05'],
    messages: {
      code: 'Write "$" or "United States dollars", not "{{found}}".',
      mixed: 'This text writes dollars as "{{first}}" earlier: write amounts one way throughout.',
    },
  },
  check({ model, report, whole }) {
    const s = model.masked;
    if (!ANY_LITERAL.test(s)) return;
    // Each pattern holds a literal: a text without it is not scanned.
    if (s.includes('US')) {
      CODE.lastIndex = 0;
      for (let m = CODE.exec(s); m; m = CODE.exec(s)) {
        if (!skipped(model, m.index, m.index + m[0].length, SKIP_DEFAULT)) report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'code', data: { found: m[0] } });
      }
    }
    // The first amount of each style in the whole draft (run over the paragraphs an edit touched,
    // they may lie elsewhere): the later one is reported, at its offset in this draft (the runner
    // keeps only what falls inside the paragraphs it re-checked).
    const { sign, word } = firstUses(whole?.model ?? model);
    if (sign && word) {
      const [earlier, later] = sign.start < word.start ? [sign, word] : [word, sign];
      const shift = whole ? -whole.offset(0) : 0;
      report({ span: { start: later.start + shift, end: later.end + shift }, messageId: 'mixed', data: { first: earlier.text.replace(/\d$/, '…') } });
    }
  },
  facts(model) {
    // Where the first amount of each style stands: what decides the `mixed` report.
    const { sign, word } = firstUses(model);
    return [sign, word].map((u) => (u ? `${u.text}@${placeKey(model, u.start)}` : '-')).join(' ');
  },
};

interface FirstUse {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The first visible `$` amount and the first `dollars` of a draft. */
function firstUses(model: DocumentModel): { readonly sign?: FirstUse; readonly word?: FirstUse } {
  return memo(model, 'currency:firstUses', () => {
    const s = model.masked;
    const first = (re: RegExp, literal: string): FirstUse | undefined => {
      if (!s.includes(literal)) return undefined;
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        // `US$` is reported as a code; a `$` inside it is not a second style.
        if (re === SIGN && s.slice(Math.max(0, m.index - 2), m.index) === 'US') continue;
        if (!skipped(model, m.index, m.index + m[0].length, SKIP_DEFAULT)) return { start: m.index, end: m.index + m[0].length, text: m[0] };
      }
      return undefined;
    };
    return { sign: first(SIGN, '$'), word: first(WORD, 'dollars') };
  });
}
