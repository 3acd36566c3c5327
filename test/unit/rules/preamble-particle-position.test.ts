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
  ],
  invalid: [
    {
      name: '`Further recalling` (PRE-06 ✘, CONVENTIONS.md 9.1 line 8)',
      text: pp('_Further recalling_'),
      errors: [{ line: 8, column: 2, messageId: 'order', message: '`Recalling further`' }],
      output: pp('_Recalling further_'),
    },
    {
      name: '`Also noting with concern`, plain text',
      text: pp('Also noting with concern'),
      errors: [{ line: 8, column: 1, messageId: 'order', message: '`Noting with concern also`' }],
      output: pp('Noting with concern also'),
    },
  ],
});
