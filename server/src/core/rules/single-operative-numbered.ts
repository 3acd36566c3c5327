import { openerInfo } from '../model/derived';
import type { Rule } from './types';

/** OP-01: a resolution with a single operative paragraph leaves it unnumbered. */
export const singleOperativeNumbered: Rule = {
  meta: {
    id: 'single-operative-numbered',
    description: 'A resolution with a single operative paragraph leaves it unnumbered (`_Decides_ to …`, not `1. _Decides_ to …`).',
    category: 'operative',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['OP-01'],
    messages: {
      single: 'This is the only operative paragraph: it stands unnumbered; remove `{{number}}`.',
    },
  },
  check({ model, report }) {
    if (model.operative.length !== 1) return;
    const p = model.operative[0];
    if (!p.number || p.number.value !== 1) return;
    // Without its number the paragraph must still read as operative: an operative phrase opens it.
    const info = openerInfo(model, p);
    const operative = info.operative && (!info.preambular || info.operative.wordCount >= info.preambular.wordCount);
    const span = { start: p.number.span.start, end: p.body.start };
    report({ span: p.number.span, messageId: 'single', data: { number: `${p.number.text}.` }, fix: operative ? { title: 'Remove the number', edits: [{ span, newText: '' }] } : undefined });
  },
};
