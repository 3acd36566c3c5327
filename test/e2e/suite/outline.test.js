// The outline: preamble PP1…PP15 and operative part OP1…OP9 of the adopted example, with opening words.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it */
'use strict';
const assert = require('assert');
const { workspaceUri, openEditor } = require('./helpers');
const { serverReady } = require('./featureHelpers');

describe('outline', () => {
  it('labels the paragraphs as negotiators do', async () => {
    const uri = workspaceUri('A-RES-73-331.unres');
    await openEditor(uri);
    const symbols = await serverReady(uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Header', 'The General Assembly,', 'Preamble', 'Operative part', 'Footnotes']);
    const preamble = symbols[2];
    const operative = symbols[3];
    assert.deepStrictEqual(preamble.children.map((c) => c.name), Array.from({ length: 15 }, (_, i) => `PP${i + 1}`));
    assert.deepStrictEqual(operative.children.map((c) => c.name), Array.from({ length: 9 }, (_, i) => `OP${i + 1}`));
    assert.strictEqual(preamble.children[0].detail, 'Having considered the report of the…');
    assert.strictEqual(operative.children[4].detail, 'Invites the United Nations and the Collective…');
  });
});
