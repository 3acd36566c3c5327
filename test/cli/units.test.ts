/** The CLI's small parts: glob matching, the unified diff, escaping for GitHub and XML, line endings of fixes. */
import assert from 'node:assert/strict';
import { GlobError, MAX_CLASS_SEGMENT, checkSegment, compileSegment, matchPath, matchSegment, splitPattern } from '../../server/src/cli/glob';
import { unifiedDiff } from '../../server/src/cli/diff';
import { keepLineEndings } from '../../server/src/cli/fix';
import { escapeData, escapeProperty, github } from '../../server/src/cli/formatters/github';
import { escapeXml, junit } from '../../server/src/cli/formatters/junit';
import { artifactLocation, fingerprint, ruleName, uriOf } from '../../server/src/cli/formatters/sarif';
import { findRuleDocs, whatItChecks } from '../../server/src/cli/ruleDocs';
import type { LintDiagnostic } from '../../server/src/core/languageService';
import { assertWellFormedXml } from './helpers';

/** Applies a unified diff (as unifiedDiff writes it) to a text: the inverse used to check diffs. */
function applyUnifiedDiff(before: string, diff: string): string {
  if (diff === '') return before;
  // Lines as Git sees them: ended by LF only.
  const lines = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let at = 0;
  const body = diff.split('\n').slice(2, -1);
  for (let i = 0; i < body.length; i++) {
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(body[i]);
    if (h) {
      const start = Number(h[2] === '0' ? Number(h[1]) : Number(h[1]) - 1);
      while (at < start) out.push(lines[at++]);
      continue;
    }
    const kind = body[i][0];
    const text = body[i].slice(1);
    const noEol = body[i + 1] === '\\ No newline at end of file';
    if (kind === ' ' || kind === '-') {
      const line = lines[at++];
      assert.equal(line.replace(/\n$/, ''), text, 'context or removed line matches, its bytes as they are');
    }
    // A CRLF line was printed with its CR: adding the LF restores it.
    if (kind === ' ' || kind === '+') out.push(noEol ? text : `${text}\n`);
    if (noEol) i++;
  }
  while (at < lines.length) out.push(lines[at++]);
  return out.join('');
}

function diag(ruleId: string, severity: LintDiagnostic['severity'], message: string, line = 0, character = 0): LintDiagnostic {
  return { ruleId, severity, message, span: { start: 0, end: 1 }, range: { start: { line, character }, end: { line, character: character + 1 } } };
}

