import { memo, openerInfo } from '../model/derived';
import type { DocumentModel } from '../model/types';
import type { PhraseMatch } from '../data/lexicon';
import { documentFacts, resolutionParagraphs } from './documentFacts';
import { placeKey, replacePhrase } from './util';
import type { Rule } from './types';

/** Words after a postposed `further` that make it an adverb (`Decides further that`), not an adjective (`Encourages further cooperation`). */
const ADVERB_CONTEXT = new Set(['that', 'to', 'the', 'all', 'its', 'their', 'his', 'her', 'upon', 'on', 'in', 'with', 'both', 'each', 'every', 'member', 'states', 'a', 'an', 'any', 'those', 'these', 'this', 'relevant', 'governments', 'parties', 'of', 'for', 'at', 'by', 'once', 'also']);

/** Current GA practice puts `Also`/`Further` before the verb (CONVENTIONS.md 0.2, finding 4). */
const PREPOSED_FROM_SESSION = 70;

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
function lowerFirst(s: string): string {
  return s ? s[0].toLowerCase() + s.slice(1) : s;
}

interface Placed {
  readonly match: PhraseMatch;
  readonly order: 'pre' | 'post';
  readonly particle: string;
  /** The same phrase in the other order. */
  readonly swapped: string;
}

function placement(match: PhraseMatch, next: string | undefined): Placed | undefined {
  const adverb = match.adverb?.toLowerCase();
  if (adverb === 'also' || adverb === 'further') {
    if (match.particles.length > 0) return undefined;
    const head = match.text.split(' ').slice(1).join(' ');
    return { match, order: 'pre', particle: adverb, swapped: `${capitalize(head)} ${adverb}` };
  }
  const particle = match.particles[0]?.toLowerCase();
  if (match.adverb || match.particles.length !== 1 || (particle !== 'also' && particle !== 'further')) return undefined;
  if (particle === 'further' && !(next && ADVERB_CONTEXT.has(next.toLowerCase()))) return undefined;
  const head = match.text.split(' ').slice(0, -1).join(' ');
  return { match, order: 'post', particle, swapped: `${capitalize(particle)} ${lowerFirst(head)}` };
}

/** OP-06: `Also decides`, `Further requests` — one order per document, preposed in current GA texts. */
export const operativeAdverbPosition: Rule = {
  meta: {
    id: 'operative-adverb-position',
    description: 'Operative paragraphs put `Also`/`Further` before the verb in current General Assembly texts (`Also decides`), and one order is kept throughout a document.',
    category: 'operative',
    defaultSeverity: 'hint',
    fixable: true,
    scope: 'block',
    conventions: ['OP-06'],
    messages: {
      current: 'Current General Assembly texts put `{{particle}}` before the verb: write `{{expected}}`.',
      mixed: 'This text writes `{{first}}` above: keep one order and write `{{expected}}`.',
    },
  },
  check({ model, report, whole }) {
    const placed = placements(model);
    if (placed.length === 0) return;
    const currentGa = isCurrentGa(model);
    // Outside current GA texts the first placement of the whole draft sets the order (run over the
    // paragraphs an edit touched, it may lie elsewhere).
    const first = currentGa ? undefined : (firstPlacement(whole?.model ?? model) ?? placed[0]);
    const preferred = first ? first.order : 'pre';
    for (const x of placed) {
      if (x.order === preferred) continue;
      const edit = replacePhrase(model, x.match, x.swapped);
      report({
        span: { start: x.match.start, end: x.match.end },
        messageId: currentGa ? 'current' : 'mixed',
        data: { particle: capitalize(x.particle), expected: x.swapped, first: first?.match.text ?? '' },
        fix: edit ? { title: `Write "${x.swapped}"`, edits: [edit] } : undefined,
      });
    }
  },
  facts(model) {
    // Outside current GA texts: the first placement, which sets the order of the others.
    if (isCurrentGa(model)) return '';
    const first = firstPlacement(model);
    return first ? `${first.order} ${first.match.text} ${placeKey(model, first.match.start)}` : '-';
  },
};

/** `Also`/`Further` placed in the operative openers of a draft, in document order (the first alone with `firstOnly`). */
function placements(model: DocumentModel, firstOnly = false): Placed[] {
  const placed: Placed[] = [];
  for (const p of resolutionParagraphs(model)) {
    if (p.part !== 'operative') continue;
    const info = openerInfo(model, p);
    const m = info.operative;
    if (!m || (info.preambular && info.preambular.wordCount > m.wordCount)) continue;
    const next = info.words[m.wordCount]?.text;
    const x = placement(m, next);
    if (x) {
      placed.push(x);
      if (firstOnly) break;
    }
  }
  return placed;
}

/** The first placement of a draft (memoised). */
function firstPlacement(model: DocumentModel): Placed | undefined {
  return memo(model, 'adverbPosition:first', () => placements(model, true)[0]);
}

/** Whether a draft is a current General Assembly text (session 70 on), where the adverb goes first. */
function isCurrentGa(model: DocumentModel): boolean {
  const facts = documentFacts(model);
  const session = facts.session?.number ?? (model.header.title?.number && /^\d{1,3}$/.test(model.header.title.number.session) ? Number(model.header.title.number.session) : undefined);
  return (!facts.family || facts.family === 'ga') && (session === undefined || session >= PREPOSED_FROM_SESSION);
}
