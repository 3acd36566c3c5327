/**
 * `formatMessage` (server/src/core/lint.ts): the `{{name}}` placeholders of a rule's message.
 */
import assert from 'node:assert/strict';
import { formatMessage } from '../../server/src/core/lint';

describe('formatMessage', () => {
  it('fills every placeholder with its value, numbers included', () => {
    assert.equal(formatMessage('Write "{{replacement}}", not "{{found}}"{{note}}.', { replacement: 'Secretary-General', found: 'secretary-general', note: '' }), 'Write "Secretary-General", not "secretary-general".');
    assert.equal(formatMessage('{{n}} of {{ total }}', { n: 3, total: 12 }), '3 of 12');
    assert.equal(formatMessage('{{a}}{{a}}{{b}}', { a: 'x', b: 'y' }), 'xxy');
  });

  it('leaves a placeholder without a value, and text without placeholders, as written', () => {
    assert.equal(formatMessage('Write {{missing}} here', { other: 'x' }), 'Write {{missing}} here');
    assert.equal(formatMessage('{{ not a name }} and {{x}}', { x: 1 }), '{{ not a name }} and 1');
    assert.equal(formatMessage('{{{x}}}', { x: 'v' }), '{v}');
    assert.equal(formatMessage('Plain text.', { x: 'v' }), 'Plain text.');
    assert.equal(formatMessage('Write {{x}}', undefined), 'Write {{x}}');
  });

  it('does not read a value into a placeholder again (a value that looks like one stays as it is)', () => {
    assert.equal(formatMessage('{{a}} {{b}}', { a: '{{b}}', b: 'B' }), '{{b}} B');
  });
});
