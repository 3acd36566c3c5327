import { openerInfo } from '../model/derived';
import type { Word } from '../data/lexicon';
import type { DocumentModel, Paragraph } from '../model/types';
import { compareDates, readDate, resolutionParagraphs, type DateValue } from './documentFacts';
import { scanCitations, type CitedResolution } from './kinds/citations';
import { isSecurityCouncilText, skipped } from './kinds/text';
import type { Rule } from './types';

/** `Acting under Chapter VII` (also `Acting also under …`): the words of the opener, italics markers skipped. */
function chapterSeven(words: readonly Word[]): Word | undefined {
  if (words[0]?.text !== 'Acting') return undefined;
  let i = 1;
  if (/^(?:also|further)$/.test(words[i]?.text ?? '')) i++;
  return words[i]?.text === 'under' && words[i + 1]?.text === 'Chapter' && words[i + 2]?.text === 'VII' ? words[i + 2] : undefined;
}

/**
 * Where a cited resolution stands in time, when its number says it: the old GA and ECOSOC numbers
 * and Security Council numbers (`2625 (XXV)`, `1325 (2000)`) by their number, the session or year
 * numbers (`59/50`, `2004/15`, `5/1`) after them by session then serial. Special and emergency
 * special session numbers (`S-10/2`, `ES-10/19`) run in series of their own: not compared.
 */
function orderKey(item: CitedResolution): readonly [number, number, number] | undefined {
  const m = /^(\d{1,4})(?:\/(\d{1,4}))?$/.exec(item.number);
  if (!m) return undefined;
  return m[2] === undefined ? [0, Number(m[1]), 0] : [1, Number(m[1]), Number(m[2])];
}

/**
 * Where a cited resolution stands: the date given with it, else its number (`orderKey`); and where
 * it is written, relative to its paragraph. Offsets and values only (kept from one version to the
 * next, it must not hold a slice of the text, which would keep that version alive).
 */
interface Place {
  /** The number (`59/50`, with the letters of a composite one). */
  readonly numberStart: number;
  readonly numberEnd: number;
  /** The end of the label shown in the message: the number and its year or session (`1325 (2000)`). */
  readonly labelEnd: number;
  readonly key?: readonly number[];
  readonly date?: DateValue;
  /** `47/20 B`: the parts of a composite resolution are adopted on different dates. */
  readonly composite: boolean;
}

function placeOf(item: CitedResolution): Place {
  return {
    numberStart: item.numberSpan.start,
    numberEnd: item.numberSpan.end,
    labelEnd: item.suffix?.span.end ?? item.numberSpan.end,
    key: orderKey(item),
    date: item.date ? readDate(item.date.text)?.value : undefined,
    composite: item.numberSpan.end - item.numberSpan.start > item.number.length,
  };
}

/** A citation of two or more resolutions in a `Recalling` paragraph, relative to the paragraph's start. */
interface RecalledList {
  readonly start: number;
  readonly end: number;
  readonly places: readonly Place[];
}

const NONE: readonly RecalledList[] = [];

/** Whether `b` was adopted before `a` although cited after it; undefined when the two cannot be compared. */
function earlier(b: Place, a: Place): boolean | undefined {
  // Numbers without a session (Security Council, GA and ECOSOC before 1976) run in the order of
  // adoption: trust them over a date, which may be misprinted (`93 (1951) of 18 May 1948`, S/RES/171 (1962)).
  const serial = a.key?.[0] === 0 && b.key?.[0] === 0 && !a.composite && !b.composite;
  if (!serial && a.date && b.date) return compareDates(b.date, a.date) < 0;
  if (a.composite || b.composite || !a.key || !b.key) return undefined;
  for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i] < a.key[i];
  return false;
}

function isRecalling(model: DocumentModel, p: Paragraph): boolean {
  // `Recalling`, `Recalling also`, and the Model UN entries `Further recalling`, `Also recalling`;
  // the lexicon is asked only when the paragraph's first words hold the word.
  if (!/ecalling/i.test(model.masked.slice(p.opener.textStart, p.opener.textStart + 24))) return false;
  const phrase = p.part === 'preamble' ? openerInfo(model, p).preambular?.entry.phrase : undefined;
  return phrase !== undefined && /^(?:(?:Also|Further) r|R)ecalling$/.test(phrase);
}

