import { documentFacts } from './documentFacts';
import type { Rule } from './types';

/** Adopted GA texts carry the item title from the seventy-fourth session on (CONVENTIONS.md 0.2, finding 2). */
const FIRST_SESSION_WITH_TITLE = 74;

/** SKEL-03: the agenda item title follows the agenda item line in drafts and in adopted texts from the seventy-fourth session. */
export const agendaItemTitle: Rule = {
  meta: {
    id: 'agenda-item-title',
    description: 'The agenda item line is followed by the title of the item in a draft, and in an adopted General Assembly text from the seventy-fourth session on.',
    category: 'header',
    defaultSeverity: 'warning',
    fixable: false,
    conventions: ['SKEL-03'],
    messages: {
      missing: 'Give the title of the agenda item on the line after `{{line}}` (as on the agenda, e.g. `Cooperation between the United Nations and regional and other organizations`){{why}}.',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    if (facts.family && facts.family !== 'ga') return;
    const session = facts.session?.number;
    const draft = facts.stage === 'draft';
    const adoptedRecent = facts.stage === 'adopted' && session !== undefined && session >= FIRST_SESSION_WITH_TITLE;
    if (!draft && !adoptedRecent) return;
    const lines = model.header.lines;
    lines.forEach((line, i) => {
      if (line.kind !== 'agendaItem' || lines[i + 1]?.kind === 'agendaTitle') return;
      const why = draft ? ': a draft always carries it' : `: adopted texts carry it from the ${FIRST_SESSION_WITH_TITLE}th session on`.replace('74th', 'seventy-fourth');
      report({ span: line.span, messageId: 'missing', data: { line: line.text, why } });
    });
  },
};
