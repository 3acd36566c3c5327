import type { Rule } from './types';
import { curlyQuoteAt, SKIP_DEFAULT, skipped } from './kinds/text';

const ENTITLED = /\bentitled([ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)(?=(\S))/g;

/**
 * REF-05: a title given after `entitled` is in double quotation marks (`its resolution 72/241,
 * entitled “A world against violence and violent extremism”,`), closed in the same paragraph,
 * with the punctuation of the sentence outside the closing mark.
 */
export const entitledQuotes: Rule = {
  meta: {
    id: 'entitled-quotes',
    description: 'A title after `entitled` is in double quotation marks, closed in the same paragraph, with the sentence\'s punctuation outside: `entitled “…”,`.',
    category: 'references',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['REF-05', 'LANG-06'],
    messages: {
      unquoted: 'Put the title after "entitled" in quotation marks: entitled “{{title}}…”.',
      unclosed: 'The title after "entitled" has no closing quotation mark in this paragraph: close it with ”.',
      inside: 'The {{mark}} belongs to the sentence, not to the title: write ”{{mark}} instead of {{mark}}”.',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    ENTITLED.lastIndex = 0;
    for (let m = ENTITLED.exec(s); m; m = ENTITLED.exec(s)) {
      const at = m.index + m[0].length;
      if (skipped(model, m.index, m.index + 8, SKIP_DEFAULT)) continue;
      const next = m[2];
      if (next === '“') {
        const quote = curlyQuoteAt(model, at);
        if (!quote) continue;
        if (!quote.closed) {
          report({ span: { start: at, end: at + 1 }, messageId: 'unclosed' });
          continue;
        }
        const close = quote.end - 1;
        const before = s[close - 1];
        const after = s[close + 1] ?? '';
        if ((before === ',' || before === ';' || before === '.') && !/[,;.:]/.test(after)) {
          const span = { start: close - 1, end: close + 1 };
          report({ span, messageId: 'inside', data: { mark: before }, fix: { title: `Put the ${before} after the quotation mark`, edits: [{ span, newText: `”${before}` }] } });
        }
        continue;
      }
      if (next === '"' || next === '‘' || next === "'") continue;
      // `entitled to` (has a right to) and `entitled:` introducing a list are not titles.
      const word = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(s.slice(at, at + 40))?.[0];
      if (!word || !/^\p{Lu}/u.test(word)) continue;
      const title = s.slice(at, Math.min(s.length, at + 40)).split(/[,;.\r\n]/)[0].trim();
      report({ span: { start: at, end: at + word.length }, messageId: 'unquoted', data: { title: title.length > 30 ? title.slice(0, 30) : title } });
    }
  },
};
