/** Drafts and random edits shared by the tests of incremental work (lint, reparse). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { importResolution } from '../../server/src/core/import';
import { generateDraft } from '../../bench/generate';

const shared = new URL('../../../shared/', import.meta.url);

/** The drafts the edit tests start from: the examples, the fixtures, every fifth imported GA corpus text, generated drafts (LF and CRLF). */
export function editedDrafts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const f of readdirSync(new URL('examples/', shared)).filter((f) => f.endsWith('.unres')).sort()) {
    out.push({ name: `examples/${f}`, text: readFileSync(new URL(`examples/${f}`, shared), 'utf8') });
  }
  const fixtures = new URL('../fixtures/', import.meta.url);
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.unres')).sort()) out.push({ name: `fixtures/${f}`, text: readFileSync(new URL(f, fixtures), 'utf8') });
  for (const folder of ['ga-80', 'pdf-text']) {
    const dir = new URL(`corpus/${folder}/`, shared);
    if (!existsSync(dir)) continue;
    // Every fifth text: enough variety, and the test stays within a few seconds.
    for (const f of readdirSync(dir).sort().filter((_, i) => i % 5 === 0)) {
      const r = importResolution(readFileSync(new URL(f, dir), 'utf8'));
      if (r.ok) out.push({ name: `${folder}/${f}`, text: r.text });
    }
  }
  out.push({ name: 'kept findings', text: keptFindingsDraft() });
  out.push({ name: 'generated (60 OP)', text: generateDraft({ operative: 60, seed: 7 }).text });
  out.push({ name: 'generated CRLF (30 OP)', text: generateDraft({ operative: 30, seed: 8 }).text.replace(/\n/g, '\r\n') });
  return out;
}

/**
 * A draft on which the document-scope rules that keep a result per paragraph or block from one
 * version to the next (`context.keep`: preamble-order, footnote-missing-source, annex-reference)
 * report in many places: lists of resolutions out of order in `Recalling` paragraphs, titles of
 * instruments without a footnote, references to sections that do not exist. Edits of it show
 * whether what was kept for the paragraphs an edit did not touch is still right.
 */
function keptFindingsDraft(): string {
  const preamble: string[] = [];
  const operative: string[] = [];
  for (let i = 0; i < 12; i++) {
    const [a, b] = [50 + i, 60 + i];
    preamble.push(i % 2 === 0 ? `_Recalling_ its resolutions ${b}/${10 + i} of 2 December ${1945 + b} and ${a}/${20 + i} of 4 November ${1945 + a}` : `_Recalling also_ its resolutions ${a}/${20 + i} of 4 November ${1945 + a} and ${b}/${10 + i} of 2 December ${1945 + b}`);
    preamble.push(`_Welcoming_ the ${['Vienna', 'Sendai', 'Doha', 'Almaty'][i % 4]} Declaration on Cooperation ${i}`);
    operative.push(`${i + 1}. _Requests_ the Secretary-General to report on the implementation of section ${['II', 'III', 'IV', 'V'][i % 4]} of the present resolution and of the Global Strategy for Partnership ${i % 3};`);
  }
  operative[operative.length - 1] = operative[operative.length - 1].replace(/;$/, '.');
  return `Seventy-third session\nAgenda item 128 (t)\n\n73/331. Cooperation between the United Nations and the Collective Security Treaty Organization\n\nThe General Assembly,\n\n${preamble.map((p) => `${p},\n\n`).join('')}I\n\n${operative.join('\n\n')}\n`;
}

/** What drafters type: words, marks, line breaks, comments, footnotes, dates, symbols, URLs. */
export const SNIPPETS = [
  'a',
  ' ',
  'organisation ',
  'U.N. ',
  'the Secretary General ',
  '“',
  '"',
  '_',
  '<!-- ',
  ' -->',
  '[^1]',
  '\n',
  '\n\n',
  '25 July, 2019 ',
  '10–12 ',
  ' - ',
  'this resolution ',
  '(a) ',
  '5. ',
  ';',
  '.',
  'Turkey ',
  'the SDGs ',
  'Sustainable Development Goals (SDGs) ',
  'NGOs ',
  "MONUC's ",
  'https://www.un.org/en/ga ',
  'A/73/L.103/Add.1 ',
  '“quoted ',
];

/** An edit of a draft: the new text from the old one and a random source. */
export type Edit = (text: string, random: () => number) => string;

/** Edits as drafters make them: typing a snippet, deleting characters or a line, pasting a block, replacing a character. */
export const EDITS: readonly Edit[] = [
  // Type a snippet somewhere.
  (t, r) => {
    const at = Math.floor(r() * (t.length + 1));
    return t.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + t.slice(at);
  },
  // Delete a few characters.
  (t, r) => {
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 6));
  },
  // Delete a whole line.
  (t, r) => {
    const lines = t.split('\n');
    lines.splice(Math.floor(r() * lines.length), 1);
    return lines.join('\n');
  },
  // Duplicate a block (paste a paragraph below another).
  (t, r) => {
    const blocks = t.split('\n\n');
    const i = Math.floor(r() * blocks.length);
    blocks.splice(Math.floor(r() * blocks.length), 0, blocks[i]);
    return blocks.join('\n\n');
  },
  // Replace one character by another.
  (t, r) => {
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + 'xé;,.“”_'[Math.floor(r() * 8)] + t.slice(at + 1);
  },
];
