import { ordinalSuffix } from '../data/ordinals';
import type { Span } from '../model/types';
import { FAMILY_NAMES, documentFacts } from './documentFacts';
import type { Rule } from './types';

/** CONS-06, SKEL-15: symbol ↔ adoption line ↔ organ line ↔ closing form name one organ. */
export const organConsistency: Rule = {
  meta: {
    id: 'organ-consistency',
    description: 'The symbol, the adoption line, the organ line and the closing block belong to one organ (A/RES ↔ `The General Assembly,` ↔ `plenary meeting`; S/RES ↔ `The Security Council,` ↔ no closing block).',
    category: 'consistency',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['CONS-06', 'SKEL-15'],
    messages: {
      organLine: 'The {{source}} is a {{organ}} text: the organ line reads `The {{organ}},`.',
      adoption: 'The symbol `{{symbol}}` is a {{organ}} document, but the adoption line names the {{found}}.',
      plenary: 'The {{organ}} adopts resolutions at plenary meetings: write `{{expected}}`.',
      notPlenary: 'The Human Rights Council closing names the meeting without `plenary`: write `{{expected}}`.',
      scClosing: 'The Security Council does not meet in plenary meetings: name the meeting in the adoption line (`Adopted by the Security Council at its 4653rd meeting, on 4 December 2002`) and drop this closing block.',
      scElement: 'A Security Council resolution has no {{element}}: remove it (SC texts have no session, agenda item, provenance line or numbered title).',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    const symbol = facts.symbol?.info;
    const identity = symbol?.family ?? facts.adoption?.family;
    const source = symbol?.family ? `symbol \`${symbol.text}\`` : 'adoption line';
    if (model.organ && facts.organFamily && identity && facts.organFamily !== identity) {
      report({ span: model.organ.span, messageId: 'organLine', data: { source, organ: FAMILY_NAMES[identity] } });
    }
    if (symbol?.family && facts.adoption?.family && symbol.family !== facts.adoption.family) {
      report({ span: facts.adoption.span, messageId: 'adoption', data: { symbol: symbol.text, organ: FAMILY_NAMES[symbol.family], found: FAMILY_NAMES[facts.adoption.family] } });
    }
    const family = facts.family;
    const c = facts.closing;
    if (c && !c.scForm && family) {
      const words = /\b(plenary\s+)?meeting\b/i.exec(c.meetingText);
      const start = words ? c.meetingSpan.start + words.index : c.meetingSpan.start;
      // Older compilations close SC texts with the meeting (`2351st meeting.`); a plenary meeting is a GA form.
      if (family === 'sc') {
        if (c.plenary) report({ span: c.meetingSpan, messageId: 'scClosing' });
      }
      else if ((family === 'ga' || family === 'ecosoc') && words && !words[1] && c.meeting) {
        const expected = `${c.meeting.number}${ordinalSuffix(c.meeting.number)} plenary meeting`;
        report({ span: c.meetingSpan, messageId: 'plenary', data: { organ: FAMILY_NAMES[family], expected }, fix: { title: 'Write "plenary meeting"', edits: [{ span: { start, end: start }, newText: 'plenary ' }] } });
      } else if (family === 'hrc' && words?.[1] && c.meeting) {
        const expected = `${c.meeting.number}${ordinalSuffix(c.meeting.number)} meeting`;
        report({ span: c.meetingSpan, messageId: 'notPlenary', data: { expected }, fix: { title: 'Remove "plenary"', edits: [{ span: { start, end: start + words[1].length }, newText: '' }] } });
      }
    }
    if (family === 'sc') {
      const elements: { span: Span; element: string }[] = [];
      for (const line of model.header.lines) {
        if (line.kind === 'session') elements.push({ span: line.span, element: 'session line' });
        else if (line.kind === 'agendaItem') elements.push({ span: line.span, element: 'agenda item line' });
        else if (line.kind === 'committee') elements.push({ span: line.span, element: 'provenance line' });
      }
      if (model.header.title?.number) elements.push({ span: model.header.title.number.span, element: 'numbered title' });
      for (const e of elements) report({ span: e.span, messageId: 'scElement', data: { element: e.element } });
    }
  },
};
