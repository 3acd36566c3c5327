import type { Rule } from './types';
import { isSecurityCouncilText, SKIP_DEFAULT, skipped } from './kinds/text';

/** An em dash (a run counts once), or a double hyphen standing for one. */
const EM = /(?:—+|(?<![-\w])--(?![-\w]))[ \t\u00a0]*/g;
/** `word–word`: an unspaced en dash between letters, a lower-case one on at least one side. */
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
/** What every finding holds: an em or en dash, or a double hyphen (one scan for a text without any). */
const ANY_DASH = /[–—]|--/;

/** The character (a whole code point) before `at`. */
function codePointBefore(s: string, at: number): string {
  if (at <= 0) return '';
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(at - 2, at);
  }
  return s[at - 1];
}

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
    if (!ANY_DASH.test(s)) return;
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
    // Found with indexOf, then the letters around tested: a pattern led by Unicode lookbehinds
    // would test every character of the draft.
    for (let at = s.indexOf('–'); at >= 0; at = s.indexOf('–', at + 1)) {
      const before = codePointBefore(s, at);
      const after = String.fromCodePoint(s.codePointAt(at + 1) ?? 32);
      if (!((LOWER.test(before) && LETTER.test(after)) || (LETTER.test(before) && LOWER.test(after)))) continue;
      const span = { start: at, end: at + 1 };
      if (!skipped(model, span.start, span.end, SKIP_DEFAULT)) report({ span, messageId: 'enBetweenWords' });
    }
  },
};
