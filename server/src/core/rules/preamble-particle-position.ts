import { openerInfo } from '../model/derived';
import type { PhraseMatch } from '../data/lexicon';
import { resolutionParagraphs } from './documentFacts';
import { replacePhrase } from './util';
import type { Rule } from './types';

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * `Further recalling` → `Recalling further`: the particle after the participle (UN order), and
 * before a manner of `with …` (`Also noting with concern` → `Noting also with concern`, `Taking
 * note also with appreciation`), as UN texts write it.
 */
function postposed(match: PhraseMatch): string | undefined {
  const words = match.text.split(' ');
  if (words.length < 2 || !/^(?:also|further)$/i.test(words[0]) || match.particles.length > 0) return undefined;
  const rest = words.slice(1).map((w) => w.toLowerCase());
  const manner = rest.indexOf('with');
  rest.splice(manner > 0 ? manner : rest.length, 0, words[0].toLowerCase());
  return capitalize(rest.join(' '));
}

/** PRE-06: `Recalling also`, `Recalling further`, not the Model UN order `Further recalling`. */
export const preambleParticlePosition: Rule = {
  meta: {
    id: 'preamble-particle-position',
    description: 'In the preamble `also` and `further` follow the participle (`Recalling also`, not `Also recalling`).',
    category: 'preamble',
    defaultSeverity: 'hint',
    fixable: true,
    scope: 'block',
    conventions: ['PRE-06'],
    messages: {
      order: 'UN texts put `{{particle}}` after the participle: write `{{expected}}` (`{{found}}` is a Model UN habit).',
    },
  },
  check({ model, report }) {
    for (const p of resolutionParagraphs(model)) {
      if (p.part !== 'preamble') continue;
      const m = openerInfo(model, p).preambular;
      if (!m) continue;
      const expected = postposed(m);
      if (expected) {
        const edit = replacePhrase(model, m, expected);
        report({ span: { start: m.start, end: m.end }, messageId: 'order', data: { particle: m.text.split(' ')[0].toLowerCase(), expected, found: m.text }, fix: edit ? { title: `Write "${expected}"`, edits: [edit] } : undefined });
      }
    }
  },
};
