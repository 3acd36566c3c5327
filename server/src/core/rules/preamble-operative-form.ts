import { toPreambular } from '../data/lexicon';
import { allParagraphs, openerInfo } from '../model/derived';
import type { DocumentModel, Paragraph } from '../model/types';
import { endsWithOneOf, historicSc } from './operative-punctuation';
import { replacePhrase } from './util';
import type { Rule } from './types';

/**
 * Whether a preambular paragraph opens with an operative verb and ends with a colon, with no
 * sub-paragraphs of its own: it introduces what follows (`Resolves :` over `1. That …` in S/RES/33
 * (1947)), whatever part the parser gave it. Looks at the block alone (the rule is block-scoped).
 */
function leadInForm(model: DocumentModel, p: Paragraph): boolean {
  return p.subparagraphs.length === 0 && endsWithOneOf(model, p.span, ':');
}

/**
 * Whether a preambular paragraph is in fact the lead-in of the operative part: the last paragraph
 * of its preamble, ending with a colon, with no sub-paragraphs, and followed by a numbered
 * operative paragraph (S/RES/33 (1947): `The Security Council` / `Resolves :` / `1. That …`).
 */
export function isOperativeLeadIn(model: DocumentModel, p: Paragraph): boolean {
  if (p.part !== 'preamble' || !leadInForm(model, p)) return false;
  const list = allParagraphs(model);
  const next = list[list.indexOf(p) + 1];
  return next !== undefined && next.part === 'operative' && next.number !== undefined;
}

/** PRE-02: an operative verb opening a preambular paragraph, with its preambular form (CONVENTIONS.md 3.3). */
export const preambleOperativeForm: Rule = {
  meta: {
    id: 'preamble-operative-form',
    description: 'A preambular paragraph does not open with an operative verb (`Welcomes` → `Welcoming`).',
    category: 'preamble',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['PRE-02', '3.3'],
    messages: {
      withForm: '"{{found}}" is an operative verb; a preambular paragraph opens with a participle: write "{{expected}}".',
      withoutForm: '"{{found}}" is an operative verb; a preambular paragraph opens with a participle or adjective (e.g. `_Recalling_`, `_Noting_`), or this paragraph belongs in the operative part.',
    },
  },
  check(context) {
    const { model, report } = context;
    // In a historic Security Council text the unnumbered operative paragraphs of the time (`Resolves
    // that …;`, `Instructs …; and,`) stand before numbered ones and so in the preamble (S/RES/3
    // (1946), S/RES/47 (1948)): the opener says nothing about a mistake there.
    if (historicSc(context)) return;
    for (const p of model.preamble) {
      const info = openerInfo(model, p);
      const op = info.operative;
      if (!op || (info.preambular && info.preambular.wordCount >= op.wordCount)) continue;
      // `Resolves :` introducing the paragraphs after it is the operative part's lead-in.
      if (leadInForm(model, p)) continue;
      const expected = toPreambular(op);
      const span = { start: op.start, end: op.end };
      if (!expected) {
        report({ span, messageId: 'withoutForm', data: { found: op.text } });
        continue;
      }
      const edit = replacePhrase(model, op, expected);
      report({ span, messageId: 'withForm', data: { found: op.text, expected }, fix: edit ? { title: `Write "${expected}"`, edits: [edit] } : undefined });
    }
  },
};
