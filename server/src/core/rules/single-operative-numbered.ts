import { openerInfo } from '../model/derived';
import type { Span } from '../model/types';
import { parse } from '../parser/parse';
import type { Rule } from './types';

/**
 * Whether the text without the number at `span` still has one operative paragraph, the same one.
 * A numbered paragraph is what tells the parser where the operative part starts: without it, an
 * unnumbered paragraph before it that opens like an operative one (`_Requests_ …`) joins the
 * operative part, operative-numbering numbers both, and the two fixes undo each other.
 */
function staysSingle(text: string, span: Span): boolean {
  const after = parse(text.slice(0, span.start) + text.slice(span.end));
  return after.operative.length === 1 && after.operative[0].body.start === span.start;
}

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
    const fixable = operative && staysSingle(model.text, span);
    report({ span: p.number.span, messageId: 'single', data: { number: `${p.number.text}.` }, fix: fixable ? { title: 'Remove the number', edits: [{ span, newText: '' }] } : undefined });
  },
};
