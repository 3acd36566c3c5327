/** The HTML export: structure and typography classes, escaping, the CSP, footnotes, source lines for the preview. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parse } from '../../server/src/core/parser/parse';
import { escapeHtml, toHtml } from '../../server/src/export/html';
import { buildLayout } from '../../server/src/export/layout';
import { DASHED, QUOTED } from './quoted';
import { readShared } from '../import/helpers';

const example = readShared('examples/A-RES-73-331.unres');

describe('HTML export', () => {
  it('is a standalone page with a strict CSP that names its one style by hash and allows nothing else', () => {
    const html = toHtml(parse(example));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1].replace(/&#39;/g, "'");
    assert.ok(csp);
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    for (const directive of ["script-src 'none'", "img-src 'none'", "base-uri 'none'", "form-action 'none'", "connect-src 'none'"]) assert.ok(csp.includes(directive), directive);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), 'the hash is the style element’s');
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|\son\w+=/i);
    assert.match(html, /@page \{ size: A4;/);
  });

  it('prints the parts of the resolution in order, with the draft’s italics and footnote numbers', () => {
    const html = toHtml(parse(example));
    assert.match(html, /<title>73\/331\. Cooperation between the United Nations and the Collective Security Treaty Organization<\/title>/);
    assert.match(html, /<p class="h session group">Seventy-third session<\/p>\n<p class="h agendaItem">Agenda item 128 \(t\)<\/p>/);
    assert.match(html, /<p class="h adoption group">Resolution adopted by the General Assembly on 25 July 2019<\/p>/);
    assert.match(html, /<h1 class="title">73\/331\. Cooperation between/);
    assert.match(html, /<p class="organ">The General Assembly,<\/p>/);
    assert.match(html, /<p class="preamble"><i>Noting with satisfaction<\/i> that, in the 25 years/);
    assert.match(html, /<p class="operative"><span class="num">1\. <\/span><i>Takes note with appreciation<\/i> of the report[^<]*organizations,<sup class="fnref"><a href="#fn-1">1<\/a><\/sup> and <i>acknowledges<\/i> in particular/);
    assert.match(html, /<p class="closing first">101st plenary meeting<\/p>\n<p class="closing">25 July 2019<\/p>/);
    assert.match(html, /<li id="fn-6"><span class="fnnum">6 <\/span>See <i>Official Records of the Economic and Social Council, 2009, Supplement No\. 8<\/i> \(E\/2009\/28\), chap\. I, sect\. C\.<\/li>/);
    assert.equal([...html.matchAll(/<li id="fn-/g)].length, 7);
  });

  it('prints footnotes cited inside footnotes without recursing without end or laying a text out twice', () => {
    // 3,000 footnotes, each citing the next: followed 100 deep (was: the stack overflowed), then printed as written.
    let deep = 'The General Assembly,\n\n1. _Decides_ a.[^1]\n\n';
    for (let i = 1; i <= 3000; i++) deep += `[^${i}]: See [^${i + 1}].\n`;
    const layout = buildLayout(parse(deep));
    assert.equal(layout.footnotes.length, 101);
    assert.ok(layout.warnings.some((w) => w.includes('100 nested footnotes')), layout.warnings.join('\n'));
    assert.match(toHtml(parse(deep)), /<li id="fn-101"><span class="fnnum">101 <\/span>See \[\^102\]\.<\/li>/);
    // 40 footnotes, each citing the next twice, current style: each text is laid out once (was 2^41 footnotes).
    let twice = 'The General Assembly,\n\n1. _Decides_ a.[^1]\n\n';
    for (let i = 1; i <= 40; i++) twice += `[^${i}]: See [^${i + 1}] and [^${i + 1}].\n`;
    const current = buildLayout(parse(twice), { footnoteStyle: 'current' });
    assert.equal(current.footnotes.length, 81, 'one printing per citation of a footnote first printed, the re-citations repeat the text');
  });

  it('numbers a footnote cited inside another after it, and lists it after it (review of 441991f)', () => {
    // The number and the list place were read after the footnote's own text was laid out, so the
    // reference showed 2 and the list was `2 Two.`, `2 See 2.`
    const html = toHtml(parse('The General Assembly,\n\n_Noting_ a,[^1]\n\n[^1]: See [^2].\n[^2]: Two.\n'));
    assert.match(html, /a,<sup class="fnref"><a href="#fn-1">1<\/a><\/sup>/);
    const items = [...html.matchAll(/<li id="fn-(\d+)"><span class="fnnum">(\d+) <\/span>(.*?)<\/li>/g)].map((m) => `${m[1]} ${m[2]} ${m[3].replace(/<[^>]*>/g, '')}`);
    assert.deepEqual(items, ['1 1 See 2.', '2 2 Two.']);
    for (const style of ['legacy', 'current'] as const) {
      const layout = buildLayout(parse('The General Assembly,\n\n_Noting_ a,[^1] b,[^3]\n\n[^1]: See [^2] and [^2].\n[^2]: Two.\n[^3]: Three.\n'), { footnoteStyle: style });
      assert.deepEqual(layout.footnotes.map((f) => [f.id, f.printed, f.label]), style === 'legacy' ? [[1, 1, '1'], [2, 2, '2'], [3, 3, '3']] : [[1, 1, '1'], [2, 2, '2'], [3, 3, '2'], [4, 4, '3']], style);
    }
  });

  it('renders sub-paragraphs and the annex, and leaves comments out', () => {
    const draft = [
      'The General Assembly,',
      '',
      '_Recalling_ its resolution 79/1, <!-- check the date -->',
      '',
      '1. _Decides_ that:',
      '',
      '(a) The first item;',
      '',
      '(i) Its first point;',
      '',
      '(b) The second item.',
      '',
      'Annex',
      '',
      'Declaration text.',
    ].join('\n');
    const html = toHtml(parse(draft), { sourceLines: true });
    assert.match(html, /<p class="subparagraph l1" data-line="6" data-end-line="6"><span class="num">\(a\) <\/span>The first item;<\/p>/);
    assert.match(html, /<p class="subparagraph l2" data-line="8" data-end-line="8"><span class="num">\(i\) <\/span>Its first point;<\/p>/);
    assert.match(html, /<p class="annexHeading" data-line="12"[^>]*>Annex<\/p>\n<p class="annex" data-line="14"[^>]*>Declaration text\.<\/p>/);
    // The text read or copied keeps a space after each number (review finding: `(a)The first item`).
    assert.match(html.replace(/<[^>]*>/g, ''), /\(a\) The first item;/);
    // A further annex is a heading too (review finding: `Annex II` was a plain paragraph).
    const two = toHtml(parse(`${draft}\n\nAnnex II\n\nSecond text.\n`));
    assert.match(two, /<p class="annexHeading"[^>]*>Annex II<\/p>\n<p class="annex"[^>]*>Second text\.<\/p>/);
    assert.match(html, /data-paragraph="PP1"/);
    assert.doesNotMatch(html, /check the date|&lt;!--/);
  });

  it('keeps the outer italics past a nested span, drops a comment with the space before a mark, names the document by its printed title, and warns of a second footnote text (review findings)', () => {
    const draft = 'Cooperation with the _Collective_ Security Treaty Organization[^t]\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,[^1]\n\n1. _Decides_ to _continue *its* work_ now, to end <!-- check -->; and <!-- x --> more.\n\n[^t]: Title note.\n[^1]: Resolution 59/50.\n[^1]: A second text.\n';
    const html = toHtml(parse(draft));
    assert.match(html, /<i>continue its work<\/i> now, to end; and more\./);
    const layout = buildLayout(parse(draft));
    assert.equal(layout.title, 'Cooperation with the Collective Security Treaty Organization');
    assert.ok(layout.warnings.some((w) => /\[\^1\] is defined more than once.*line 11/.test(w)), layout.warnings.join('\n'));
  });

  it('never drops an annex paragraph that a footnote text follows without a blank line, nor text after the closing block (review findings)', () => {
    const draft = [
      'The General Assembly,',
      '',
      '1. _Adopts_ the Declaration annexed to the present resolution.',
      '',
      '101st plenary meeting',
      '25 July 2019',
      '',
      'Adopted by a recorded vote of 120 to 5, with 10 abstentions.',
      '',
      'Annex',
      '',
      'The States declare that the annex text matters.[^1]',
      '[^1]: Annex note.',
      '',
      'Second annex paragraph with a Word-style note.[footnoteRef:2] [2: Other note.] It goes on.',
      '',
      'Third annex paragraph.',
    ].join('\n');
    const layout = buildLayout(parse(draft));
    const html = toHtml(parse(draft));
    const text = html.replace(/<[^>]*>/g, ' ');
    for (const words of ['Adopted by a recorded vote of 120 to 5', 'The States declare that the annex text matters.', 'Annex note.', 'Second annex paragraph with a Word-style note.', 'Other note.', 'It goes on.', 'Third annex paragraph.']) assert.ok(text.includes(words), words);
    assert.deepEqual(layout.blocks.filter((b) => b.kind === 'annex').length, 4, 'the vote line, then three annex paragraphs');
    assert.ok(layout.warnings.some((w) => /after the closing block/.test(w)), layout.warnings.join('\n'));
  });

  it('prints the text no part of the layout knows rather than leave it out: closing lines after the date, a date block after the closing, a second organ line (found by a review)', () => {
    const draft = [
      'The General Assembly,',
      '',
      '_Recalling_ the thing,',
      '',
      'The Economic and Social Council,',
      '',
      '1. _Decides_ to act.',
      '',
      '52nd meeting',
      '4 April 2025',
      'Adopted by a recorded vote of 30 to 10, with 7 abstentions.',
      '',
      '26 April 2025',
      '',
    ].join('\n');
    const layout = buildLayout(parse(draft));
    const printed = layout.blocks.map((b) => `${b.kind}: ${b.inlines.map((i) => ('text' in i ? i.text : '')).join('')}`);
    assert.deepEqual(printed, [
      'organ: The General Assembly,',
      'preamble: Recalling the thing,',
      'organ: The Economic and Social Council,',
      'operative: Decides to act.',
      'closing: 52nd meeting',
      'closing: 4 April 2025',
      'annex: Adopted by a recorded vote of 30 to 10, with 7 abstentions.',
      'annex: 26 April 2025',
    ]);
    assert.ok(layout.warnings.some((w) => w.startsWith('The text at lines 5, 11, 13 ')), layout.warnings.join('\n'));
    // The examples and every converted text of the corpus print all their text: no such warning there.
    assert.ok(!buildLayout(parse(example)).warnings.some((w) => w.startsWith('The text at')));
  });

  it('never prints a comment or a bookmark, in a Word-export footnote, in a word, or in a footnote that cites itself (found by a review)', () => {
    const word = 'The General Assembly,\n\n_Recalling_ its resolution,[footnoteRef:1] [1:  Word note <!-- SECRET_x --> with [bookmark: _Ref123]a bookmark and _italics_.]\n\n1. _Decides_ to co[bookmark: _GoBack]operate [bookmark: _x].\n';
    const html = toHtml(parse(word));
    assert.doesNotMatch(html, /SECRET|\[bookmark|_Ref|_GoBack/);
    // The bookmark's and the comment's `_` pair with no italics mark of the note.
    assert.match(html, /Word note with a bookmark and <i>italics<\/i>\./);
    assert.match(html, /to cooperate\.<\/p>/);
    const self = toHtml(parse('The General Assembly,\n\n_Recalling_ its resolution,[^1]\n\n1. _Decides_ to act.\n\n[^1]: See note[^1] and _italic_ <!-- SECRET --> text.\n'));
    assert.doesNotMatch(self, /SECRET/);
    assert.match(self, /See note\[\^1\] and <i>italic<\/i> text\./);
  });

  it('prints italics that open after a quotation mark, a guillemet or a dash (found by a review: `“_Decides_` printed its underscores)', () => {
    const html = toHtml(parse('The General Assembly,\n\n_Recalling_ which reads “_Decides_ to act”, ‘_x_’, «_z_», "_y_", (_w_) and —_v_—,\n\n1. _Decides_ to act.\n'));
    assert.match(html, /which reads “<i>Decides<\/i> to act”, ‘<i>x<\/i>’, «<i>z<\/i>», &#34;<i>y<\/i>&#34;, \(<i>w<\/i>\) and —<i>v<\/i>—,/);
    // Inside a word beyond ASCII an underscore is still no mark (`é_x_é`).
    assert.match(toHtml(parse('The General Assembly,\n\n_Recalling_ café_x_é,\n\n1. _Decides_ to act.\n')), /café_x_é,/);
  });

  it('prints a control character or a noncharacter as U+FFFD, which an HTML page may hold (found by a review)', () => {
    const html = toHtml(parse('The General Assembly,\n\n_Recalling_ a\u0001b\u007fc\u0085d\uFFFEe\uD800f,\n\n1. _Decides_ to act.\n'));
    assert.match(html, /a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf,/);
    // eslint-disable-next-line no-control-regex -- the characters that must not be there
    assert.doesNotMatch(html, /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
  });

  it('prints a form feed or vertical tab between words as a space (Word drops them and glued the words; review finding)', () => {
    const layout = buildLayout(parse('The General Assembly,\n\n_Recalling_ the\ffollow-up and the\vquestion,\n\n1. _Decides_ to continue.\n'));
    const text = layout.blocks.map((b) => b.inlines.map((i) => ('text' in i ? i.text : '')).join('')).join('\n');
    assert.match(text, /the follow-up and the question,/);
  });

  it('prints each paragraph of a resolution quoted in full on a line of its own, and a line that only wraps before a quotation mark as one line (review finding: one run-on paragraph)', () => {
    const html = toHtml(parse(QUOTED));
    assert.match(html, /which reads:<br>“The Security Council,<br>“1\. <i>Calls for<\/i> strict respect for the territorial integrity of Lebanon;<sup class="fnref"><a href="#fn-1">1<\/a><\/sup><br>“2\. <i>Requests<\/i> the Secretary-General to report\.”;<\/p>/);
    assert.match(html, /of the report entitled “Our common agenda”, and <i>decides<\/i>/);
    assert.equal((html.match(/<br>/g) ?? []).length, 3);
  });

  it('prints each item of a dashed list on a line of its own, and a dash in mid-sentence that only wraps onto a line as one line (S/RES/757 (1992))', () => {
    const html = toHtml(parse(DASHED));
    assert.match(html, /including its demands that:<br>- All parties stop the fighting immediately, and<br>- All forms of interference from outside cease immediately,<\/p>/);
    assert.match(html, /refrain from any relations — diplomatic, consular or otherwise — with the authorities\./);
    assert.equal((html.match(/<br>/g) ?? []).length, 2);
  });

  it('escapes everything that comes from the draft', () => {
    const draft = 'The General Assembly,\n\n_Recalling_ <b onmouseover="x">bold</b> & “quotes” \'single\' `tick`,[^1]\n\n[^1]: A <script>alert(1)</script> note.';
    const html = toHtml(parse(draft));
    assert.match(html, /&#60;b onmouseover=&#34;x&#34;&#62;bold&#60;\/b&#62; &#38; “quotes” &#39;single&#39; &#96;tick&#96;,/);
    assert.match(html, /A &#60;script&#62;alert\(1\)&#60;\/script&#62; note\./);
    assert.equal(escapeHtml(`<>&"'\``), '&#60;&#62;&#38;&#34;&#39;&#96;');
  });

  it('marks the block at the cursor line for the preview and uses the webview’s nonce', () => {
    const model = parse(example);
    const line = model.lines.findIndex((l) => model.text.slice(l.start, l.end).startsWith('5. _Invites_'));
    const html = toHtml(model, { sourceLines: true, activeLine: line, nonce: 'abc123', styleSource: 'https://file+.vscode-resource.vscode-cdn.net' });
    assert.match(html, new RegExp(`<p class="active operative" data-line="${line}" data-end-line="${line}" data-paragraph="OP5" id="active"><span class="num">5\\. </span>`));
    assert.equal([...html.matchAll(/id="active"/g)].length, 1);
    assert.match(html, /style-src &#39;nonce-abc123&#39; https:\/\/file\+\.vscode-resource\.vscode-cdn\.net;/);
    assert.match(html, /<style nonce="abc123">/);
    assert.match(html, /scroll-snap-type: y mandatory/);
    // Without a cursor there is no scroll snapping.
    assert.doesNotMatch(toHtml(model), /scroll-snap-type/);
  });
});
