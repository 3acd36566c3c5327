import { sessionReference } from '../../../server/src/core/rules/session-reference';
import { ruleTester } from '../ruleTester';
import { ADOPTED, SC, at, edit } from './structureTexts';

const AGENDA = 'provisional agenda of its seventy-fifth session';
const REQUEST = 'at its seventy-fifth session a report';

ruleTester(sessionReference, {
  valid: [
    { name: 'the next sessions, in the request and the agenda (OP-07 ✔)', text: ADOPTED },
    { name: 'a request for the current session', text: edit(ADOPTED, REQUEST, 'at its seventy-third session a report') },
    { name: 'a past session in a recall is not a request (OP-07 FP risk)', text: edit(ADOPTED, '_Referring also_ to its resolution 59/50', '_Referring also_ to the declaration adopted at its sixty-fourth session and to its resolution 59/50') },
    { name: 'a past session after `adopted` inside an operative paragraph', text: edit(ADOPTED, '_Invites_ the Secretary-General', '_Invites_ the Secretary-General to continue to implement the programme adopted at its seventy-second session and') },
    { name: 'an operative paragraph that notes a past inscription is not a decision', text: edit(ADOPTED, '2. _Invites_ the Secretary-General to continue', '2. _Notes_ that the item was included in the provisional agenda of its seventy-second session, and _invites_ the Secretary-General to continue') },
    { name: 'Security Council texts name no sessions', text: SC },
  ],
  invalid: [
    {
      name: 'an agenda for a past session (OP-07 ✘)',
      text: edit(ADOPTED, AGENDA, 'provisional agenda of its seventy-second session'),
      errors: [{ ...at(ADOPTED, AGENDA), messageId: 'agenda', message: '`provisional agenda of its seventy-fourth session`' }],
      output: null,
    },
    {
      name: 'the current session is no future agenda',
      text: edit(ADOPTED, AGENDA, 'provisional agenda of its seventy-third session'),
      errors: [{ ...at(ADOPTED, AGENDA), messageId: 'agenda' }],
      output: null,
    },
    {
      name: 'a request for a past session, in figures (CONS-10, CONVENTIONS.md 9.1 line 10)',
      text: edit(ADOPTED, REQUEST, 'at its 72nd session a report'),
      errors: [{ ...at(ADOPTED, REQUEST), messageId: 'request', message: 'seventy-second' }],
      output: null,
    },
  ],
});
