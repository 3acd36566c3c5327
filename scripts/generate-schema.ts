/**
 * Generates server/docs/unresrc.schema.json, the JSON schema of `.unresrc.json`, from the rule
 * registry, the profiles and the setting values. `tsx scripts/generate-schema.ts --write`; a unit
 * test (test/unit/schema.test.ts) fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_FILE_NAME } from '../server/src/core/config/configFile';
import { DEFAULT_PROFILE, OPENER_STYLES, PROFILES, PROFILE_DESCRIPTIONS, SUBPARAGRAPH_CASES, profileSeverity } from '../server/src/core/config/profiles';
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

const OPENER_STYLE_DESCRIPTIONS: Record<string, string> = {
  italic: 'Opening phrases in italics, as in UN texts (`_Urges_`); an underlined one is reported.',
  underline: 'Operative phrases underlined (`__Urges__`, THIMUN and SPMUN style); preambular phrases italic or underlined.',
  either: 'Opening phrases italic or underlined (the default of the mun profile).',
};

const SUBPARAGRAPH_CASE_DESCRIPTIONS: Record<string, string> = {
  capital: 'Sub-paragraphs begin with a capital letter, as in UN texts and at AMUN.',
  either: 'Lower-case sub-clauses are accepted too (THIMUN style; the default of the mun profile).',
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

/** `` (sc: off, mun: hint)`` when profiles change a rule's severity. */
function profileNote(id: string): string {
  const changed = PROFILES.flatMap((p) => {
    const sev = profileSeverity(p, id);
    return sev === undefined ? [] : [`${p}: ${sev}`];
  });
  return changed.length ? ` (${changed.join(', ')})` : '';
}

/** The JSON schema of `.unresrc.json` (draft-07, with VS Code's enumDescriptions). */
export function configSchema(): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const r of rules) {
    ruleProperties[r.meta.id] = {
      description: `${r.meta.description} Default: ${r.meta.defaultSeverity}${profileNote(r.meta.id)}${r.meta.fixable ? '; fixable' : ''}. (${r.meta.category})`,
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
        description: `The house style the drafts follow. Unset, the organ line chooses it (The Security Council → sc, The Economic and Social Council → ecosoc, The Human Rights Council → hrc; a Model UN committee, an organ line in capitals or a Model UN header such as FORUM: → mun), else ${DEFAULT_PROFILE}. Each profile sets rule severities (the rules setting wins).`,
        enum: [...PROFILES],
        enumDescriptions: PROFILES.map((p) => PROFILE_DESCRIPTIONS[p]),
      },
      footnoteStyle: {
        description: 'How a repeated citation of the same footnote prints (server/docs/format.md, decision 13).',
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
      mun: {
        type: 'object',
        description: 'Model UN typography (CONVENTIONS.md MUN-02, MUN-03). Unset, the profile decides: "either" under mun, the UN style under the other profiles.',
        additionalProperties: false,
        properties: {
          openerStyle: {
            description: 'How opening phrases are marked.',
            enum: [...OPENER_STYLES],
            enumDescriptions: OPENER_STYLES.map((s) => OPENER_STYLE_DESCRIPTIONS[s]),
          },
          subparagraphCase: {
            description: 'Whether a sub-paragraph must begin with a capital letter.',
            enum: [...SUBPARAGRAPH_CASES],
            enumDescriptions: SUBPARAGRAPH_CASES.map((s) => SUBPARAGRAPH_CASE_DESCRIPTIONS[s]),
          },
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

/** The package manifest, whose `contributes.configuration` holds the VS Code settings. */
export const PACKAGE_FILE = new URL('../package.json', import.meta.url);

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };

/**
 * The VS Code settings that mirror the keys of `.unresrc.json` (`unres.profile`, `unres.spelling`,
 * `unres.footnoteStyle`, `unres.phrases.*`, `unres.mun.*`, `unres.rules`), from the same schema, so
 * the two never disagree. Settings of the editor alone (`unres.trace.server`,
 * `unres.inlayHints.enabled`) stay as written in package.json.
 */
export function vscodeSettings(): Record<string, JsonSchema> {
  const props = (configSchema() as JsonSchema).properties ?? {};
  const out: Record<string, JsonSchema> = {};
  const setting = (key: string, schema: JsonSchema) => {
    const rest: JsonSchema = { ...schema };
    delete rest.properties;
    delete rest.additionalProperties;
    out[`unres.${key}`] = { scope: 'resource', ...rest, ...(rest.enum || rest.type ? {} : { type: 'string' }) };
  };
  setting('profile', { ...props.profile, description: `${String(props.profile.description)} Unset: the organ line chooses.` });
  setting('footnoteStyle', props.footnoteStyle);
  setting('spelling', props.spelling);
  for (const [k, v] of Object.entries(props.phrases.properties ?? {})) setting(`phrases.${k}`, { ...v, type: 'array', default: [] });
  for (const [k, v] of Object.entries(props.mun.properties ?? {})) setting(`mun.${k}`, v);
  out['unres.rules'] = {
    scope: 'resource',
    type: 'object',
    default: {},
    description: 'Severity per rule (off, hint, info, warning or error), e.g. { "opener-italics": "off" }; a .unresrc.json file wins over this setting.',
    // The enum descriptions of the severities are the same for every rule: left out here, where
    // they would add a hundred copies to the manifest.
    properties: Object.fromEntries(
      Object.entries(props.rules.properties ?? {}).map(([id, schema]) => {
        const rest: JsonSchema = { ...schema };
        delete rest.enumDescriptions;
        return [id, rest];
      }),
    ),
    additionalProperties: false,
  };
  return out;
}

/** package.json with the generated settings in place (the other settings and keys untouched). */
export function packageText(current: string): string {
  const pkg = JSON.parse(current) as { contributes: { configuration: { properties: Record<string, JsonSchema> } } };
  const generated = vscodeSettings();
  const kept = Object.fromEntries(Object.entries(pkg.contributes.configuration.properties).filter(([k]) => !(k in generated) && !/^unres\.(?:profile|spelling|footnoteStyle|phrases|mun|rules)\b/.test(k)));
  pkg.contributes.configuration.properties = { ...kept, ...generated };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

if (process.argv.includes('--write')) {
  writeFileSync(SCHEMA_FILE, schemaText());
  writeFileSync(PACKAGE_FILE, packageText(readFileSync(PACKAGE_FILE, 'utf8')));
  console.log('server/docs/unresrc.schema.json and the settings of package.json regenerated from the rule registry');
}
