import bindingData from '../data/bindingLanguage.json';
import { openerInfo } from '../model/derived';
import type { Profile } from '../config/profiles';
import type { Paragraph } from '../model/types';
import { resolutionParagraphs } from './documentFacts';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import type { Rule } from './types';

interface OpenerEntry {
  readonly head: string;
  /** Phrases one of which the paragraph must contain (`all necessary means`); none: the head alone. */
  readonly with?: readonly string[];
  readonly instead: string;
  readonly profiles: readonly Profile[];
  readonly why: string;
}

const data = bindingData as unknown as {
  readonly modals: { readonly words: readonly string[]; readonly instead: string; readonly profiles: readonly Profile[]; readonly exemptHeads: readonly string[] };
  readonly openers: readonly OpenerEntry[];
  readonly seized: { readonly heads: readonly string[]; readonly phrases: readonly string[]; readonly profiles: readonly Profile[] };
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase of the data as a pattern: words separated by white space or italics markers (one class, linear). */
const phrasePattern = (phrase: string) => phrase.split(' ').map(escape).join('[ \\t\\u00a0\\r\\n_*]+');
/** Any of some phrases, case-insensitive, as whole words. */
const anyOf = (phrases: readonly string[]) => new RegExp(`\\b(?:${phrases.map(phrasePattern).join('|')})\\b`, 'gi');

const MODAL = anyOf(data.modals.words);
const SEIZED = anyOf(data.seized.phrases);
const WITH = new Map(data.openers.filter((o) => o.with).map((o) => [o, anyOf(o.with!)] as const));

/** The matches of a global pattern in `[start, end)` of a text (searched in a slice: linear in the span). */
function* matches(re: RegExp, text: string, start: number, end: number): Generator<{ index: number; text: string }> {
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) yield { index: start + m.index, text: m[0] };
}

/**
 * OP-08: General Assembly, ECOSOC and Human Rights Council resolutions recommend; `shall` and
 * `must`, `Demands`, `Authorizes … all necessary means`, `Decides, acting under Chapter VII` and the
 * closing `Decides to remain seized of the matter` are the language of the Security Council.
 */
export const bindingLanguage: Rule = {
  meta: {
    id: 'binding-language',
    description: 'Outside the Security Council, operative paragraphs recommend: no `shall`/`must` outside procedural `Decides` paragraphs, no `Demands`, `Authorizes … all necessary means` or `remain seized of the matter` (a hint).',
    category: 'operative',
    defaultSeverity: 'hint',
    fixable: false,
    scope: 'block',
    conventions: ['OP-08', 'SKEL-15', 'MUN-04'],
    messages: {
      modal: '"{{found}}" binds, and only the Security Council takes binding decisions (Article 25 of the Charter); {{organ}} resolutions recommend: write "{{instead}}", or "Calls upon … to", "Urges … to".',
      opener: '"{{found}}" is Security Council language ({{why}}); {{organ}} resolutions usually write "{{instead}}".',
      seized: '"{{found}}" is the closing formula of the Security Council; {{organ}} resolutions end with a request for a report or by placing the item on the provisional agenda of a later session.',
    },
  },
  check({ model, settings, report }) {
    const profile = settings.profile;
    // Binding language is right in a Security Council text (a Model UN "Historical Security Council" too).
    if (profile === 'sc' || /security[ \t\u00a0]+council/i.test(model.organ?.name ?? '')) return;
    const organ = (settings.profileStyle.organ ?? model.organ?.name ?? 'General Assembly').replace(/\s+/g, ' ');
    const s = model.masked;
    const spoken = (text: string) => text.replace(/[_*]/g, '').replace(/\s+/g, ' ');
    const modals = data.modals.profiles.includes(profile);
    const openers = data.openers.filter((o) => o.profiles.includes(profile));
    const seized = data.seized.profiles.includes(profile);
    for (const p of resolutionParagraphs(model)) {
      if (p.part !== 'operative') continue;
      const head = openerInfo(model, p).operative;
      const phrase = head?.entry.phrase;
      if (head) {
        for (const o of openers) {
          if (o.head !== phrase) continue;
          const re = WITH.get(o);
          if (re && !first(re, s, p, (m) => !skipped(model, m.index, m.index + m.text.length, SKIP_DEFAULT))) continue;
          report({ span: { start: head.start, end: head.end }, messageId: 'opener', data: { found: head.text, why: o.why, organ, instead: o.instead } });
          break;
        }
      }
      if (seized && phrase !== undefined && data.seized.heads.includes(phrase)) {
        const m = first(SEIZED, s, p, (x) => !skipped(model, x.index, x.index + x.text.length, SKIP_DEFAULT));
        if (m) report({ span: { start: m.index, end: m.index + m.text.length }, messageId: 'seized', data: { found: spoken(m.text), organ } });
      }
      if (modals && !(phrase !== undefined && data.modals.exemptHeads.includes(phrase))) {
        for (const m of matches(MODAL, s, p.body.start, p.fullSpan.end)) {
          const span = { start: m.index, end: m.index + m.text.length };
          if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
          report({ span, messageId: 'modal', data: { found: m.text, organ, instead: data.modals.instead } });
        }
      }
    }
  },
};

/** The first match in a paragraph (sub-paragraphs included) that passes `keep`. */
function first(re: RegExp, text: string, p: Paragraph, keep: (m: { index: number; text: string }) => boolean): { index: number; text: string } | undefined {
  for (const m of matches(re, text, p.body.start, p.fullSpan.end)) if (keep(m)) return m;
  return undefined;
}
