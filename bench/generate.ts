/**
 * Generated drafts for the scaling, latency and footprint measurements: a General Assembly draft
 * (L. document) with a header, a preamble of half as many paragraphs as the operative part,
 * numbered operative paragraphs with sub-paragraphs (some with (i), (ii) … below them), footnote
 * references and their definitions. Seeded, so every run lints the same text; `bench/run.ts`
 * checks that a generated draft lints clean, so the timings are those of a correct draft.
 */

/** A small seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Preambular openers with a continuation that does not lengthen the listed phrase. */
const PREAMBULAR: readonly [string, string][] = [
  ['Recalling', 'its resolution'],
  ['Recalling also', 'its resolutions'],
  ['Reaffirming', 'the'],
  ['Reaffirming also', 'the'],
  ['Noting with appreciation', 'the'],
  ['Welcoming', 'the'],
  ['Stressing', 'the importance of'],
  ['Recognizing', 'the'],
  ['Deeply concerned', 'about'],
  ['Bearing in mind', 'that'],
  ['Taking note', 'of'],
  ['Emphasizing', 'the'],
  ['Mindful', 'of'],
  ['Acknowledging', 'the'],
  ['Convinced', 'that'],
  ['Noting with concern', 'that'],
  ['Having considered', 'the report of the Secretary-General on'],
  ['Guided', 'by'],
  ['Underlining', 'the'],
  ['Expressing', 'its appreciation for'],
];

/** Operative openers with a continuation that does not lengthen the listed phrase. */
const OPERATIVE: readonly [string, string][] = [
  ['Decides', 'to'],
  ['Also decides', 'that'],
  ['Requests', 'the Secretary-General to'],
  ['Also requests', 'the Secretary-General to'],
  ['Calls upon', 'all States to'],
  ['Encourages', 'Member States to'],
  ['Urges', 'all States to'],
  ['Welcomes', 'the'],
  ['Invites', 'the'],
  ['Stresses', 'the importance of'],
  ['Reaffirms', 'the'],
  ['Takes note', 'of'],
  ['Emphasizes', 'the'],
  ['Recognizes', 'the'],
  ['Notes with appreciation', 'the'],
  ['Further requests', 'the Secretary-General to'],
  ['Expresses its appreciation', 'to'],
  ['Underlines', 'the'],
  ['Commends', 'the'],
  ['Reiterates', 'its call upon'],
];

const NOUNS = [
  'efforts of the United Nations system',
  'implementation of the 2030 Agenda for Sustainable Development',
  'role of regional and subregional organizations',
  'work of the Committee on the Peaceful Uses of Outer Space',
  'Collective Security Treaty Organization',
  'Office of the United Nations High Commissioner for Human Rights',
  'contributions of Member States, observers and civil society',
  'promotion and protection of human rights and fundamental freedoms',
  'prevention of an arms race in outer space',
  'safety and security of humanitarian personnel',
  'programme budget for the biennium 2026–2027',
  'Peacebuilding Commission and the Peacebuilding Fund',
  'United Nations Environment Programme',
  'least developed countries and small island developing States',
  'Treaty on the Non-Proliferation of Nuclear Weapons',
  'rights of persons with disabilities',
  'United Nations Convention on the Law of the Sea',
  'comprehensive review of the whole question of peacekeeping operations in all their aspects',
];

const VERBS = [
  'strengthen cooperation with',
  'continue to support',
  'submit to the General Assembly at its eighty-first session a report on',
  'take all necessary measures to ensure',
  'consider ways and means of enhancing',
  'give full effect to',
  'provide adequate resources for',
  'continue its consultations on',
];

const QUALIFIERS = [
  'within existing resources',
  'in accordance with the Charter of the United Nations',
  'in close cooperation with the relevant specialized agencies',
  'including through the exchange of information and best practices',
  'as appropriate and in a timely manner',
  'on the basis of equitable geographical distribution',
  'in particular in developing countries',
  'with the full and effective participation of women',
];

const MONTHS = ['October', 'November', 'December'];
const ORDINALS = ['Seventy-sixth', 'Seventy-seventh', 'Seventy-eighth'];
const SC_RESOLUTIONS = ['1325 (2000)', '1540 (2004)', '1820 (2008)', '2178 (2014)', '2250 (2015)', '2334 (2016)', '2419 (2018)', '2532 (2020)'];

/** The options of `generateDraft`. */
export interface DraftOptions {
  /** Number of operative paragraphs. */
  readonly operative: number;
  readonly seed?: number;
}

/** A generated draft and what it holds. */
export interface GeneratedDraft {
  readonly text: string;
  readonly preamble: number;
  readonly operative: number;
  readonly subparagraphs: number;
  readonly footnotes: number;
}

