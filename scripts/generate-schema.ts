/**
 * Generates server/docs/unresrc.schema.json, the JSON schema of `.unresrc.json`, from the rule
 * registry, the profiles and the setting values. `tsx scripts/generate-schema.ts --write`; a unit
 * test (test/unit/schema.test.ts) fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { CONFIG_FILE_NAME } from '../server/src/core/config/configFile';
import { DEFAULT_PROFILE, PROFILES, PROFILE_DESCRIPTIONS } from '../server/src/core/config/profiles';
import { FOOTNOTE_STYLES, SEVERITIES, SPELLINGS } from '../server/src/core/config/settings';
import { rules } from '../server/src/core/rules';

/** Where the schema is written. */
export const SCHEMA_FILE = new URL('../server/docs/unresrc.schema.json', import.meta.url);

const FOOTNOTE_STYLE_DESCRIPTIONS: Record<string, string> = {
  auto: 'Follow the session line: legacy up to the seventy-fourth session, current from the seventy-fifth.',
  legacy: 'A repeated citation repeats the footnote number (texts up to the seventy-fourth session).',
  current: 'A repeated citation prints a new footnote with the same text (the Editorial Manual since 2020).',
};

const SPELLING_DESCRIPTIONS: Record<string, string> = {
  oxford: 'Oxford spelling, as the Editorial Manual asks (organization, programme, centre, labour).',
  american: 'American spelling, for Model UN conferences that ask for it (program, center, labor).',
};

const SEVERITY_DESCRIPTIONS: Record<string, string> = {
  off: 'Do not run the rule.',
  hint: 'Report as a hint (shown faintly in editors).',
  info: 'Report as information.',
  warning: 'Report as a warning (exit code 0 unless --max-warnings is passed).',
  error: 'Report as an error (exit code 1).',
};

const phraseList = (example: string) => ({
  type: 'array',
  description: `Extra accepted phrases, e.g. ["${example}"]; lists of files that extend each other add up.`,
  items: { type: 'string', minLength: 1, pattern: '\\S' },
});

/** The JSON schema of `.unresrc.json` (draft-07, with VS Code's enumDescriptions). */
export function configSchema(): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const r of rules) {
    ruleProperties[r.meta.id] = {
      description: `${r.meta.description} Default: ${r.meta.defaultSeverity}${r.meta.fixable ? '; fixable' : ''}. (${r.meta.category})`,
      enum: [...SEVERITIES],
      enumDescriptions: SEVERITIES.map((s) => SEVERITY_DESCRIPTIONS[s]),
      default: r.meta.defaultSeverity,
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `unres configuration (${CONFIG_FILE_NAME})`,
    description: `Project configuration of the unres linter for United Nations resolution drafts. The nearest ${CONFIG_FILE_NAME} above a draft applies; JSON with comments. Generated from the rule registry by scripts/generate-schema.ts.`,
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The path or URL of this schema, for editors.' },
      extends: {
        description: 'A configuration file (or a list of them) whose settings this file starts from, as a path relative to this file. This file\'s values win; "rules" merge by rule id; "phrases" lists add up.',
        oneOf: [
          { type: 'string', pattern: '\\S' },
          { type: 'array', items: { type: 'string', pattern: '\\S' } },
        ],
      },
      profile: {
        description: `The house style the drafts follow (default: ${DEFAULT_PROFILE}).`,
        enum: [...PROFILES],
        enumDescriptions: PROFILES.map((p) => PROFILE_DESCRIPTIONS[p]),
        default: DEFAULT_PROFILE,
      },
      footnoteStyle: {
        description: 'How a repeated citation of the same footnote prints (CONVENTIONS.md FN-04).',
        enum: [...FOOTNOTE_STYLES],
        enumDescriptions: FOOTNOTE_STYLES.map((s) => FOOTNOTE_STYLE_DESCRIPTIONS[s]),
        default: 'auto',
      },
      spelling: {
        description: 'The spelling the language rules check against.',
        enum: [...SPELLINGS],
        enumDescriptions: SPELLINGS.map((s) => SPELLING_DESCRIPTIONS[s]),
        default: 'oxford',
      },
      phrases: {
        type: 'object',
        description: 'Opening phrases accepted besides those of the Editorial Manual (a conference\'s own list).',
        additionalProperties: false,
        properties: {
          preambular: phraseList('Bearing in mind'),
          operative: phraseList('Strongly urges'),
        },
      },
      rules: {
        type: 'object',
        description: 'Severity per rule: off, hint, info, warning or error.',
        additionalProperties: false,
        properties: ruleProperties,
      },
    },
  };
}

/** The schema file's expected text. */
export function schemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}

if (process.argv.includes('--write')) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log('server/docs/unresrc.schema.json regenerated from the rule registry');
}
