import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the core fence (ESLint no-restricted-imports)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: root });
  const cases: [string, string][] = [
    ["import * as vscode from 'vscode';\nexport const x = vscode;\n", 'vscode'],
    ["import { createConnection } from 'vscode-languageserver/node';\nexport const x = createConnection;\n", 'vscode-languageserver'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'node:fs'],
    ["import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", 'fs'],
  ];
  for (const [code, what] of cases) {
    it(`rejects an import of ${what} in server/src/core`, async () => {
      const [result] = await eslint.lintText(code, { filePath: `${root}server/src/core/rules/fence-probe.ts` });
      assert.ok(result.messages.some((m) => m.ruleId === 'no-restricted-imports'), JSON.stringify(result.messages));
    });
  }
  it('allows the same import in server/src/lsp', async () => {
    const [result] = await eslint.lintText(cases[1][0], { filePath: `${root}server/src/lsp/fence-probe.ts` });
    assert.ok(!result.messages.some((m) => m.ruleId === 'no-restricted-imports'));
  });
});
