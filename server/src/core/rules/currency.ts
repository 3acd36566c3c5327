import type { DocumentModel } from '../model/types';
import { memo } from '../model/derived';
import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { literalOffsets, placeKey } from './util';

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

/** SIGN and WORD tried at one place. */
const SIGN_AT = new RegExp(SIGN.source, 'uy');
const WORD_AT = new RegExp(WORD.source, 'y');
/** What may stand before `dollars` in a match of WORD. */
const UNITED_STATES = 'United States ';

/**
 * The first visible `$` amount and the first `dollars` of a draft: the patterns are tried where
 * their literal stands (`literalOffsets`, moved from one version to the next), as a scan of the
 * whole text would find them (in the editor this runs on every edit).
 */
function firstUses(model: DocumentModel): { readonly sign?: FirstUse; readonly word?: FirstUse } {
  return memo(model, 'currency:firstUses', () => {
    const s = model.masked;
    const visible = (start: number, end: number) => !skipped(model, start, end, SKIP_DEFAULT);
    let sign: FirstUse | undefined;
    for (const at of literalOffsets(model, '$')) {
      SIGN_AT.lastIndex = at;
      const m = SIGN_AT.exec(s);
      // `US$` is reported as a code; a `$` inside it is not a second style.
      if (!m || s.slice(Math.max(0, at - 2), at) === 'US') continue;
      if (visible(at, at + m[0].length)) {
        sign = { start: at, end: at + m[0].length, text: m[0] };
        break;
      }
    }
    let word: FirstUse | undefined;
    let from = 0;
    for (const at of literalOffsets(model, 'dollars')) {
      // The match starts at `United States ` before the word when it stands there.
      let start = at - UNITED_STATES.length;
      let m: RegExpExecArray | null = null;
      if (start >= from && s.startsWith(UNITED_STATES, start)) {
        WORD_AT.lastIndex = start;
        m = WORD_AT.exec(s);
      }
      if (!m) {
        start = at;
        if (start < from) continue;
        WORD_AT.lastIndex = start;
        m = WORD_AT.exec(s);
      }
      if (!m) continue;
      from = start + m[0].length;
      if (visible(start, from)) {
        word = { start, end: from, text: m[0] };
        break;
      }
    }
    return { sign, word };
  });
}
