/**
 * A resolution quoted in full, one paragraph a line (as the importer writes it), and a quotation
 * that only wraps onto a line: shared by the HTML and the Word export tests.
 */
export const QUOTED = [
  'The Security Council,',
  '',
  '_Recalling_ its resolution 1/1,',
  '',
  '1. _Reaffirms_ its resolution 425 (1978), which reads:',
  '“The Security Council,',
  '“1. _Calls for_ strict respect for the territorial integrity of Lebanon;[^1]',
  '“2. _Requests_ the Secretary-General to report.”;',
  '',
  '2. _Takes note_ of the report entitled',
  '“Our common agenda”, and _decides_ to remain seized of the matter.',
  '',
  '[^1]: S/12611.',
  '',
].join('\n');

/**
 * A preambular paragraph that leads into a dashed list, the items kept in its block (as the
 * importer writes S/RES/757 (1992)), and a dash in mid-sentence that only wraps onto a line.
 */
export const DASHED = [
  'The Security Council,',
  '',
  '_Deploring_ that its demands have not been complied with, including its demands that:',
  '- All parties stop the fighting immediately, and',
  '- All forms of interference from outside cease immediately,',
  '',
  '_Recalling_ its resolution 752 (1992),',
  '',
  '1. _Requests_ all States to refrain from any relations',
  '— diplomatic, consular or otherwise — with the authorities.',
  '',
].join('\n');
