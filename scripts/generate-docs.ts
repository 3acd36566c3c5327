/**
 * Regenerates the parts of the docs made from the rule registry and the profile data: the rules
 * table in README.md, the index in server/docs/rules/README.md and the "Severity by profile" table
 * of every rule's page (from core/data/profiles.json, the data the linter applies at run time).
 * `npm run docs`; a unit test fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PROFILES, PROFILE_RULES, profileSeverity } from '../server/src/core/config/profiles';
import { rules } from '../server/src/core/rules';
import type { Rule } from '../server/src/core/rules/types';

const root = new URL('../', import.meta.url);

/** The Markdown table of rules, linking each page relative to `base`. */
export function rulesTable(base: string): string {
  const rows = rules.map((r) => `| [\`${r.meta.id}\`](${base}${r.meta.id}.md) | ${r.meta.category} | ${r.meta.defaultSeverity} | ${r.meta.fixable ? 'yes' : 'no'} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | category | default severity | fixable | checks that |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The "Severity by profile" table of a rule's page: each profile's severity, notes below. */
export function profileTable(rule: Rule): string {
  const severities = PROFILES.map((p) => profileSeverity(p, rule.meta.id) ?? rule.meta.defaultSeverity);
  const notes = PROFILE_RULES[rule.meta.id]?.notes ?? {};
  const lines = [
    `| profile | ${PROFILES.map((p) => `\`${p}\``).join(' | ')} |`,
    `| --- | ${PROFILES.map(() => '---').join(' | ')} |`,
    `| severity | ${severities.join(' | ')} |`,
  ];
  const noted = PROFILES.filter((p) => notes[p]);
  if (noted.length) lines.push('', ...noted.map((p) => `- \`${p}\`: ${notes[p]}.`));
  lines.push('', 'Generated from `server/src/core/data/profiles.json`, the data the linter applies; a `rules` setting overrides it.');
  return lines.join('\n');
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
  const pages = rules.map((r) => {
    const file = new URL(`server/docs/rules/${r.meta.id}.md`, root);
    return { file, content: replaceBetween(readFileSync(file, 'utf8'), 'profile-severities', profileTable(r)) };
  });
  return [
    { file: readme, content: replaceBetween(readFileSync(readme, 'utf8'), 'rules', rulesTable('server/docs/rules/')) },
    { file: index, content: replaceBetween(readFileSync(index, 'utf8'), 'rules', rulesTable('./')) },
    ...pages,
  ];
}

if (process.argv.includes('--write')) {
  for (const { file, content } of generated()) writeFileSync(file, content);
  console.log('docs regenerated from the rule registry');
}
