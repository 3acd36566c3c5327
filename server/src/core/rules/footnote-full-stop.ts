import { footnoteBody } from './documentFacts';
import type { Rule } from './types';

/**
 * Whether a full stop at `at` would make a paragraph number of the line it ends: a continuation
 * line of the footnote that is only a figure (`12;` → `12.`) would then start an operative
 * paragraph, and the fixes of the two readings would undo each other pass after pass.
 */
function numberWhenStopped(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') i--;
  if (i === at) return false;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

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
      // A Word-export footnote (`[1: …]`) is reported without a fix: quick fixes never change the
      // text as Word wrote it (the drafter edits it in Word, or converts it to `[^1]:` first).
      const word = d.syntax === 'word';
      if (last === ',' || last === ';' || last === ':') {
        const at = d.textSpan.start + end - 1;
        const fix = word || numberWhenStopped(model.text, at) ? undefined : { title: 'End with a full stop', edits: [{ span: { start: at, end: at + 1 }, newText: '.' }] };
        report({ span: { start: at, end: at + 1 }, messageId: 'wrong', data: { found: last === ',' ? 'a comma' : last === ';' ? 'a semicolon' : 'a colon' }, fix });
      } else {
        const at = d.textSpan.end;
        const fix = word || numberWhenStopped(model.text, at) ? undefined : { title: 'Add a full stop', edits: [{ span: { start: at, end: at }, newText: '.' }] };
        report({ span: { start: Math.max(d.textSpan.start, at - 1), end: at }, messageId: 'missing', data: { example: `…${tail}` }, fix });
      }
    }
  },
};
