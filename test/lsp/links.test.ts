/**
 * Document links only ever open `https://` pages (issue 8, security): a draft full of
 * `javascript:`, `http:`, `file:`, `data:` and other lookalikes, in every shape a draft can carry
 * them (bare, Markdown links, HTML, inside symbols, footnotes and comments), gets links to
 * https://undocs.org/ only, over stdio from the bundled server.
 */
import assert from 'node:assert/strict';
import type { DocumentLink } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, PUSH_CLIENT, startServer, type TestServer } from './client';

const LOOKALIKES = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:void(0)',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'http://undocs.org/A/73/L.1',
  'http://example.org/A/RES/73/331',
  'HTTP://UNDOCS.ORG/S/2018/592',
  'file:///etc/passwd',
  'file://server/share/A/73/L.1',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'command:workbench.action.terminal.new',
  'vscode://file/etc/passwd',
  '//evil.example/A/73/L.1',
  'https:/undocs.org/A/1',
];

/** A draft with real symbols and resolution references, and every lookalike in every shape. */
function draft(): string {
  const shapes = LOOKALIKES.flatMap((u) => [
    u,
    `[A/73/L.1](${u})`,
    `<a href="${u}">A/RES/73/331</a>`,
    `<${u}>`,
    `${u}A/73/L.103`,
    `A/73/L.103/${u}`,
    `resolution 59/50 (${u})`,
  ]);
  const lines = [
    'Seventy-third session',
    'Agenda item 128 (t)',
    '',
    '[without reference to a Main Committee (A/73/L.103 and A/73/L.103/Add.1)]',
    '',
    '73/331. Cooperation between the United Nations and the Collective Security Treaty Organization',
    '',
    'The General Assembly,',
    '',
    `_Recalling_ its resolution 59/50 of 2 December 2004 and ${shapes.slice(0, 40).join(' ')},[^1]`,
    '',
    `<!-- ${shapes.join(' ')} -->`,
    '',
    `1. _Takes note_ of the report (A/73/328–S/2018/592) and of ${shapes.slice(40).join(', ')};`,
    '',
    `2. _Decides_ to consider S/2002/914* and ${LOOKALIKES.map((u) => `S/${u}`).join(' ')}.`,
    '',
    `[^1]: A/73/328–S/2018/592; ${shapes.join('; ')}.`,
    '',
  ];
  return lines.join('\n');
}

async function linksOf(server: TestServer, uri: string, text: string): Promise<DocumentLink[]> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } });
  return (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as DocumentLink[];
}

function assertHttpsOnly(links: readonly DocumentLink[], text: string): void {
  const lines = text.split('\n');
  for (const l of links) {
    const shown = lines[l.range.start.line]?.slice(l.range.start.character, l.range.start.line === l.range.end.line ? l.range.end.character : undefined);
    assert.ok(typeof l.target === 'string', `a link without a target on ${JSON.stringify(shown)}`);
    // The raw string, before any parsing: it starts with the scheme and nothing can precede it.
    assert.ok(l.target.startsWith('https://undocs.org/'), `link on ${JSON.stringify(shown)} targets ${JSON.stringify(l.target)}`);
    const url = new URL(l.target);
    assert.equal(url.protocol, 'https:');
    assert.equal(url.host, 'undocs.org', `link on ${JSON.stringify(shown)} leaves undocs.org: ${l.target}`);
    assert.equal(url.username + url.password, '', `credentials in ${l.target}`);
    assert.ok(![...l.target].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f || `<>"'\`\\`.includes(c) || /\s/u.test(c)), `unescaped characters in ${JSON.stringify(l.target)}`);
    assert.doesNotMatch(decodeURIComponent(url.pathname), /(?:^|\/)\.\.(?:\/|$)/, `a dot-dot segment in ${l.target}`);
  }
}

for (const [name, capabilities] of [['pull client', PULL_CLIENT], ['push client', PUSH_CLIENT]] as const) {
  describe(`document links open only https:// pages (${name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer(capabilities);
    });
    after(async () => server.stop());

    it('links the real symbols and resolution references of a draft full of javascript:, http:, file: and data: lookalikes to https://undocs.org/ only', async () => {
      const text = draft();
      const links = await linksOf(server, 'file:///links/lookalikes.unres', text);
      assertHttpsOnly(links, text);
      const targets = new Set(links.map((l) => l.target ?? ''));
      // The real ones are there: the test would pass vacuously on a server that links nothing.
      for (const t of ['https://undocs.org/A/73/L.103', 'https://undocs.org/A/73/L.103/Add.1', 'https://undocs.org/A/73/328']) assert.ok(targets.has(t), `no link to ${t} among ${[...targets].join(', ')}`);
      assert.ok([...targets].some((t) => /^https:\/\/undocs\.org\/.*59\/50/.test(t)), `no link for resolution 59/50 among ${[...targets].join(', ')}`);
      assert.ok(links.length >= 10, `${links.length} links`);
    });

    it('makes no link at all of a lookalike alone on a line', async () => {
      for (const [i, u] of LOOKALIKES.entries()) {
        const text = `The General Assembly,\n\n_Recalling_ ${u},\n\n1. _Decides_ ${u};\n\n[^1]: ${u}.\n`;
        const links = await linksOf(server, `file:///links/alone-${i}.unres`, text);
        assertHttpsOnly(links, text);
        // Only a symbol-looking part of a lookalike may be linked, and only to undocs.org.
        for (const l of links) assert.ok(!/^(?:javascript|vbscript|data|file|http|command|vscode):/i.test(l.target ?? ''), l.target);
      }
    });

    it('keeps links inside their line and the document on random text around symbols', async () => {
      const parts = ['A/', 'RES/', '73/', 'L.1', '/Add.1', '*', ' (2005)', 'javascript:', 'https://', 'file:', 'data:', '%0a', '\u0000', '\u202e', '..', '/', '😀', 'resolution ', '59/50', ' of 2 December 2004', '\r\n', '\n', ' ', ' S/2018/592', ' A/73/L.103'];
      // mulberry32: a fixed seed, the same text every run.
      let a = 7;
      const next = () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return (t ^ (t >>> 14)) >>> 0;
      };
      const text = `The General Assembly,\n\n${Array.from({ length: 3000 }, () => parts[next() % parts.length]).join('')}\n`;
      const links = await linksOf(server, 'file:///links/random.unres', text);
      assert.ok(links.length > 100, `only ${links.length} links in the random text`);
      assertHttpsOnly(links, text);
      const lines = text.split(/\r\n|\r|\n/);
      for (const l of links) {
        assert.ok(l.range.start.line < lines.length && l.range.end.line < lines.length, `link range ${JSON.stringify(l.range)} past the end`);
        assert.ok(l.range.end.character <= lines[l.range.end.line].length, `link range ${JSON.stringify(l.range)} past its line`);
      }
    });
  });
}
