import assert from 'node:assert/strict';
import { example, service, textOf, withCursor } from './cursor';

const ls = service();

/** The hover at the cursor, with the text of its range. */
function hoverAt(marked: string) {
  const { doc, position, text } = withCursor(marked);
  const h = ls.hover(doc, position);
  return h ? { markdown: h.markdown, covers: textOf(text, h.range) } : undefined;
}

/** The example with a cursor before the first occurrence of `needle`, moved by `shift`. */
function inExample(needle: string, shift = 0) {
  const i = example.indexOf(needle);
  assert.ok(i >= 0, needle);
  return hoverAt(`${example.slice(0, i + shift)}|${example.slice(i + shift)}`);
}

describe('hover: document symbols and resolutions', () => {
  it('decodes a document symbol into its parts and links it to undocs.org', () => {
    const h = hoverAt('A/73/L.10|3/Add.1\n\nThe General Assembly,\n');
    assert.equal(h?.covers, 'A/73/L.103/Add.1');
    assert.equal(h?.markdown, '**A/73/L.103/Add.1**: General Assembly · 73rd session · limited-distribution draft 103 · addendum 1\n\n[undocs.org/A/73/L.103/Add.1](https://undocs.org/A/73/L.103/Add.1)');
  });

  it('decodes committee drafts, Security Council documents and joint symbols one by one', () => {
    assert.match(hoverAt('The General Assembly,\n\n_Recalling_ A/C.3/74/L.|20/Rev.1,\n')!.markdown, /General Assembly · Third Committee \(Social, Humanitarian and Cultural\) · 74th session · limited-distribution draft 20 · revision 1/);
    const joint = inExample('S/2018/592', 3)!;
    assert.equal(joint.covers, 'S/2018/592');
    assert.match(joint.markdown, /Security Council · 2018 · document 592/);
    assert.match(inExample('S/PRST/2010/1', 4)!.markdown, /statement by the President of the Security Council · 2010 · number 1/);
  });

  it('decodes a resolution reference with its date', () => {
    const h = inExample('59/50 of 2 December', 1)!;
    assert.equal(h.covers, '59/50');
    assert.match(h.markdown, /^\*\*59\/50\*\* \(A\/RES\/59\/50\): General Assembly · 59th session · resolution 50 · adopted 2 December 2004/);
    assert.match(h.markdown, /\(https:\/\/undocs\.org\/A\/RES\/59\/50\)/);
    assert.match(inExample('1631 (2005)', 1)!.markdown, /\(S\/RES\/1631\(2005\)\): Security Council · resolution 1631 · adopted 17 October 2005/);
  });

  it('does not take slash compounds for symbols', () => {
    assert.equal(hoverAt('The General Assembly,\n\n_Concerned_ about HIV/A|IDS,\n'), undefined);
  });
});

describe('hover: opening phrases', () => {
  it('gives a preambular phrase\'s kind, its operative form and what usually follows', () => {
    const h = hoverAt('The General Assembly,\n\n_Welc|oming_ the report,\n\n1. _Decides_ a.\n')!;
    assert.equal(h.covers, '_Welcoming_');
    assert.match(h.markdown, /^\*\*Welcoming\*\*: preambular phrase \(common in adopted United Nations texts\)\n\nOperative form: _Welcomes_/);
  });

  it('gives an operative phrase\'s preambular form, and a second main verb in italics', () => {
    assert.match(inExample('_Takes note with appreciation_', 3)!.markdown, /^\*\*Takes note with appreciation\*\*: operative phrase .*\n\nPreambular form: _Taking note with appreciation_/);
    assert.match(inExample('_acknowledges_', 3)!.markdown, /^\*\*acknowledges\*\*: operative phrase/);
  });

  it('says when a paragraph opens with the other part\'s phrase, and gives the usage note', () => {
    const h = hoverAt('The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b;\n\n2. _Welc|oming_ c.\n')!;
    assert.match(h.markdown, /\n\nThis operative paragraph opens with a preambular phrase: write _Welcomes_\./);
    assert.match(hoverAt('The General Assembly,\n\n_Recalling_ a,\n\n1. _Ado|pts_ the Convention.\n')!.markdown, /Note: adoption of annexed instruments/);
  });
});

describe('hover: paragraph numbers and references', () => {
  it('says "OP5 of 9" on a paragraph number, and where a number is out of place', () => {
    assert.equal(inExample('5. _Invites_')!.markdown, '**OP5** of 9 operative paragraphs');
    assert.match(hoverAt('The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b;\n\n|3. _Requests_ c.\n')!.markdown, /\*\*OP2\*\* of 2 operative paragraphs \(numbered 3: Format Document renumbers it 2\)/);
  });

  it('names a sub-paragraph label as negotiators do', () => {
    const h = hoverAt('The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b:\n\n(a) c;\n\n(|b) d.\n')!;
    assert.equal(h.covers, '(b)');
    assert.equal(h.markdown, '**OP1 (b)**: sub-paragraph 2 of 2');
  });

  it('previews the paragraph a cross-reference names, and says when it names none', () => {
    const text = 'The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ to act at once;\n\n2. _Requests_ a report on paragraph |1 above and paragraph 7 above.\n';
    assert.equal(hoverAt(text)!.markdown, '**OP1** of 2: _Decides_ to act at once;');
    assert.match(hoverAt(text.replace('|1 above', '1 above').replace('paragraph 7', 'paragraph |7'))!.markdown, /no operative paragraph numbered 7/);
  });

  it('keeps the footnote preview on footnote references', () => {
    assert.match(inExample('[^1]', 2)!.markdown, /^A\/73\/328–S\/2018\/592\./);
  });
});
