import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, configSchema, schemaText } from '../../scripts/generate-schema';
import { CONFIG_FILE_KEYS, parseConfigText } from '../../server/src/core/config/configFile';
import { PROFILES } from '../../server/src/core/config/profiles';
import { SETTING_KEYS, SEVERITIES } from '../../server/src/core/config/settings';
import { rules } from '../../server/src/core/rules';

type Schema = { properties: Record<string, { enum?: string[]; default?: unknown; properties?: Record<string, { enum?: string[]; default?: unknown }> }> };

describe('the .unresrc.json schema (server/docs/unresrc.schema.json)', () => {
  it('is fresh (run `tsx scripts/generate-schema.ts --write`)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), schemaText(), 'server/docs/unresrc.schema.json is stale: run tsx scripts/generate-schema.ts --write');
  });

  it('has exactly the keys the configuration reader accepts', () => {
    const schema = configSchema() as Schema;
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_FILE_KEYS, ...SETTING_KEYS].sort());
  });

  it('lists every rule of the registry with the severities and its default', () => {
    const ruleProps = (configSchema() as Schema).properties.rules.properties!;
    assert.deepEqual(Object.keys(ruleProps), rules.map((r) => r.meta.id));
    for (const r of rules) {
      assert.deepEqual(ruleProps[r.meta.id].enum, [...SEVERITIES], r.meta.id);
      assert.equal(ruleProps[r.meta.id].default, r.meta.defaultSeverity, r.meta.id);
    }
    assert.deepEqual((configSchema() as Schema).properties.profile.enum, [...PROFILES]);
  });

  it('describes what the reader accepts: a file using every key with schema values has no problems', () => {
    const schema = configSchema() as Schema;
    const config = {
      $schema: './node_modules/unres/server/docs/unresrc.schema.json',
      profile: schema.properties.profile.enum![1],
      footnoteStyle: schema.properties.footnoteStyle.enum![2],
      spelling: schema.properties.spelling.enum![1],
      phrases: { preambular: ['Bearing in mind'], operative: ['Strongly urges'] },
      rules: Object.fromEntries(rules.map((r, i) => [r.meta.id, SEVERITIES[i % SEVERITIES.length]])),
    };
    const parsed = parseConfigText(JSON.stringify(config), '/p/.unresrc.json');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.settings.profile, config.profile);
    assert.deepEqual(parsed.settings.rules, config.rules);
  });

  it('and a value outside the schema is a problem for the reader too', () => {
    for (const [key, value] of [['profile', 'unsc'], ['footnoteStyle', 'modern'], ['spelling', 'british']] as const) {
      assert.ok(!(configSchema() as Schema).properties[key].enum!.includes(value));
      const parsed = parseConfigText(JSON.stringify({ [key]: value }), '/p/.unresrc.json');
      assert.equal(parsed.problems.length, 1, key);
    }
  });
});

describe('the VS Code settings in package.json', () => {
  it('are fresh: the keys of .unresrc.json mirrored as unres.* settings (run `npm run docs`)', async () => {
    const { PACKAGE_FILE, packageText } = await import('../../scripts/generate-schema');
    const current = readFileSync(PACKAGE_FILE, 'utf8');
    assert.equal(current, packageText(current), 'the settings of package.json are stale: run npm run docs');
  });

  it('offer every setting key of .unresrc.json and every rule', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } } };
    const keys = Object.keys(pkg.contributes.configuration.properties);
    for (const k of SETTING_KEYS) assert.ok(keys.some((x) => x === `unres.${k}` || x.startsWith(`unres.${k}.`)), `unres.${k}`);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['unres.rules'].properties ?? {}), rules.map((r) => r.meta.id));
  });
});
