/**
 * @jest-environment jsdom
 */
// The dialog page renders the message as text: account names such as "<img onerror=...>" or "=HYPERLINK(...)" stay text.
import { renderOutcome } from '../../src/commands/outcome-view';

describe('renderOutcome', () => {
  it('shows the title and one paragraph per line, coloured by kind', () => {
    const root = document.createElement('main');
    renderOutcome(document, root, {
      kind: 'warning',
      title: 'Key accounts identified',
      lines: ['a', 'b'],
    });
    expect(root.querySelector('h1')?.textContent).toBe('Key accounts identified');
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['a', 'b']);
    expect(root.className).toBe('outcome outcome-warning');
    expect(document.title).toBe('Key accounts identified');
  });

  it('never turns text into markup', () => {
    const root = document.createElement('main');
    const hostile = '<img src=x onerror="alert(1)"> =HYPERLINK("http://x")';
    renderOutcome(document, root, { kind: 'error', title: hostile, lines: [hostile] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe(hostile);
  });

  it('explains itself when opened without a message, and replaces an earlier one', () => {
    const root = document.createElement('main');
    renderOutcome(document, root, { kind: 'success', title: 'First', lines: ['x'] });
    renderOutcome(document, root, null);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('h1')?.textContent).toBe('Nothing to show');
  });
});
