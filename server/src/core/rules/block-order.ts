import { openerInfo } from '../model/derived';
import type { DocumentModel, HeaderLineKind, Paragraph } from '../model/types';
import type { Rule } from './types';

/** The order of the recognised header lines (CONVENTIONS.md 1.1 skeletons). Masthead and free lines are not ranked. */
const RANK: Partial<Record<HeaderLineKind, number>> = { symbol: 0, session: 1, agendaItem: 2, agendaTitle: 3, sponsors: 4, resolutionNumber: 4, adoption: 5, committee: 6, title: 7 };
const NAMES: Partial<Record<HeaderLineKind, string>> = {
  symbol: 'document symbol',
  session: 'session line',
  agendaItem: 'agenda item line',
  agendaTitle: 'agenda item title',
  sponsors: 'sponsor line',
  resolutionNumber: 'resolution number line',
  adoption: 'adoption line',
  committee: 'provenance line',
  title: 'title',
};

/** SKEL-01: header lines in order, and the closing block after the last operative paragraph. */
export const blockOrder: Rule = {
  meta: {
    id: 'block-order',
    description: 'The parts come in order: symbol, session, agenda item (and its title), sponsors or adoption line, provenance line, title, organ line, preamble, operative part, closing block.',
    category: 'header',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['SKEL-01'],
    messages: {
      header: 'The {{line}} comes before the {{previous}}: the header runs symbol, session, agenda item, sponsors or adoption line, provenance line, title.',
      titleEarly: 'The numbered title `{{found}}` comes after the adoption and provenance lines, just before the organ line.',
      closing: 'The closing block (`{{found}}`) comes after the last operative paragraph.',
    },
  },
  check({ model, report }) {
    const lines = model.header.lines;
    let highest: { rank: number; kind: HeaderLineKind } | undefined;
    for (const line of lines) {
      const rank = RANK[line.kind];
      if (rank === undefined) {
        // A numbered title before the adoption or provenance line is read as a free line by the parser.
        if (line.kind === 'other' && /^(?:S-|ES-)?\d{1,4}\/\d{1,4}\.\s+\S/.test(line.text) && lines.some((l) => l.span.start > line.span.start && (l.kind === 'adoption' || l.kind === 'committee'))) {
          report({ span: line.span, messageId: 'titleEarly', data: { found: line.text.slice(0, 40) } });
        }
        continue;
      }
      if (highest && rank < highest.rank) report({ span: line.span, messageId: 'header', data: { line: NAMES[line.kind]!, previous: NAMES[highest.kind]! } });
      else highest = { rank, kind: line.kind };
    }
    // An operative paragraph after the closing block: one that opens with an operative phrase
    // (annexed declarations and notes after the closing open otherwise).
    const closing = model.closing;
    const late = closing && model.operative.find((p) => p.span.start > closing.span.start && opensOperative(model, p));
    if (closing && late) {
      report({ span: closing.meetingLine, messageId: 'closing', data: { found: model.text.slice(closing.meetingLine.start, closing.meetingLine.end) } });
    }
  },
};

function opensOperative(model: DocumentModel, p: Paragraph): boolean {
  const info = openerInfo(model, p);
  return !!info.operative && (!info.preambular || info.operative.wordCount > info.preambular.wordCount);
}
