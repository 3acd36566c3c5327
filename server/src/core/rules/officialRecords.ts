/**
 * Reading Official Records citations in footnotes (CONVENTIONS.md FN-07, CONS-09), shared by the
 * two Official Records rules.
 */
import { parseOrdinalWord } from '../data/ordinals';
import { memo } from '../model/derived';
import type { DocumentModel, FootnoteDefinition, Span } from '../model/types';
import { footnoteBody, printedFootnotes } from './documentFacts';
import { hasOffsetIn, literalOffsets } from './util';

/** One `…, <Ordinal> Session, Supplement No. <n><letter> (<symbols>)` citation. */
export interface OfficialRecordsCitation {
  readonly organ: 'ga' | 'ecosoc';
  /** The session (GA) or year (ECOSOC) as written, and where. */
  readonly session: { readonly text: string; readonly span: Span; readonly value?: number };
  /** The word `Session` as written (GA). */
  readonly sessionWord?: { readonly text: string; readonly span: Span };
  readonly supplement: { readonly number: number; readonly letter: string; readonly span: Span };
  /** The first symbol in the parentheses. */
  readonly symbol?: { readonly text: string; readonly span: Span };
}

const GA = /(Official Records of the General Assembly,\s+|^Ibid\.,\s+)([A-Za-z]+(?:-[A-Za-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+(session|Session|SESSION),\s+Supplement\s+No\.\s?(\d{1,3})([A-Z]?)(?:\s+and\s+corrigend(?:um|a))?\s+\(/dg;
const ECOSOC = /(Official Records of the Economic and Social Council,\s+|^Ibid\.,\s+)(\d{4}),\s+Supplement\s+No\.\s?(\d{1,3})([A-Z]?)(?:\s+and\s+corrigend(?:um|a))?\s+\(/dg;

/** The session number of `Seventy-third`, `seventy-third`, `73rd`. */
export function sessionValue(text: string): number | undefined {
  const figures = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(text);
  return figures ? Number(figures[1]) : parseOrdinalWord(text);
}

/** What every citation of the Official Records and every fallback test below starts with. */
export const OFFICIAL_RECORDS = 'Official Records of the ';

/**
 * Whether a footnote may hold a General Assembly or ECOSOC citation, or decide what organ an
 * `Ibid.` after it refers to: it names the Official Records or opens with `Ibid.`. Told from where
 * the words stand in the draft (`literalOffsets`, moved from one version to the next), without
 * reading the footnote: in the editor these rules read every footnote on every edit.
 */
function mayCite(model: DocumentModel, d: FootnoteDefinition, offsets: readonly number[]): boolean {
  // Word footnotes are read from the text, comments included: read them all.
  if (d.syntax === 'word') return true;
  const { start, end } = d.textSpan;
  return (end - start >= 5 && model.masked.startsWith('Ibid.', start)) || hasOffsetIn(offsets, start, end - OFFICIAL_RECORDS.length);
}

/**
 * Every Official Records citation in the footnotes, `Ibid.` ones resolved to the preceding organ,
 * in printed order (a footnote whose label another one took before it is not printed: not read).
 */
export function officialRecordsCitations(model: DocumentModel): readonly OfficialRecordsCitation[] {
  return memo(model, 'officialRecordsCitations', () => {
    const out: OfficialRecordsCitation[] = [];
    const offsets = literalOffsets(model, OFFICIAL_RECORDS);
    let previousOrgan: 'ga' | 'ecosoc' | undefined;
    for (const d of printedFootnotes(model)) {
      // A footnote that neither names the Official Records nor opens with `Ibid.` cites nothing,
      // and an `Ibid.` after it refers to no organ.
      if (!mayCite(model, d, offsets)) {
        previousOrgan = undefined;
        continue;
      }
      const body = footnoteBody(model, d);
      const base = d.textSpan.start;
      let organHere: 'ga' | 'ecosoc' | undefined;
      for (const [organ, re] of [['ga', GA], ['ecosoc', ECOSOC]] as const) {
        re.lastIndex = 0;
        for (let m = re.exec(body); m; m = re.exec(body)) {
          const ibid = m[1].startsWith('Ibid');
          if (ibid && previousOrgan !== organ) continue;
          organHere = organ;
          const at = (group: number): { start: number; end: number } => ({ start: base + m!.indices![group]![0], end: base + m!.indices![group]![1] });
          const [suppGroup, letterGroup] = organ === 'ga' ? [4, 5] : [3, 4];
          const open = m.index + m[0].length - 1;
          const symbolText = /^[A-Z][A-Za-z0-9./-]*/.exec(body.slice(open + 1))?.[0].replace(/[.,]$/, '');
          const letter = m[letterGroup] ?? '';
          out.push({
            organ,
            session: { text: m[2], span: at(2), value: organ === 'ga' ? sessionValue(m[2]) : Number(m[2]) },
            sessionWord: organ === 'ga' ? { text: m[3], span: at(3) } : undefined,
            supplement: { number: Number(m[suppGroup]), letter, span: { start: at(suppGroup).start, end: at(letterGroup).end } },
            symbol: symbolText ? { text: symbolText, span: { start: base + open + 1, end: base + open + 1 + symbolText.length } } : undefined,
          });
        }
      }
      previousOrgan = organHere ?? (/^Ibid\./.test(body) ? previousOrgan : /Official Records of the General Assembly/.test(body) ? 'ga' : /Official Records of the Economic and Social Council/.test(body) ? 'ecosoc' : undefined);
    }
    return out;
  });
}
