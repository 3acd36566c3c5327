/**
 * Regenerates the parts of the docs made from the rule registry: the rules table in README.md and
 * the index in server/docs/rules/README.md. `npm run docs`; a unit test fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../server/src/core/rules';

const root = new URL('../', import.meta.url);

/** The Markdown table of rules, linking each page relative to `base`. */
export function rulesTable(base: string): string {
  const rows = rules.map((r) => `| [\`${r.meta.id}\`](${base}${r.meta.id}.md) | ${r.meta.category} | ${r.meta.defaultSeverity} | ${r.meta.fixable ? 'yes' : 'no'} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | category | default severity | fixable | checks that |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers ${start} … ${end} not found`);
  return `${text.slice(0, a + start.length)}\n${content}\n${text.slice(b)}`;
}

/** The generated files and their expected contents. */
export function generated(): { file: URL; content: string }[] {
  const readme = new URL('README.md', root);
  const index = new URL('server/docs/rules/README.md', root);
  return [
    { file: readme, content: replaceBetween(readFileSync(readme, 'utf8'), 'rules', rulesTable('server/docs/rules/')) },
    { file: index, content: replaceBetween(readFileSync(index, 'utf8'), 'rules', rulesTable('./')) },
  ];
}

if (process.argv.includes('--write')) {
  for (const { file, content } of generated()) writeFileSync(file, content);
  console.log('docs regenerated from the rule registry');
}
