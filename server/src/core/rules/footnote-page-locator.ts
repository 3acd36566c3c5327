import { footnoteBody } from './documentFacts';
import type { Rule } from './types';

const UN_SYMBOL = /(?:^|[\s(])(?:A|S|E|ST|A\/HRC)\/[A-Z0-9]/g;
/** A page locator, whole: `p. 84`, `pp. 12-14`, `pages 4–6`. */
const PAGE = /\b(?:pp?\.\s?|pages?\s+)\d+(?:[-–]\d+)?/g;
/**
 * A printed publication between a symbol and the page (or the page before any symbol): the page
 * locates the volume (`Ibid., First Year, …, p. 84 (document S/24)`, `Document S/15444. See
 * Resolutions and Decisions of the Security Council, 1982, p. 16`), not the document.
 */
const PUBLICATION = /Ibid\b|Official Records|Resolutions and Decisions|Treaty Series|Reports\b|Yearbook|Supplement\b|\bvol\./gi;

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
      // The symbols in order, read once; each page is matched with the last symbol before it.
      const symbolEnds = Array.from(body.matchAll(UN_SYMBOL), (sym) => sym.index + sym[0].length);
      if (symbolEnds.length === 0) continue;
      // The publications named, read once (each text is read a bounded number of times, however
      // many pages and symbols the footnote has).
      const publications = Array.from(body.matchAll(PUBLICATION), (pub) => ({ start: pub.index, end: pub.index + pub[0].length }));
      let k = -1;
      let j = 0;
      for (const m of body.matchAll(PAGE)) {
        while (k + 1 < symbolEnds.length && symbolEnds[k + 1] <= m.index) k++;
        if (k < 0) continue;
        // The page must follow a symbol, with no printed publication between them: the first
        // publication named after the symbol ends before the page.
        while (j < publications.length && publications[j].start < symbolEnds[k]) j++;
        if (j < publications.length && publications[j].end <= m.index) continue;
        report({ span: { start: d.textSpan.start + m.index, end: d.textSpan.start + m.index + m[0].length }, messageId: 'page' });
        break;
      }
    }
  },
};