/**
 * PRE-07: in a Security Council text `Acting under Chapter VII of the Charter of the United
 * Nations,` is the last preambular paragraph; a `Recalling` paragraph lists resolutions oldest
 * first. Both are practice, not rules of the Editorial Manual: hints.
 */
/**
 * The citations of two or more resolutions in a `Recalling` paragraph (or its sub-paragraphs), from
 * a scan of its text alone (the same as those of the whole draft there, since a citation never
 * crosses a blank line), offsets relative to the paragraph's start.
 */
function recalledLists(model: DocumentModel, p: Paragraph): readonly RecalledList[] {
  if (p.part !== 'preamble' || !isRecalling(model, p) || !model.masked.slice(p.body.start, p.fullSpan.end).includes('esolution')) return NONE;
  const out: RecalledList[] = [];
  for (const c of scanCitations(model.masked.slice(p.fullSpan.start, p.fullSpan.end))) {
    if (c.items.length >= 2) out.push({ start: c.keyword.start, end: c.items[c.items.length - 1].span.end, places: c.items.map(placeOf) });
  }
  return out.length > 0 ? out : NONE;
}

export const preambleOrder: Rule = {
  meta: {
    id: 'preamble-order',
    description: 'The preamble follows the conventional order: `Acting under Chapter VII of the Charter` last in a Security Council text, resolutions in a `Recalling` paragraph oldest first (a hint).',
    category: 'preamble',
    defaultSeverity: 'hint',
    fixable: false,
    conventions: ['PRE-07'],
    messages: {
      chapterSeven: '`{{found}}` is usually the last preambular paragraph of a Security Council resolution; here "{{next}}" follows it: move it down, just before the first operative paragraph.',
      ascending: 'Resolutions in a `Recalling` paragraph are usually listed oldest first: {{found}} comes after the later {{previous}}; list them in ascending order.',
    },
  },
  check({ model, settings, report, keep }) {
    const paragraphs = resolutionParagraphs(model);
    if (settings.profile === 'sc' || isSecurityCouncilText(model)) {
      paragraphs.forEach((p, i) => {
        if (p.part !== 'preamble') return;
        const words = openerInfo(model, p).words;
        const last = chapterSeven(words);
        if (!last) return;
        // The preambular paragraphs that follow it in the same part, up to the operative part;
        // further `Acting under …` paragraphs (`Acting also under Article 41`) may follow it.
        for (let j = i + 1; j < paragraphs.length; j++) {
          const q = paragraphs[j];
          if (q.part !== 'preamble' || q.heading !== p.heading) break;
          const next = openerInfo(model, q).words;
          if (next[0]?.text === 'Acting') continue;
          const found = model.masked.slice(words[0].start, last.end).replace(/[_*]/g, '').replace(/\s+/g, ' ');
          const shown = next.slice(0, 3).map((w) => w.text).join(' ') || model.masked.slice(q.body.start, Math.min(q.span.end, q.body.start + 30)).trim();
          report({ span: { start: words[0].start, end: last.end }, messageId: 'chapterSeven', data: { found, next: shown } });
          break;
        }
      });
    }
    // The citations of the `Recalling` paragraphs, each paragraph scanned alone: in the editor this
    // rule runs over the whole draft on every edit, and most paragraphs cite nothing. What a
    // paragraph cites depends on its own text alone: kept from one version to the next.
    const s = model.masked;
    for (const p of paragraphs) {
      if (p.part !== 'preamble') continue;
      const from = p.fullSpan.start;
      for (const c of keep({ start: from, end: p.fullSpan.end }, () => recalledLists(model, p))) {
        if (model.annex && c.start + from >= model.annex.span.start) continue;
        if (skipped(model, c.start + from, c.end + from, { quotes: true, footnotes: true, header: true })) continue;
        let previous: Place | undefined;
        for (const place of c.places) {
          if (previous && earlier(place, previous)) {
            const label = (x: Place) => s.slice(x.numberStart + from, x.labelEnd + from).replace(/\s+/g, ' ');
            report({ span: { start: place.numberStart + from, end: place.numberEnd + from }, messageId: 'ascending', data: { found: label(place), previous: label(previous) } });
            break;
          }
          if (place.key || place.date) previous = place;
        }
      }
    }
  },
};
