import { documentFacts } from './documentFacts';
import type { Rule } from './types';

/** SKEL-06: `73/331. Cooperation between …` — number, full stop, space, title; no final full stop. */
export const titleLine: Rule = {
  meta: {
    id: 'title-line',
    description: 'The title line of an adopted text reads `73/331. Title` (number, full stop, space), and a title never ends with a full stop.',
    category: 'header',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-06'],
    messages: {
      number: 'Write the resolution number as `{{expected}}`: the number, a full stop and a space before the title.',
      finalStop: 'A title does not end with a full stop: remove it.',
    },
  },
  check({ model, report }) {
    const title = model.header.title;
    const facts = documentFacts(model);
    // Security Council resolutions have no title; what the parser finds there is page furniture.
    if (!title || facts.family === 'sc') return;
    const text = title.text;
    if (!title.number) {
      // `73/331 Cooperation`, `73/331: Cooperation`, `73/331.Cooperation`, `Resolution 73/331: Cooperation`.
      const m = /^(?:Resolution\s+)?((?:S-|ES-)?\d{1,4}\/\d{1,4})(?:\s*[.:–—-]\s*|\s+|\.(?=\S))(?=\S)/.exec(text);
      if (m && !/^\d{1,4}\/\d{1,4}\.\d/.test(text)) {
        const expected = `${m[1]}. `;
        const span = { start: title.span.start, end: title.span.start + m[0].length };
        report({ span, messageId: 'number', data: { expected: `${m[1]}.` }, fix: { title: `Write "${m[1]}."`, edits: [{ span, newText: expected }] } });
      }
    }
    // `Rev.`, `No.` and similar abbreviations legitimately end with a full stop, and so does a time
    // (`at 10 a.m.`, which time-format asks for: removing its stop would undo that rule's fix).
    if (text.endsWith('.') && !text.endsWith('..') && !/(?:^|[\s(])(?:No|Rev|Add|Corr|Co|Inc|Ltd|etc|[A-Z]|a\.m|p\.m)\.$/.test(text) && !(title.number && title.number.span.end === title.span.end)) {
      const at = title.span.end - 1;
      report({ span: { start: at, end: at + 1 }, messageId: 'finalStop', fix: { title: 'Remove the full stop', edits: [{ span: { start: at, end: at + 1 }, newText: '' }] } });
    }
  },
};
