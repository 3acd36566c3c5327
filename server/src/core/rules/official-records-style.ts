import { capitalizedOrdinal } from '../data/ordinals';
import { footnoteBody } from './documentFacts';
import { OFFICIAL_RECORDS, officialRecordsCitations } from './officialRecords';
import { hasOffsetIn, literalOffsets } from './util';
import type { Rule } from './types';

const SC_YEAR = /Official Records of the Security Council,\s+([A-Za-z]+(?:-[a-z]+)?)\s+Year,\s+Supplement\s+for\s+(?!\s)[^.;()]{0,80}?\b(\d{4})\b/dg;

/** FN-07: `Official Records of the General Assembly, Seventy-third Session, …` — ordinal in words, `Session` capitalized. */
export const officialRecordsStyle: Rule = {
  meta: {
    id: 'official-records-style',
    description: 'An Official Records citation writes the session as a capitalized ordinal in words and `Session` with a capital (`Seventy-third Session`), and the Security Council year as the calendar year less 1945.',
    category: 'footnotes',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['FN-07'],
    messages: {
      session: 'In an Official Records title write `{{expected}}`: the ordinal in words with a capital, and `Session` with a capital (unlike running text).',
      scYear: 'The {{year}} volume of the Security Council Official Records is its {{expected}} Year (the year less 1945), not the {{found}} Year.',
    },
  },
  check({ model, report }) {
    for (const c of officialRecordsCitations(model)) {
      if (c.organ !== 'ga' || c.session.value === undefined || !c.sessionWord || c.session.value > 999) continue;
      const expected = `${capitalizedOrdinal(c.session.value)} Session`;
      const written = model.text.slice(c.session.span.start, c.sessionWord.span.end);
      if (written !== expected) report({ span: { start: c.session.span.start, end: c.sessionWord.span.end }, messageId: 'session', data: { expected }, fix: { title: `Write "${expected}"`, edits: [{ span: { start: c.session.span.start, end: c.sessionWord.span.end }, newText: expected }] } });
    }
    // Only footnotes that name the Official Records are read (see `mayCite`).
    const offsets = literalOffsets(model, OFFICIAL_RECORDS);
    for (const d of model.footnoteDefinitions) {
      if (d.syntax !== 'word' && !hasOffsetIn(offsets, d.textSpan.start, d.textSpan.end - OFFICIAL_RECORDS.length)) continue;
      const body = footnoteBody(model, d);
      SC_YEAR.lastIndex = 0;
      for (let m = SC_YEAR.exec(body); m; m = SC_YEAR.exec(body)) {
        const year = Number(m[2]);
        const n = year - 1945;
        if (n < 1 || n > 999) continue;
        const expected = capitalizedOrdinal(n);
        if (m[1].toLowerCase() === expected.toLowerCase()) continue;
        const start = d.textSpan.start + m.indices![1][0];
        report({ span: { start, end: start + m[1].length }, messageId: 'scYear', data: { year, expected, found: m[1] } });
      }
    }
  },
};
