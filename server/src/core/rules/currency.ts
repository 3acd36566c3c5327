import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';

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
  check({ model, report }) {
    const s = model.masked;
    if (!ANY_LITERAL.test(s)) return;
    const visible = (start: number, end: number) => !skipped(model, start, end, SKIP_DEFAULT);
    // Each pattern holds a literal: a text without it is not scanned.
    if (s.includes('US')) {
      CODE.lastIndex = 0;
      for (let m = CODE.exec(s); m; m = CODE.exec(s)) {
        if (visible(m.index, m.index + m[0].length)) report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'code', data: { found: m[0] } });
      }
    }
    const first = (re: RegExp, literal: string) => {
      if (!s.includes(literal)) return undefined;
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        // `US$` is reported above; a `$` inside it is not a second style.
        if (re === SIGN && s.slice(Math.max(0, m.index - 2), m.index) === 'US') continue;
        if (visible(m.index, m.index + m[0].length)) return { start: m.index, end: m.index + m[0].length, text: m[0] };
      }
      return undefined;
    };
    const sign = first(SIGN, '$');
    const word = first(WORD, 'dollars');
    if (sign && word) {
      const [earlier, later] = sign.start < word.start ? [sign, word] : [word, sign];
      report({ span: { start: later.start, end: later.end }, messageId: 'mixed', data: { first: earlier.text.replace(/\d$/, '…') } });
    }
  },
};
