import { documentFacts } from './documentFacts';
import type { Rule } from './types';

/** SKEL-09: adopted texts are `Distr.: General`, L. documents (drafts) `Distr.: Limited`. */
export const distributionLine: Rule = {
  meta: {
    id: 'distribution-line',
    description: 'The distribution line of the masthead matches the document: `Distr.: General` on an adopted resolution, `Distr.: Limited` on a draft (L. document).',
    category: 'header',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['SKEL-09'],
    messages: {
      draft: 'A draft (L. document) is distributed `Distr.: Limited`, not `Distr.: {{found}}`.',
      adopted: 'An adopted resolution is distributed `Distr.: General`, not `Distr.: {{found}}`.',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    const kind = facts.symbol?.info?.kind;
    const expected = kind === 'draft' || (!kind && facts.stage === 'draft') ? 'Limited' : kind === 'resolution' || (!kind && facts.stage === 'adopted') ? 'General' : undefined;
    if (!expected) return;
    for (const line of model.header.lines) {
      if (line.kind === 'title' || line.kind === 'agendaTitle') continue;
      const m = /\bDistr\.?:?\s*(General|Limited)\b/i.exec(line.text);
      if (!m || m[1].toLowerCase() === expected.toLowerCase()) continue;
      const start = line.span.start + m.index + m[0].length - m[1].length;
      const span = { start, end: start + m[1].length };
      report({ span, messageId: expected === 'Limited' ? 'draft' : 'adopted', data: { found: m[1] }, fix: { title: `Write "${expected}"`, edits: [{ span, newText: expected }] } });
    }
  },
};