describe('CLI parts', () => {
  it('glob segments: * and ? within a name, no leading dot unless written', () => {
    assert.ok(matchSegment('*.unres', 'a.unres'));
    assert.ok(matchSegment('a*b*c', 'abxbc'));
    assert.ok(matchSegment('?.unres', 'x.unres'));
    assert.ok(!matchSegment('?.unres', 'xy.unres'));
    assert.ok(!matchSegment('*.unres', '.hidden.unres'));
    assert.ok(matchSegment('.*', '.hidden'));
    assert.ok(!matchSegment('*.unres', 'a.unres.bak'));
    // `?` is one character, also outside the Basic Multilingual Plane (found by a review).
    assert.ok(matchSegment('?.unres', '😀.unres'));
    assert.ok(!matchSegment('??.unres', '😀.unres'));
    assert.ok(matchSegment('😀?.unres', '😀😀.unres'));
    assert.ok(matchSegment('*😀.unres', 'a😀.unres') && !matchSegment('*😀.unres', 'a😃.unres'));
    assert.ok(compileSegment('[!a].unres')('😀.unres') && !compileSegment('[!a].unres')('a.unres'), 'a negated class takes an emoji whole');
    assert.ok(compileSegment('[😀b].unres')('😀.unres') && !compileSegment('[😀b].unres')('😃.unres'), 'an emoji in a class');
    assert.ok(compileSegment('{x,?}.unres')('😀.unres'), '? in a brace');
    assert.ok(compileSegment('a\\-[b].unres')('a-b.unres'), 'an expression not valid with the u flag is used as it is');
    // A pathological pattern stays fast (no regular expression backtracking).
    const t0 = performance.now();
    assert.ok(!matchSegment('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000)));
    assert.ok(performance.now() - t0 < 1000);
  });

  it('glob paths: ** is any number of folders, including none', () => {
    const seg = (p: string) => splitPattern(p).segments;
    assert.deepEqual(splitPattern('drafts/**/*.unres'), { base: 'drafts', segments: ['**', '*.unres'] });
    assert.deepEqual(splitPattern('*.unres'), { base: '.', segments: ['*.unres'] });
    assert.deepEqual(splitPattern('/abs/x/*.unres'), { base: '/abs/x', segments: ['*.unres'] });
    assert.deepEqual(splitPattern('drafts/*/'), { base: 'drafts', segments: ['*', '**', '*.unres'] });
    assert.ok(matchPath(seg('**/*.unres'), 'a.unres'));
    assert.ok(matchPath(seg('**/*.unres'), 'x/y/z/a.unres'));
    assert.ok(matchPath(seg('a/**/b/*.unres'), 'b/c.unres'));
    assert.ok(matchPath(['**', 'b', '*.unres'], 'x/b/c.unres'));
    assert.ok(matchPath(['**', 'b', '*.unres'], 'b/c.unres'));
    assert.ok(!matchPath(['**', 'b', '*.unres'], 'x/c.unres'));
    assert.ok(!matchPath(['**', '*.unres'], '.git/a.unres'), '** does not enter dot-folders');
    assert.ok(matchPath(['*', '*.unres'], 'x/a.unres'));
    assert.ok(!matchPath(['*', '*.unres'], 'a.unres'));
  });

  it('glob braces and classes: split by folder outside braces, matched one name at a time', () => {
    assert.deepEqual(splitPattern('drafts/{a,b}/[ac]*.unres'), { base: 'drafts', segments: ['{a,b}', '[ac]*.unres'] });
    assert.deepEqual(splitPattern('{drafts,docs}/**/*.{unres,txt}'), { base: '.', segments: ['{drafts,docs}', '**', '*.{unres,txt}'] });
    assert.deepEqual(splitPattern('./drafts/(x)/*.unres'), { base: 'drafts/(x)', segments: ['*.unres'] }, 'parentheses are plain characters');
    assert.deepEqual(splitPattern('C:\\drafts\\*.unres'), { base: 'C:/drafts', segments: ['*.unres'] });
    assert.deepEqual(splitPattern('C:/*.unres'), { base: 'C:/', segments: ['*.unres'] });
    assert.deepEqual(splitPattern('/*.unres'), { base: '/', segments: ['*.unres'] });
    assert.ok(matchPath(splitPattern('{a,b}/x.unres').segments, 'b/x.unres'));
    assert.ok(!matchPath(splitPattern('{a,b}/x.unres').segments, 'c/x.unres'));
    assert.ok(matchPath(['**', '[0-9][0-9].unres'], 'x/y/42.unres'));
    assert.ok(!matchPath(['**', '[0-9][0-9].unres'], 'x/y/4a.unres'));
    assert.ok(matchPath(['[!a]*.unres'], 'b.unres') && !matchPath(['[!a]*.unres'], 'a.unres'), 'negated class');
    assert.ok(matchPath(['{1..3}.unres'], '2.unres') && !matchPath(['{1..3}.unres'], '4.unres'), 'ranges');
    // Ranges as the shell expands them: more than one digit, zeros as written, steps, letters.
    const names = ['d0', 'd1', 'd2', 'd3', 'd5', 'd9', 'd10', 'd11', 'd15', 'd16', 'd01', 'd05', 'd99999', 'd100001', 'da', 'dc', 'dd', 'd1..a'];
    const matched = (pattern: string) => names.filter(compileSegment(pattern));
    assert.deepEqual(matched('d{1..10}'), ['d1', 'd2', 'd3', 'd5', 'd9', 'd10'], 'a range of two-digit bounds is numbers, not the class [1-10]');
    assert.deepEqual(matched('d{5..15}'), ['d5', 'd9', 'd10', 'd11', 'd15']);
    assert.deepEqual(matched('d{15..5}'), ['d5', 'd9', 'd10', 'd11', 'd15'], 'a falling range');
    assert.deepEqual(matched('d{01..10}'), ['d10', 'd01', 'd05'], 'zeros as written');
    assert.deepEqual(matched('d{1..11..5}'), ['d1', 'd11'], 'a step');
    assert.deepEqual(matched('d{a..c}'), ['da', 'dc']);
    assert.deepEqual(matched('d{1..100000}'), ['d1', 'd2', 'd3', 'd5', 'd9', 'd10', 'd11', 'd15', 'd16', 'd99999'], 'a long range by an expression of its digits');
    assert.throws(() => compileSegment('d{1..100000..2}'), GlobError, 'a long range with a step would be a list of 50,000');
    assert.deepEqual(matched('d{1..a}'), ['d1..a'], 'not a range: the text itself, as in the shell');
    assert.throws(() => compileSegment('d{a..c,x}'), (e: unknown) => e instanceof GlobError && /a range \(`\{1\.\.12\}`\) or a list/.test(e.message), 'a range inside a list is refused in one line');
    assert.ok(!compileSegment('{a,b}*')('.a'), 'no leading dot by a wildcard');
    assert.ok(compileSegment('.{a,b}')('.a'), 'a written leading dot');
    assert.ok(compileSegment('+(a|b)')('+(a|b)') && !compileSegment('+(a|b)')('a'), 'extglobs are off: plain characters');
  });

  it('glob braces and classes: costly name patterns are refused, allowed ones stay fast on the longest names', () => {
    assert.equal(checkSegment('*.{unres,txt}'), undefined);
    assert.equal(checkSegment('*a*a*a*a*b'), undefined, 'without braces or classes: the linear matcher');
    assert.match(checkSegment('*{a,b}*{c,d}*')!, /at most 3 of `\*` and `\{` together/);
    assert.match(checkSegment(`[a]${'x'.repeat(MAX_CLASS_SEGMENT)}`)!, /at most 100 characters/);
    assert.match(checkSegment('{a/b,c}')!, /may not hold a `\/`/);
    assert.throws(() => compileSegment('*[a]*[a]*[a]*'), GlobError);
    // The worst allowed shapes on a 255-character name (the longest a file system gives), none matching.
    const name = 'a'.repeat(255);
    const alternatives = `{${Array.from({ length: 6 }, (_, i) => 'a'.repeat(i + 1)).join(',')}}`;
    for (const pattern of ['*[a]*[a]*b', `*${alternatives}*b`, `${alternatives}*${alternatives}b`, `${alternatives}${alternatives}${alternatives}b`, '*{a,aa}*[a]b', '*[a]*{a,aa}b']) {
      assert.equal(checkSegment(pattern), undefined, pattern);
      const t0 = performance.now();
      assert.ok(!compileSegment(pattern)(name));
      assert.ok(performance.now() - t0 < 500, `${pattern}: ${performance.now() - t0} ms`);
    }
  });

  describe('unifiedDiff', () => {
    const cases: [string, string, string][] = [
      ['one changed line', 'a\nb\nc\n', 'a\nB\nc\n'],
      ['far-apart changes make two hunks', Array.from({ length: 30 }, (_, i) => `l${i}`).join('\n') + '\n', Array.from({ length: 30 }, (_, i) => (i === 2 || i === 25 ? `L${i}` : `l${i}`)).join('\n') + '\n'],
      ['inserted and removed lines', 'a\nb\nc\nd\n', 'a\nx\nc\nd\ne\n'],
      ['a last line without a line break', 'a\nb', 'a\nc'],
      ['a line break added at the end', 'a\nb', 'a\nb\n'],
      ['CRLF lines keep their CR', 'a\r\nb\r\nc\r\n', 'a\r\nB\r\nc\r\n'],
      ['a stray CR stays in its line', 'a\r\nSome item\r\r\nc\r\n', 'a\r\nSome item,\r\r\nc\r\n'],
      ['CR-only line ends: one line, as Git sees it', 'a\rb\rc\r', 'a\rB\rc\r'],
      ['from empty', '', 'a\n'],
      ['to empty', 'a\nb\n', ''],
    ];
    for (const [name, before, after] of cases) {
      it(`${name}: applying the diff gives the new text`, () => {
        const d = unifiedDiff('f.unres', before, after);
        assert.ok(d.startsWith('--- a/f.unres\n+++ b/f.unres\n@@ -'));
        assert.equal(applyUnifiedDiff(before, d), after);
        if (name.startsWith('far-apart')) assert.equal(d.split('\n').filter((l) => l.startsWith('@@')).length, 2);
      });
    }

    it('has the usual hunk header and context', () => {
      assert.equal(unifiedDiff('f', 'a\nb\nc\nd\ne\nf\ng\nh\n', 'a\nb\nc\nd\nE\nf\ng\nh\n'), '--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
      assert.equal(unifiedDiff('f', 'same\n', 'same\n'), '');
    });

    it('stays linear on large inputs with scattered changes (the bounded fallback is still a correct diff)', () => {
      const before = Array.from({ length: 20_000 }, (_, i) => `${i + 1}. _Decides_ paragraph ${i};`).join('\n');
      const after = before.replace(/^(\d+)5\. /gm, '$1X. ');
      const t0 = performance.now();
      const d = unifiedDiff('big', before, after);
      assert.ok(performance.now() - t0 < 5000);
      assert.equal(applyUnifiedDiff(before, d), after);
      assert.ok(d.split('\n').length < 20_000, 'same-length texts are paired line by line, not replaced whole');
      const grown = unifiedDiff('big', before, `${after}\nextra`);
      assert.equal(applyUnifiedDiff(before, grown), `${after}\nextra`);
    });
  });

  it('keepLineEndings: a line break a fix inserts follows the file (CRLF, CR), mixed files are left alone', () => {
    assert.equal(keepLineEndings('a\r\nb\r\n', 'a\r\nx\ny\r\nb\r\n'), 'a\r\nx\r\ny\r\nb\r\n');
    assert.equal(keepLineEndings('a\rb\r', 'a\rx\ny\r'), 'a\rx\ry\r');
    assert.equal(keepLineEndings('a\nb\n', 'a\nx\nb\n'), 'a\nx\nb\n');
    assert.equal(keepLineEndings('a\r\nb\n', 'a\r\nx\nb\n'), 'a\r\nx\nb\n');
  });

  it('GitHub workflow commands: %, CR, LF escaped in messages; also : and , in properties', () => {
    assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    const out = github(
      { results: [{ display: 'dir,with:odd/f.unres', diagnostics: [diag('r', 'warning', 'line one\nline two :: 50%', 3, 4), diag('r', 'hint', 'h')] }], failures: [{ display: 'x.json', message: 'bad', line: 2, column: 3 }] },
      { cwd: process.cwd(), color: false, rules: [], version: '0', docs: findRuleDocs() },
    );
    assert.equal(
      out,
      '::warning file=dir%2Cwith%3Aodd/f.unres,line=4,col=5,endLine=4,endColumn=6,title=r::line one%0Aline two :: 50%25\n' +
        '::notice file=dir%2Cwith%3Aodd/f.unres,line=1,col=1,endLine=1,endColumn=2,title=r::h\n' +
        '::error file=x.json,line=2,col=3,title=unres::bad\n',
    );
  });

  it('GitHub workflow commands: control characters of a file name are written as \\u escapes, never raw (found by a review)', () => {
    const out = github(
      { results: [{ display: 'esc\u001bx\u0007.unres', diagnostics: [diag('r', 'error', 'm')] }], failures: [{ display: 'tab\there.unres', message: 'bad' }] },
      { cwd: process.cwd(), color: false, rules: [], version: '0', docs: findRuleDocs() },
    );
    // eslint-disable-next-line no-control-regex -- what must not be there
    assert.doesNotMatch(out.replace(/\n$/, '').replace(/\n/g, ' '), /[\u0000-\u001f\u007f-\u009f]/);
    assert.equal(out, '::error file=esc\\u001bx\\u0007.unres,line=1,col=1,endLine=1,endColumn=2,title=r::m\n::error file=tab\\u0009here.unres,title=unres::bad\n');
  });

  it('GitHub workflow commands: line breaks of a file name are escaped as the commands ask (%0A, %0D), so the annotation names the file (found by a review)', () => {
    const out = github({ results: [{ display: 'new\nline\rcr.unres', diagnostics: [diag('r', 'error', 'm')] }], failures: [] }, { cwd: process.cwd(), color: false, rules: [], version: '0', docs: findRuleDocs() });
    assert.equal(out, '::error file=new%0Aline%0Dcr.unres,line=1,col=1,endLine=1,endColumn=2,title=r::m\n');
  });

  it('SARIF: a rule name other than its id, and a fingerprint per problem that does not move with its line and tells repeats apart', () => {
    assert.equal(ruleName('operative-punctuation'), 'OperativePunctuation');
    assert.equal(ruleName('un-abbreviation'), 'UnAbbreviation');
    const seen = new Map<string, number>();
    const first = fingerprint('d/a.unres', 'r', 'Write "x"', seen);
    const second = fingerprint('d/a.unres', 'r', 'Write "x"', seen);
    assert.notEqual(first, second, 'the second of two identical problems in a file has its own');
    assert.equal(fingerprint('d/a.unres', 'r', 'Write "x"', new Map()), first, 'the same problem in a later version of the file');
    assert.notEqual(fingerprint('d/b.unres', 'r', 'Write "x"', new Map()), first);
    assert.notEqual(fingerprint('d/a.unres', 'q', 'Write "x"', new Map()), first);
    assert.match(first, /^[0-9a-f]{32}$/);
  });

  it('JUnit XML escapes markup, quotes, control characters and lone surrogates', () => {
    assert.equal(escapeXml(`<a href="x">&'\u0001\ud800\ud83d\ude00`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;\ufffd\ufffd\ud83d\ude00');
    const xml = junit(
      { results: [{ display: 'a&b<c>.unres', diagnostics: [diag('r', 'error', 'bad "x" <y> & \u0007 z'), diag('s', 'info', 'note')] }, { display: 'clean.unres', diagnostics: [] }], failures: [{ display: 'q"uote.unres', message: 'not <UTF-8>' }] },
      { cwd: process.cwd(), color: false, rules: [], version: '0', docs: findRuleDocs() },
    );
    const names = assertWellFormedXml(xml);
    assert.deepEqual(names, ['testsuites', 'testsuite', 'testcase', 'failure', 'testcase', 'system-out', 'testsuite', 'testcase', 'testsuite', 'testcase', 'error']);
    assert.match(xml, /<testsuites name="unres" tests="4" failures="1" errors="1">/);
  });

  it('SARIF URIs are relative references with each segment percent-encoded', () => {
    assert.equal(uriOf('drafts/my draft #1.unres'), 'drafts/my%20draft%20%231.unres');
    assert.equal(uriOf('../shared/x.unres'), '../shared/x.unres');
    assert.deepEqual(artifactLocation('drafts/a b.unres'), { uri: 'drafts/a%20b.unres', uriBaseId: '%SRCROOT%' });
  });

  it('SARIF: a file no relative path reaches (Windows: another drive, a share) gets its absolute file: URI, no base (found by a review)', () => {
    assert.deepEqual(artifactLocation('D:/drafts/a b.unres'), { uri: 'file:///D:/drafts/a%20b.unres' });
    assert.deepEqual(artifactLocation('//server/share/x #1.unres'), { uri: 'file://server/share/x%20%231.unres' });
  });

  it('rule pages are found beside the sources, and "What it checks" gives a full description', () => {
    const docs = findRuleDocs(`${process.cwd()}/server/src/cli`);
    assert.ok(docs.dir?.endsWith('server/docs/rules'));
    assert.match(docs.markdown('agenda-item') ?? '', /^# agenda-item\n/);
    assert.equal(docs.markdown('../../package'), undefined, 'ids are names, not paths');
    assert.equal(whatItChecks('# x\n\n## What it checks\n\nIt checks\nthis.\n\nMore.\n'), 'It checks this.');
    assert.equal(whatItChecks('## What it checks\n\nThe forms are:\n\n- a\n'), undefined);
  });
});
