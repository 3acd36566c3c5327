import { memo } from '../model/derived';
import { FAMILY_NAMES, documentFacts, footnoteBody, type Family } from './documentFacts';
import { lineAt, skipSpace, trimEnd } from '../model/text';
import type { DocumentModel, Span } from '../model/types';
import type { Rule } from './types';
import { atSentenceStart, SKIP_DEFAULT, skipped } from './kinds/text';
import { symbolTokens, type SymbolToken } from './kinds/symbols';
import { citations } from './kinds/citations';
import { DETERMINERS, literalOffsets, matchesAtOffsets, wordBefore } from './util';

/** The resolution number a resolution symbol stands for: `A/RES/59/50` → `59/50`, `S/RES/1631 (2005)` → `1631 (2005)`. */
export function resolutionNumberOf(t: SymbolToken): string | undefined {
  const c = t.components.map((x) => x.text);
  let rest: string[];
  if ((t.series === 'A' || t.series === 'S' || t.series === 'E') && c[0] === 'RES') rest = c.slice(1);
  else if (t.series === 'A' && c[0] === 'HRC' && c[1] === 'RES') rest = c.slice(2);
  else return undefined;
  if (rest.length === 0 || rest.length > 2 || !rest.every((x) => /^(?:(?:S|ES)-)?\d{1,4}$/.test(x))) return undefined;
  return `${rest.join('/')}${t.suffix ? ` (${t.suffix.inner})` : ''}`;
}

/** The organ whose resolution a resolution symbol names: `A/RES/…` the Assembly, `S/RES/…` the Council, … */
function organOf(t: SymbolToken): Family {
  if (t.series === 'S') return 'sc';
  if (t.series === 'E') return 'ecosoc';
  return t.components[0]?.text === 'HRC' ? 'hrc' : 'ga';
}

/** Whether only white space shares the line with a span (the line's first and last characters, memoised per line). */
function aloneOnLine(model: DocumentModel, span: Span): boolean {
  const bounds = memo(model, 'resolution-reference:lineBounds', () => new Map<number, Span>());
  const index = lineAt(model.lines, span.start);
  let b = bounds.get(index);
  if (!b) {
    const line = model.lines[index];
    const start = skipSpace(model.masked, line.start, line.end);
    b = { start, end: trimEnd(model.masked, start, line.end) };
    bounds.set(index, b);
  }
  return b.start === span.start && b.end === span.end;
}

/** Whether `[start, end)` is in running text: a paragraph of the body or the annex, not the header or a footnote. */
function runningText(model: DocumentModel, span: Span): boolean {
  const organEnd = model.organ?.span.end ?? model.header.span.end;
  if (span.start < organEnd) return false;
  if (model.closing && span.start >= model.closing.span.start && span.end <= model.closing.span.end) return false;
  return !skipped(model, span.start, span.end, { footnotes: true, quotes: true, titles: true });
}

/**
 * Where the text of each footnote starts (after opening emphasis and quotation marks, as
 * footnote-capital reads it): a footnote starts with a capital whatever white space (a NEL, say)
 * follows its `[^1]:`, so `Resolution` there stays capitalized.
 */
function footnoteTextStarts(model: DocumentModel): Set<number> {
  const out = new Set<number>();
  for (const d of model.footnoteDefinitions) {
    const body = footnoteBody(model, d);
    let i = 0;
    while (i < body.length && (body[i] === '_' || body[i] === '*' || body[i] === '“' || body[i] === '"')) i++;
    out.add(d.textSpan.start + i);
  }
  return out;
}

