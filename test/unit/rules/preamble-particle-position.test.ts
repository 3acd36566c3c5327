import { preambleParticlePosition } from '../../../server/src/core/rules/preamble-particle-position';
import { draft, ruleTester } from '../ruleTester';

const OP = '\n\n1. _Decides_ to continue its consideration of the question.\n';
const pp = (opener: string) => draft(`${opener} its resolution 59/50 of 2 December 2004,${OP}`);

ruleTester(preambleParticlePosition, {
  valid: [
    { name: '`Recalling also` (PRE-06 ✔)', text: pp('_Recalling also_') },
    { name: '`Noting further`', text: pp('_Noting further_') },
    { name: 'a repeated opener without a particle occurs in adopted texts (80/11 `Reaffirming` … `Reaffirming`)', text: draft(`_Reaffirming_ its resolution 59/50,\n\n_Reaffirming_ its resolution 60/1,${OP}`) },
    { name: 'other preposed adverbs are not particles (`Deeply concerned`)', text: pp('_Deeply concerned_ about') },
    { name: 'a Security Council text writes either order (PRE-06; S/RES/587, 811 of the corpus): off under sc', text: `The Security Council,\n\n_Further recalling_ its resolutions 508 (1982) and 509 (1982),\n\n1. _Decides_ to remain seized of the matter.\n` },
  ],
  invalid: [
    {
      name: '`Further recalling` (PRE-06 ✘, CONVENTIONS.md 9.1 line 8)',
      text: pp('_Further recalling_'),
      errors: [{ line: 8, column: 2, messageId: 'order', message: '`Recalling further`' }],
      output: pp('_Recalling further_'),
    },
    {
      name: '`Also noting with concern`, plain text: the particle goes before the manner, `Noting also with concern` (review: the fix wrote `Noting with concern also`)',
      text: pp('Also noting with concern'),
      errors: [{ line: 8, column: 1, messageId: 'order', message: '`Noting also with concern`' }],
      output: pp('Noting also with concern'),
    },
    {
      name: '`Also taking note with appreciation` → `Taking note also with appreciation`',
      text: pp('_Also taking note with appreciation_'),
      errors: [{ line: 8, column: 2, messageId: 'order', message: '`Taking note also with appreciation`' }],
      output: pp('_Taking note also with appreciation_'),
    },
  ],
});
