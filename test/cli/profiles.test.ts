/** Profiles from the command line: `--profile`, the organ line, `.unresrc.json` `mun` options (issue 3). */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unres } from './helpers';

const SC_STYLE = 'The General Assembly,\n\n_Recalling_ the report of the Secretary-General (S/2002/1005),\n\n1. _Takes note_ of the report;\n\n2. _Decides_ to remain seized of the matter.\n';
const MUN = 'The Disarmament and International Security Committee,\n\n_Recalling_ its resolution 59/50,\n\n1. __Urges__ all States to act;\n\n2. _Decides_ to:\n\n(a) establish a body;\n\n(b) report back.\n';

describe('unres lint: profiles', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'unres-profiles-'));
  const file = (name: string, text: string) => {
    const f = join(tmp, name);
    writeFileSync(f, text);
    return f;
  };
  const rules = (stdout: string) => JSON.parse(stdout).flatMap((f: { messages?: { ruleId: string; severity: number | string }[]; diagnostics?: { ruleId: string }[] }) => (f.messages ?? f.diagnostics ?? []).map((m) => m.ruleId));

  it('--profile sc applies the Security Council severities: symbols in the text are not reported (FN-09)', () => {
    const f = file('sc.unres', SC_STYLE);
    const ga = unres(['lint', '--no-config', '--format', 'json', f]);
    assert.ok(rules(ga.stdout).includes('in-text-symbol'), ga.stdout);
    const sc = unres(['lint', '--no-config', '--format', 'json', '--profile', 'sc', f]);
    assert.ok(!rules(sc.stdout).includes('in-text-symbol'), sc.stdout);
    // A --rule flag wins over the profile.
    const flagged = unres(['lint', '--no-config', '--format', 'json', '--profile', 'sc', '--rule', 'in-text-symbol=warning', f]);
    assert.ok(rules(flagged.stdout).includes('in-text-symbol'), flagged.stdout);
  });

  it('a Model UN committee in the organ line selects mun: underlined phrases and lower-case sub-clauses pass', () => {
    const f = file('mun.unres', MUN);
    assert.deepEqual(unres(['lint', '--no-config', f]), { code: 0, stdout: '', stderr: '' });
    const ga = unres(['lint', '--no-config', '--format', 'json', '--profile', 'ga', f]);
    assert.deepEqual(rules(ga.stdout).sort(), ['opener-italics', 'subparagraph-capital', 'subparagraph-capital']);
  });

  it('.unresrc.json sets mun.openerStyle "underline": an italic operative phrase is reported and fixed', () => {
    const dir = mkdtempSync(join(tmp, 'underline-'));
    writeFileSync(join(dir, '.unresrc.json'), '{ "mun": { "openerStyle": "underline" } }\n');
    const f = join(dir, 'mun.unres');
    writeFileSync(f, MUN);
    const r = unres(['lint', '--format', 'json', f]);
    assert.deepEqual(rules(r.stdout), ['opener-italics']);
    const fixed = unres(['lint', '--fix-dry-run', f]);
    assert.match(fixed.stdout, /^\+2\. __Decides__ to:$/m);
  });

  it('an unknown rule id in a directive is reported with the closest id', () => {
    const f = file('directive.unres', 'The General Assembly,\n\n<!-- unres-disable-next-line opener-italic -->\nRecalling its resolution 59/50,\n\n1. _Decides_ to continue.\n');
    const r = unres(['lint', '--no-config', '--format', 'text', f]);
    assert.match(r.stdout, /:3:30 warning There is no rule "opener-italic".*did you mean "opener-italics"\?.*\(directive-unknown-rule\)/);
  });
});
