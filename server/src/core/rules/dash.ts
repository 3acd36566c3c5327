import type { Rule } from './types';
import { isSecurityCouncilText, SKIP_DEFAULT, skipped } from './kinds/text';

/** An em dash (a run counts once), or a double hyphen standing for one. */
const EM = /(?:—+|(?<![-\w])--(?![-\w]))[ \t\u00a0]*/g;
/** `word–word`: an unspaced en dash between letters. */
const EN_BETWEEN_WORDS = /(?<=\p{Ll})–(?=\p{L})|(?<=\p{L})–(?=\p{Ll})/gu;

/**
 * LANG-06: parenthetical dashes are spaced en dashes (`further steps – in all relevant formats –
 * on …`), ranges unspaced en dashes (date-range, en-dash); em dashes are not used.
 */
export const dash: Rule = {
  meta: {
    id: 'dash',
    description: 'Parenthetical dashes are spaced en dashes (` – `); em dashes (`—`) and unspaced en dashes between words are not used.',
    category: 'language',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-06'],
    messages: {
      em: 'UN texts use no em dash: write a spaced en dash " – " between words (an unspaced "–" in ranges).',
      enBetweenWords: 'An en dash between words is spaced when parenthetical (" – "); a compound takes a hyphen.',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    EM.lastIndex = 0;
    // Security Council texts print em dashes (`relations — diplomatic, consular or otherwise —`,
    // 1970; the bulleted `— Calls for …` of S/RES/1445 (2002)).
    const em = !isSecurityCouncilText(model);
    for (let m = em ? EM.exec(s) : null; m; m = EM.exec(s)) {
      // The spaces before the dash are part of it (found backwards, not by the regex, which would rescan them).
      let start = m.index;
      while (start > 0 && (s[start - 1] === ' ' || s[start - 1] === '\t' || s[start - 1] === '\u00a0')) start--;
      const span = { start, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const before = s[span.start - 1] ?? '';
      const after = s[span.end] ?? '';
      // Between figures the dash is a range (date-range reports it); a line-initial dash is a list mark of old texts.
      if (/\d/.test(before) && /\d/.test(after)) continue;
      const lineStart = before === '' || before === '\n' || before === '\r';
      const newText = lineStart ? '– ' : /[\p{L}\p{N},;)”’]/u.test(before) && /[\p{L}\p{N}(“‘]/u.test(after) ? ' – ' : undefined;
      report({ span, messageId: 'em', fix: newText === undefined ? undefined : { title: 'Write a spaced en dash', edits: [{ span, newText }] } });
    }
    EN_BETWEEN_WORDS.lastIndex = 0;
    for (let m = EN_BETWEEN_WORDS.exec(s); m; m = EN_BETWEEN_WORDS.exec(s)) {
      const span = { start: m.index, end: m.index + 1 };
      if (!skipped(model, span.start, span.end, SKIP_DEFAULT)) report({ span, messageId: 'enBetweenWords' });
    }
  },
};
