import type { Heading } from '../model/types';
import { operativeParagraphs } from './util';
import type { Rule } from './types';

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return out;
}

/** The value of a well-formed roman numeral (I … CXCIX), else undefined. */
function romanValue(s: string): number | undefined {
  if (s.length > 9 || !/^[IVXLC]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === s ? total : undefined;
}

/** A part label read as a position in its series: `III` → roman 3, `B` → letter 2, `3` → number 3. */
interface Label {
  readonly kind: 'roman' | 'letter' | 'number';
  readonly ordinal: number;
}

function readLabel(label: string, previous: Label | undefined): Label | undefined {
  if (/^\d{1,3}$/.test(label)) return { kind: 'number', ordinal: Number(label) };
  const roman = romanValue(label);
  // `C`, `L`, `V`, `X` alone are letters in a lettered series (A, B, C) and numerals in a roman one.
  if (roman !== undefined && (label.length > 1 || label === 'I' || previous?.kind === 'roman')) return { kind: 'roman', ordinal: roman };
  if (/^[A-Z]$/.test(label)) return { kind: 'letter', ordinal: label.charCodeAt(0) - 64 };
  return undefined;
}

function write(kind: Label['kind'], ordinal: number): string {
  return kind === 'roman' ? toRoman(ordinal) : kind === 'letter' ? String.fromCharCode(64 + ordinal) : String(ordinal);
}

/**
 * SKEL-12: part and section labels (`I.`, `II.` or `A`, `B`) follow each other in order, and the
 * operative numbering either runs on through the sections or restarts at 1 in every one. The
 * headings are the parser's (`model.headings`, server/docs/format.md "Headings").
 */
export const sectionNumbering: Rule = {
  meta: {
    id: 'section-numbering',
    description: 'Sections of the operative part (`I. …`, `II. …`) follow each other in order, and the operative paragraphs either run on through all of them or restart at 1 in every one.',
    category: 'operative',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['SKEL-12'],
    messages: {
      sequence: 'Section "{{found}}" follows section "{{previous}}": number it "{{expected}}".',
      mixed: 'The operative paragraphs {{first}} after section "{{firstLabel}}" but {{this}} after section "{{label}}": number them one way in the whole text (SKEL-12).',
    },
  },
  check({ model, report }) {
    let previous: { label: string; read: Label; end: number } | undefined;
    for (const h of model.headings) {
      if (h.kind !== 'part' || h.label === undefined) continue;
      const read = readLabel(h.label, previous?.read);
      if (!read) continue;
      const expected = previous ? write(read.kind, previous.read.ordinal + 1) : '';
      // The missing label may stand between them where the parser did not take it for a heading
      // (`B. Plebiscite` in S/RES/47 (1948) after a list): then the sequence is not broken.
      const between = previous ? model.text.slice(previous.end, h.span.start) : '';
      const skipped = previous !== undefined && new RegExp(`(?:^|\\n)[^\\S\\r\\n]*(?:Part )?${expected}\\.?(?=[ \\t\\r\\n])`).test(between);
      if (previous && previous.read.kind === read.kind && read.ordinal !== previous.read.ordinal + 1 && !skipped) {
        const at = model.text.indexOf(h.label, h.span.start);
        const span = { start: at, end: at + h.label.length };
        report({ span, messageId: 'sequence', data: { found: h.label, previous: previous.label, expected }, fix: { title: `Number it "${expected}"`, edits: [{ span, newText: expected }] } });
      }
      previous = { label: h.label, read, end: h.span.end };
    }

    let heading: Heading | undefined;
    let lastNumber: number | undefined;
    let mode: { how: 'restart' | 'run on'; label: string } | undefined;
    for (const p of operativeParagraphs(model)) {
      if (!p.number) continue;
      const value = p.number.value;
      const newSection = p.heading !== undefined && p.heading !== heading;
      heading = p.heading;
      if (newSection && lastNumber !== undefined && p.heading) {
        const how = p.restartsNumbering || value === 1 ? 'restart' : value === lastNumber + 1 ? 'run on' : undefined;
        const label = p.heading.label ?? p.heading.text;
        if (how && !mode) mode = { how, label };
        else if (how && mode && how !== mode.how) {
          report({ span: p.number.span, messageId: 'mixed', data: { first: describe(mode.how), firstLabel: mode.label, this: describe(how), label } });
        }
      }
      lastNumber = value;
    }
  },
};

function describe(how: 'restart' | 'run on'): string {
  return how === 'restart' ? 'restart at 1' : 'run on';
}
