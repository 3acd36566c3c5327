import { ordinalWord } from '../data/ordinals';
import type { Rule } from './types';
import { bodyParagraphAt, SKIP_DEFAULT, skipped } from './kinds/text';
import { anchoredMatches, blanksBefore, digitRunMatches, digitRuns, type RunStart, type StartWindow } from './kinds/anchored';

/** `operative clause`, `preambulatory clauses`. */
const KIND_CLAUSE = /\b(operative|preambulatory|preambular|perambulatory)([ \t\u00a0]+)(clauses?)\b/gi;
/** What KIND_CLAUSE contains (see `anchoredMatches`). */
const CLAUSE = /clause/gi;
/** KIND_CLAUSE starts 9 to 13 letters before the blanks before `clause`. */
const kindClauseStart: StartWindow = (s, at) => {
  const r = blanksBefore(s, at);
  return r < at ? [r - 13, r - 9] : undefined;
};
/** `sub-clause`, `subclauses`. */
const SUB_CLAUSE = /\bsub-?clause(s?)\b/gi;
/** `clause 5`, and the resolution's own paragraphs: `the clauses in this resolution`, `clause of the present resolution`. */
const NUMBERED_CLAUSE = /\b(clauses?)(?=[ \t\u00a0]+(?:\d|(?:of|in)[ \t\u00a0]+(?:this|the[ \t\u00a0]+present)[ \t\u00a0]+resolution\b))/gi;
/** `PP1 Recalling …`, `OP1 _Decides_ …`: a Model UN label opening a paragraph (preamble-opener leaves it to this rule). */
export const PARAGRAPH_LABEL = /^(?:OP|PP)[ \t\u00a0]?\d{1,3}\b/;
/** `OP5`, `OP 5`, `PP3`. */
const LABEL = /\b(OP|PP)[ \t\u00a0]?(\d{1,3})\b/g;
/** LABEL starts with `OP` or `PP` right before a run of digits or the blank before it (see `digitRunMatches`). */
const labelStart: RunStart = (s, start) => {
  const c = s.charCodeAt(start - 1);
  const at = (c === 32 || c === 9 || c === 0xa0 ? start - 1 : start) - 2;
  return at >= 0 && s.charCodeAt(at + 1) === 80 && (s.charCodeAt(at) === 79 || s.charCodeAt(at) === 80) ? at : -1;
};

/** XREF-03: UN texts say `paragraph`, never `clause`, `sub-clause`, `PP3` or `OP5` (Model UN vocabulary). */
export const munVocabulary: Rule = {
  meta: {
    id: 'mun-vocabulary',
    description: 'UN texts say `paragraph` and `subparagraph`, not the Model UN words `clause`, `sub-clause`, `PP3`, `OP5`.',
    category: 'cross-references',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['XREF-03', 'MUN-04'],
    messages: {
      replace: 'UN texts say "{{fixed}}", not "{{found}}".',
      labelPreamble: 'UN texts do not label their paragraphs: remove "{{found}}" (preambular paragraphs are not numbered).',
      labelOperative: 'UN texts do not label their paragraphs: number this one "{{number}}." instead of "{{found}}".',
    },
  },
  check({ model, settings, report }) {
    // The words are right in Model UN drafts.
    if (settings.profile === 'mun') return;
    const s = model.masked;
    const emit = (start: number, found: string, fixed: string) => {
      const span = { start, end: start + found.length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) return;
      report({ span, messageId: 'replace', data: { found, fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    };
    // Each pattern but LABEL holds `clause`: a text without it is not scanned for them.
    CLAUSE.lastIndex = 0;
    const clauses = CLAUSE.test(s);
    for (const m of clauses ? anchoredMatches(s, KIND_CLAUSE, CLAUSE, kindClauseStart) : []) {
      const kind = /^op/i.test(m[1]) ? 'operative' : 'preambular';
      const fixedKind = m[1][0] === m[1][0].toUpperCase() ? kind[0].toUpperCase() + kind.slice(1) : kind;
      emit(m.index, m[0], `${fixedKind} paragraph${m[3].endsWith('s') ? 's' : ''}`);
    }
    SUB_CLAUSE.lastIndex = 0;
    for (let m = clauses ? SUB_CLAUSE.exec(s) : null; m; m = SUB_CLAUSE.exec(s)) emit(m.index, m[0], `${m[0][0] === 'S' ? 'S' : 's'}ubparagraph${m[1]}`);
    NUMBERED_CLAUSE.lastIndex = 0;
    for (let m = clauses ? NUMBERED_CLAUSE.exec(s) : null; m; m = NUMBERED_CLAUSE.exec(s)) {
      // `operative clause 5` was reported whole above.
      if (/(?:operative|preambulatory|preambular|perambulatory)[ \t\u00a0]+$/i.test(s.slice(Math.max(0, m.index - 16), m.index))) continue;
      emit(m.index, m[1], `${m[1][0] === 'C' ? 'P' : 'p'}aragraph${m[1].endsWith('s') ? 's' : ''}`);
    }
    for (const m of digitRunMatches(s, digitRuns(model), LABEL, labelStart)) {
      const n = Number(m[2]);
      if (n < 1) continue;
      // `PP1 Recalling …`, `OP1 _Decides_ …`: a Model UN label opening the paragraph is removed (a
      // preambular one) or becomes its number (found by a review: the fix wrote `the first
      // preambular paragraph Recalling …`).
      const p = bodyParagraphAt(model, m.index);
      if (p && p.span.start === m.index && !p.number) {
        let end = m.index + m[0].length;
        while (end < s.length && (s[end] === ' ' || s[end] === '\t' || s[end] === '\u00a0')) end++;
        const span = { start: m.index, end: m.index + m[0].length };
        if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
        const newText = m[1] === 'OP' ? `${n}. ` : '';
        report({ span, messageId: m[1] === 'OP' ? 'labelOperative' : 'labelPreamble', data: { found: m[0], number: n }, fix: { title: newText ? `Number the paragraph "${n}."` : `Remove "${m[0]}"`, edits: [{ span: { start: m.index, end }, newText }] } });
        continue;
      }
      emit(m.index, m[0], m[1] === 'OP' ? `paragraph ${n}` : `the ${ordinalWord(n)} preambular paragraph`);
    }
  },
};