/** Sticky: tried where `Resolution` occurs (`matchesAtOffsets`). */
const CAPITAL = /\bResolutions?(?=[ \t\u00a0]+(?:(?:S|ES)-)?\d)/y;
/** After `Resolution`: the number, then `, Advisory Opinion` (the title of an opinion of the Court), in a bounded slice. */
const ADVISORY_OPINION = /^[ \t\u00a0]+\d[\d/]*(?:[ \t\u00a0]*\(\d{4}\))?,[ \t\u00a0]*Advisory[ \t\u00a0]+Opinion\b/;
/** Sticky: tried where `resolution` occurs (`matchesAtOffsets`). */
const BARE_YEAR = /\b(resolutions?[ \t\u00a0]+)(\d{1,4})[ \t\u00a0]+((?:19|20)\d\d)(?![\d/])(?![ \t\u00a0]*\()/y;

/**
 * REF-04: resolutions are cited by number (`resolution 59/50`), never by symbol; `resolution` is
 * lower case except where a sentence or a footnote starts; a Security Council year is in
 * parentheses after a space (`1631 (2005)`).
 */
export const resolutionReference: Rule = {
  meta: {
    id: 'resolution-reference',
    description: 'Resolutions are cited as `resolution 59/50` or `resolution 1631 (2005)` in running text: not by their symbol (`A/RES/59/50`), with `resolution` in lower case mid-sentence.',
    category: 'references',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['REF-04', 'LANG-03'],
    messages: {
      symbol: 'Cite a resolution by its number, not its symbol: write "{{fixed}}".',
      symbolNoFix: 'Cite a resolution by its number, not its symbol "{{found}}": write "resolution …".',
      capital: '"resolution" is lower case in running text: write "{{fixed}}".',
      yearSpace: 'Put a space before the year in parentheses: write "{{fixed}}".',
      yearParentheses: 'A Security Council resolution number takes its year in parentheses: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    const own = documentFacts(model).family ?? 'ga';
    for (const t of symbolTokens(model)) {
      if (!t.known || !runningText(model, t.span)) continue;
      // A symbol alone on its line is a running head of extracted PDF text (PARSE-01), not a citation.
      if (aloneOnLine(model, t.span)) continue;
      const number = resolutionNumberOf(t);
      if (number === undefined) {
        if (t.components[0]?.text === 'RES' || t.components[1]?.text === 'RES') report({ span: t.span, messageId: 'symbolNoFix', data: { found: t.text } });
        continue;
      }
      // `resolution A/RES/59/50` keeps its word; `Recalling A/RES/59/50` gets one. Another organ's
      // resolution is named with the organ (REF-04): in a General Assembly text, `S/RES/2417 (2018)`
      // is `Security Council resolution 2417 (2018)`, never `resolution 2417 (2018)`, which would
      // read as the Assembly's own.
      const before = /resolutions?[ \t\u00a0]+$/i.exec(s.slice(Math.max(0, t.span.start - 14), t.span.start));
      const organ = organOf(t);
      const name = organ === own ? '' : `${FAMILY_NAMES[organ]} `;
      const named = !name || (before !== null && s.slice(Math.max(0, t.span.start - before[0].length - name.length), t.span.start - before[0].length).toLowerCase() === name.toLowerCase());
      const start = before && !named ? t.span.start - before[0].length : t.span.start;
      // The organ's own resolution, cited with no word before it, is `its resolution …` in the
      // texts of the Assembly and the Councils but the Security Council's (`Recalling A/RES/59/50` →
      // `Recalling its resolution 59/50`; found by a review: the fix wrote `resolution 59/50`, which
      // the message itself says to write as `its resolution`), unless a determiner stands before it.
      const its = !name && own !== 'sc' && !DETERMINERS.has(wordBefore(s, t.span.start).toLowerCase()) ? 'its ' : '';
      const fixed = before ? (named ? number : `${name}${before[0]}${number}`) : `${name}${its}resolution ${number}`;
      report({ span: t.span, messageId: 'symbol', data: { fixed: before && named ? `${before[0]}${number}` : fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span: { start, end: t.span.end }, newText: fixed }] } });
    }
    const footnoteStarts = footnoteTextStarts(model);
    // Both patterns start with `[Rr]esolution`: they are tried only where it occurs.
    const offsets = literalOffsets(model, 'esolution');
    for (const m of matchesAtOffsets(s, offsets, 1, 0x52 /* R */, CAPITAL)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (atSentenceStart(s, span.start) || footnoteStarts.has(span.start) || span.start < (model.organ?.span.end ?? model.header.span.end)) continue;
      // `2 Resolution 49/57, annex.`: a footnote body of plain PDF text starts with its number.
      if (/(?:^|\n)[ \t\u00a0]*\d{1,3}[ \t\u00a0]+$/.test(s.slice(Math.max(0, span.start - 8), span.start))) continue;
      // The title of an advisory opinion of the International Court of Justice keeps its capital:
      // `… (South West Africa) notwithstanding Security Council Resolution 276 (1970), Advisory
      // Opinion, I.C.J. Reports 1971` (S/RES/301 of the corpus).
      if (ADVISORY_OPINION.test(s.slice(span.end, span.end + 60))) continue;
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const fixed = m[0].toLowerCase();
      report({ span, messageId: 'capital', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    }
    for (const c of citations(model)) {
      for (const item of c.items) {
        if (!item.suffix || item.suffix.spaced || item.slashed || skipped(model, item.span.start, item.span.end, SKIP_DEFAULT)) continue;
        const at = { start: item.suffix.span.start, end: item.suffix.span.start };
        const fixed = `${s.slice(item.numberSpan.start, item.numberSpan.end)} (${item.suffix.text})`;
        report({ span: { start: item.numberSpan.start, end: item.suffix.span.end }, messageId: 'yearSpace', data: { fixed }, fix: { title: 'Add a space before the parenthesis', edits: [{ span: at, newText: ' ' }] } });
      }
    }
    for (const m of matchesAtOffsets(s, offsets, 1, 0x72 /* r */, BARE_YEAR)) {
      const start = m.index + m[1].length;
      const span = { start, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const fixed = `${m[2]} (${m[3]})`;
      report({ span, messageId: 'yearParentheses', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    }
  },
};
