import { windowEnd, windowStart } from '../model/text';
import type { Rule } from './types';
import { atSentenceStart, onHeaderLine, SKIP_DEFAULT, skipped } from './kinds/text';
import { anchoredMatches, digitRunMatches, digitRuns, type RunStart, type StartWindow } from './kinds/anchored';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** `3 reports`, `3 member States`: a figure under 10 before a plural noun (and one word before it). */
const SMALL = /(?<![\d.,/\-–‑$€£(\p{L}])([2-9])[ \u00a0]+(?:(\p{Ll}+)[ \u00a0]+)?(\p{Ll}+s)\b/gu;
/** SMALL starts a run of one digit before a space (see `digitRunMatches`). */
const smallStart: RunStart = (s, start, end) => {
  const c = s.charCodeAt(end);
  return end - start === 1 && (c === 32 || c === 0xa0) ? start : -1;
};
/** `seven per cent`: a percentage in words. */
const WORD_PERCENT = /\b(one|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0]+per[ \u00a0]+cent\b/gi;
/** What WORD_PERCENT contains (see `anchoredMatches`), after its number word and spaces. */
const PER_CENT = /per[ \u00a0]+cent\b/gi;
/** WORD_PERCENT starts three to five letters before the spaces (not tabs) before `per`. */
const percentStart: StartWindow = (s, at) => {
  let start = at;
  while (start > 0 && (s.charCodeAt(start - 1) === 32 || s.charCodeAt(start - 1) === 0xa0)) start--;
  return start < at ? [start - 5, start - 3] : undefined;
};
/** Words after which a figure is an identifier or a measure (`paragraph 5`, `Goal 4`, `No. 3`). */
const LOCATOR_BEFORE = /(?:paragraphs?|subparagraphs?|articles?|Articles?|Goals?|targets?|items?|annex(?:es)?|chapters?|chap\.|No\.|Nos\.|vol\.|resolutions?|decisions?|para\.|paras\.|sect\.|sections?|Supplement|Protocol|rules?|principles?|recommendations?|pages?|p\.|pp\.|tables?|figures?|levels?|phases?|categor(?:y|ies)|\$|US\$|Article|Chapter|Part|part|[A-Z])[ \u00a0]+$/;
/** A word that can be a plural noun: four letters or more, not ending in `ss`, `us` or `is` (`as`, `this`, `thus`). */
const PLURAL = /^\p{Ll}{2,}[^siu]s$/u;
/** Words that cannot stand between a number and its noun (`2 as well as`, `8 is an essential element`). */
const STOP_WORDS = new Set(['as', 'is', 'was', 'and', 'or', 'of', 'to', 'in', 'on', 'by', 'for', 'with', 'at', 'the', 'a', 'an', 'are', 'were', 'be', 'which', 'that', 'per']);
/** Nouns that follow vote counts and measures in adopted texts. */
const EXEMPT_NOUNS = new Set(['votes', 'abstentions', 'members', 'percentages', 'points', 'degrees', 'hours', 'minutes', 'seconds']);

/**
 * NUM-01 (hint): numbers under 10 are written in words (`three reports`), and percentages in
 * figures (`7 per cent`). The rule is a hint: lists of figures, ages and mixed ranges follow
 * other conventions.
 */
export const numberWords: Rule = {
  meta: {
    id: 'number-words',
    description: 'Numbers under 10 are written in words (`three reports`), except in figures-only contexts (`paragraph 5`, `Goal 4`, `1 per cent`); percentages take figures.',
    category: 'dates-numbers',
    defaultSeverity: 'hint',
    fixable: true,
    scope: 'block',
    conventions: ['NUM-01', 'NUM-02'],
    messages: {
      words: 'Numbers under 10 are written in words: write "{{fixed}}".',
      percent: 'Percentages take figures: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    for (const m of digitRunMatches(s, digitRuns(model), SMALL, smallStart)) {
      const span = { start: m.index, end: m.index + 1 };
      const noun = m[3];
      // The text around the figure is read in its block only (not past a blank line).
      if (EXEMPT_NOUNS.has(noun) || !PLURAL.test(noun) || (m[2] !== undefined && STOP_WORDS.has(m[2])) || LOCATOR_BEFORE.test(s.slice(windowStart(s, m.index - 20, m.index), m.index))) continue;
      // `between 8 and 12 States`, `8 to 12`: the higher number rules the pair.
      const around = s.slice(windowStart(s, m.index - 12, m.index), windowEnd(s, m.index, m.index + m[0].length + 12));
      if (/(?<!\d)\d{2,}[ \u00a0]+(?:and|to|or)[ \u00a0]+\d\b|\b\d[ \u00a0]+(?:and|to|or)[ \u00a0]+\d{2,}/.test(around)) continue;
      if (skipped(model, span.start, span.end + 1, { ...SKIP_DEFAULT, header: true, closing: true, footnotes: true }) || onHeaderLine(model, span, ['masthead'])) continue;
      const word = WORDS[Number(m[1])];
      const fixed = atSentenceStart(s, span.start) ? word[0].toUpperCase() + word.slice(1) : word;
      report({ span, messageId: 'words', data: { fixed: `${fixed} ${m[2] ? `${m[2]} ` : ''}${noun}` }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    }
    for (const m of anchoredMatches(s, WORD_PERCENT, PER_CENT, percentStart)) {
      const span = { start: m.index, end: m.index + m[1].length };
      // A sentence never starts with a figure, so `Seven per cent of …` stays in words.
      if (skipped(model, span.start, span.end, SKIP_DEFAULT) || atSentenceStart(s, span.start)) continue;
      const n = WORDS.indexOf(m[1].toLowerCase());
      const figure = String(n < 0 ? 10 : n);
      report({ span, messageId: 'percent', data: { fixed: `${figure} per cent` }, fix: { title: `Write "${figure}"`, edits: [{ span, newText: figure }] } });
    }
  },
};
