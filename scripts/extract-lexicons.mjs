// Extracts the phrase lexicons of ../shared/CONVENTIONS.md (sections 2.1, 3.2, 3.3) into
// server/src/core/data/*.json. Run once when CONVENTIONS.md changes; the JSON is committed.
import { readFileSync, writeFileSync } from 'node:fs';

const src = readFileSync(new URL('../../shared/CONVENTIONS.md', import.meta.url), 'utf8');
const SOURCE = 'shared/CONVENTIONS.md';

function tsvAfter(heading) {
  const at = src.indexOf(heading);
  if (at < 0) throw new Error(`heading not found: ${heading}`);
  const start = src.indexOf('```tsv', at);
  const end = src.indexOf('```', start + 6);
  const lines = src.slice(start + 6, end).trim().split('\n');
  const cols = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}

const split = (s) => (s && s !== '-' ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);
const byPhrase = (a, b) => a.phrase.localeCompare(b.phrase, 'en');

// Phrases the lexicon marks `MUN` that adopted texts of ../shared/corpus use: not Model UN only
// (the rules report a `MUN` phrase in the UN profiles), with where they occur.
const ATTESTED = {
  'Noting with approval': 'S/RES/833 (1993)',
};
const attested = (phrase, status) => (ATTESTED[phrase] && status === 'MUN' ? `MUN (and in adopted texts: ${ATTESTED[phrase]})` : status);

const preambular = tsvAfter('### 2.1 Preambular opener lexicon').map((r) => ({
  phrase: r.opener,
  kind: r.kind,
  continuations: split(r.continuations),
  operative: split(r.operative).filter((x) => x !== '...'),
  status: attested(r.opener, r.status),
})).sort(byPhrase);

const operative = tsvAfter('### 3.2 Operative verb lexicon').map((r) => ({
  phrase: r.verb,
  continuations: split(r.continuation),
  // MUN-only rows carry '-' in the status column and the status in the note column.
  status: attested(r.verb, r.status && r.status !== '-' ? r.status : r.note),
  note: r.status && r.status !== '-' ? r.note || undefined : undefined,
})).sort(byPhrase);

writeFileSync(new URL('../server/src/core/data/preambularPhrases.json', import.meta.url),
  JSON.stringify({ source: `${SOURCE}, section 2.1 (Preambular opener lexicon)`, phrases: preambular }, null, 2) + '\n');
writeFileSync(new URL('../server/src/core/data/operativePhrases.json', import.meta.url),
  JSON.stringify({ source: `${SOURCE}, section 3.2 (Operative verb lexicon)`, phrases: operative }, null, 2) + '\n');
console.log(`preambular: ${preambular.length}, operative: ${operative.length}`);
