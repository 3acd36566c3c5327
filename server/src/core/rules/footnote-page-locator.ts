import { footnoteBody } from './documentFacts';
import type { Rule } from './types';

const UN_SYMBOL = /(?:^|[\s(])(?:A|S|E|ST|A\/HRC)\/[A-Z0-9]/;
const PAGE = /\b(?:pp?\.\s?\d|pages?\s+\d)/;

/** FN-03, EM-INSTR: United Nations documents are cited by paragraph, chapter or annex, not by page. */
export const footnotePageLocator: Rule = {
  meta: {
    id: 'footnote-page-locator',
    description: 'A footnote cites a United Nations document by paragraph, chapter, section or annex (`para. 12`, `chap. I`), not by page.',
    category: 'footnotes',
    defaultSeverity: 'hint',
    fixable: false,
    scope: 'block',
    conventions: ['FN-03'],
    messages: {
      page: 'Cite a United Nations document by paragraph, chapter, section or annex (`para. 12`, `chap. II`, `annex`), not by page: page numbers differ between language versions.',
    },
  },
  check({ model, report }) {
    for (const d of model.footnoteDefinitions) {
      const body = footnoteBody(model, d);
      if (!UN_SYMBOL.test(body)) continue;
      const m = PAGE.exec(body);
      if (m) report({ span: { start: d.textSpan.start + m.index, end: d.textSpan.start + m.index + m[0].length }, messageId: 'page' });
    }
  },
};
