/**
 * The default footnote style of a draft (FN-04; server/docs/format.md, decision 13): `legacy` (a
 * re-citation repeats the number) up to the seventy-fourth session, `current` after it. A text with
 * no session (Security Council) is placed by its date of adoption, or the year of its number.
 */
import type { DocumentModel } from '../model/types';

/** The seventy-fifth session of the General Assembly opened on 15 September 2020. */
const CURRENT_FROM = { year: 2020, month: 9, day: 15 };

/** `legacy` or `current` from the session number, else from the adoption date (`model.header.adopted`). */
export function defaultFootnoteStyle(session: number | undefined, adopted: DocumentModel['header']['adopted']): 'legacy' | 'current' {
  if (session !== undefined) return session <= 74 ? 'legacy' : 'current';
  if (!adopted) return 'current';
  // A year alone (`Resolution 2532 (2020)`): most of 2020 fell in the seventy-fourth session.
  if (adopted.month === undefined || adopted.day === undefined) return adopted.year <= CURRENT_FROM.year ? 'legacy' : 'current';
  const key = adopted.year * 10000 + adopted.month * 100 + adopted.day;
  return key < CURRENT_FROM.year * 10000 + CURRENT_FROM.month * 100 + CURRENT_FROM.day ? 'legacy' : 'current';
}