/** Generates a realistic, lint-clean draft with `operative` operative paragraphs. */
export function generateDraft(options: DraftOptions): GeneratedDraft {
  const random = rng(options.seed ?? 73331);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const footnotes: string[] = [];
  let subCount = 0;
  /** A footnote reference (numbered in order of first reference), sometimes. */
  const note = (p: number): string => {
    if (!chance(p)) return '';
    const n = footnotes.length + 1;
    const k = Math.floor(random() * ORDINALS.length);
    const supplement = 1 + Math.floor(random() * 53);
    footnotes.push(
      chance(0.5)
        ? `[^${n}]: Security Council resolution ${pick(SC_RESOLUTIONS)}.`
        : `[^${n}]: _Official Records of the General Assembly, ${ORDINALS[k]} Session, Supplement No. ${supplement}_ (A/${76 + k}/${supplement}), chap. ${pick(['I', 'II', 'III', 'IV', 'V'])}.`,
    );
    return `[^${n}]`;
  };
  /** A resolution of the General Assembly with a date inside its session. */
  const resolution = (): string => {
    const session = 60 + Math.floor(random() * 19);
    return `${session}/${1 + Math.floor(random() * 300)} of ${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${1945 + session}`;
  };
  /**
   * A clause of 1–4 parts, the body of a paragraph after its opening phrase. Footnote references
   * follow the comma that ends a part (`organizations,[^1]`); the paragraph adds the last one
   * after its own mark.
   */
  const body = (next: string): string => {
    // What follows the opener's continuation: a verb after `to`, a clause after `that`, else a noun.
    const head = /\bto$/.test(next) ? `${pick(VERBS)} the ${pick(NOUNS)}` : /\bthat$/.test(next) ? `the ${pick(NOUNS)} should ${pick(VERBS)} the ${pick(NOUNS)}` : /\bthe$/.test(next) ? pick(NOUNS) : `the ${pick(NOUNS)}`;
    const parts = [head];
    if (chance(0.7)) parts.push(`and ${pick(VERBS)} the ${pick(NOUNS)}`);
    if (chance(0.6)) parts.push(pick(QUALIFIERS));
    if (chance(0.3)) parts.push(`as set out in its resolution ${resolution()}`);
    let out = parts[0];
    for (let i = 1; i < parts.length; i++) {
      const ref = note(0.15);
      out += `,${ref} ${parts[i]}`;
    }
    return out;
  };

  const out: string[] = [
    'A/79/L.42',
    'General Assembly',
    'Distr.: Limited',
    '18 November 2024',
    'Original: English',
    '',
    'Seventy-ninth session',
    'Agenda item 128 (t)',
    'Cooperation between the United Nations and regional and other organizations',
    '',
    'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russian Federation and Tajikistan: draft resolution',
    '',
    'Cooperation between the United Nations and the Collective Security Treaty Organization',
    '',
    'The General Assembly,',
    '',
  ];
  const preamble = Math.max(1, Math.ceil(options.operative / 2));
  for (let i = 0; i < preamble; i++) {
    const [opener, next] = pick(PREAMBULAR);
    out.push(`_${opener}_ ${next} ${body(next)},${note(0.1)}`, '');
  }
  for (let n = 1; n <= options.operative; n++) {
    const last = n === options.operative;
    const mark = last ? '.' : ';';
    const [opener, next] = pick(OPERATIVE);
    if (!chance(0.15)) {
      out.push(`${n}. _${opener}_ ${next} ${body(next)}${mark}${note(0.05)}`, '');
      continue;
    }
    // A paragraph that introduces sub-paragraphs: a colon, then (a), (b) …, the first one
    // sometimes with (i), (ii) … below it; the last sub-paragraph carries the paragraph's mark.
    out.push(`${n}. _${opener}_ ${next} ${body(next)}:`, '');
    const letters = 2 + Math.floor(random() * 5);
    for (let k = 0; k < letters; k++) {
      const label = String.fromCharCode(97 + k);
      subCount++;
      if (k === 0 && chance(0.3)) {
        out.push(`(${label}) To ${pick(VERBS)} the ${pick(NOUNS)}:`, '');
        const romans = 2 + Math.floor(random() * 3);
        for (let r = 0; r < romans; r++) {
          subCount++;
          out.push(`(${['i', 'ii', 'iii', 'iv'][r]}) The ${pick(NOUNS)}, ${pick(QUALIFIERS)};`, '');
        }
        continue;
      }
      out.push(`(${label}) To ${body('to')}${k === letters - 1 ? mark : ';'}`, '');
    }
  }
  out.push(...footnotes);
  return { text: `${out.join('\n')}\n`, preamble, operative: options.operative, subparagraphs: subCount, footnotes: footnotes.length };
}
