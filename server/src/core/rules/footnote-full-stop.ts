import { footnoteBody } from './documentFacts';
import type { Rule } from './types';

/** FN-03: a footnote is a reference that ends with a full stop (`Resolution 60/288.`). */
export const footnoteFullStop: Rule = {
  meta: {
    id: 'footnote-full-stop',
    description: 'Every footnote ends with a full stop (`A/73/328–S/2018/592.`, `Resolution 60/288.`).',
    category: 'footnotes',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['FN-03'],
    messages: {
      missing: 'End the footnote with a full stop: `{{example}}.`',
      wrong: 'End the footnote with a full stop, not {{found}}.',
    },
  },
  check({ model, report }) {
    for (const d of model.footnoteDefinitions) {
      const body = footnoteBody(model, d);
      if (body.trim() === '') continue;
      let end = body.length;
      // Italics may close the footnote (`…, 1 August 2009–31 July 2010_`): look before the marker.
      while (end > 0 && (body[end - 1] === '_' || body[end - 1] === '*' || /\s/.test(body[end - 1]))) end--;
      const last = body[end - 1];
      // A full stop inside a closing quotation mark (`… (S/10410).”`) ends the footnote too.
      if (last === '.' || (/[”’"]/.test(last ?? '') && body[end - 2] === '.')) continue;
      const tail = body.slice(Math.max(0, end - 24), end).replace(/^\S*\s/, '');
      if (last === ',' || last === ';' || last === ':') {
        const at = d.textSpan.start + end - 1;
        report({ span: { start: at, end: at + 1 }, messageId: 'wrong', data: { found: last === ',' ? 'a comma' : last === ';' ? 'a semicolon' : 'a colon' }, fix: { title: 'End with a full stop', edits: [{ span: { start: at, end: at + 1 }, newText: '.' }] } });
      } else {
        const at = d.textSpan.end;
        report({ span: { start: Math.max(d.textSpan.start, at - 1), end: at }, messageId: 'missing', data: { example: `…${tail}` }, fix: { title: 'Add a full stop', edits: [{ span: { start: at, end: at }, newText: '.' }] } });
      }
    }
  },
};
