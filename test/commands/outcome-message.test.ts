// The outcome's trip through the dialog URL: lossless for our messages, refused for anything else.
import {
  fromDialogQuery,
  MAX_LINE,
  MAX_LINES,
  toDialogQuery,
  type OutcomeMessage,
} from '../../src/commands/outcome-message';
import { outcomeDialogUrl } from '../../src/commands/outcome-dialog';
import { latestOutcome, publishOutcome, subscribeOutcome } from '../../src/commands/last-outcome';

const message: OutcomeMessage = {
  kind: 'success',
  title: 'Key accounts identified',
  lines: [
    '9 key accounts of 40, bringing 61% of revenue.',
    '22% of accounts bring 80% of revenue.',
    'Model "R&D = 100%?": A 50%, B 50%.',
  ],
};

describe('the outcome dialog URL', () => {
  it('carries the message there and back, special characters included', () => {
    expect(fromDialogQuery(toDialogQuery(message))).toEqual(message);
    expect(
      fromDialogQuery(`?${toDialogQuery(message)}&_host_info=Excel$Win32$16.01$en-US`),
    ).toEqual(message);
  });

  it('is the dialog page beside the runtime page, on the same origin', () => {
    const url = new URL(
      outcomeDialogUrl('https://localhost:3000/taskpane.html?_host_Info=x', message),
    );
    expect(url.origin + url.pathname).toBe('https://localhost:3000/outcome.html');
    expect(fromDialogQuery(url.search)).toEqual(message);
    expect(outcomeDialogUrl('https://kam.example.com/addin/taskpane.html', message)).toMatch(
      /^https:\/\/kam\.example\.com\/addin\/outcome\.html\?/,
    );
  });

  it('clips what would not fit instead of failing', () => {
    const long: OutcomeMessage = {
      kind: 'error',
      title: 'T'.repeat(500),
      lines: Array.from({ length: 20 }, () => 'x'.repeat(2000)),
    };
    const back = fromDialogQuery(toDialogQuery(long));
    expect(back?.lines).toHaveLength(MAX_LINES);
    expect(back?.lines[0]).toHaveLength(MAX_LINE);
    expect(back?.title.endsWith('…')).toBe(true);
  });

  it('refuses a query that is not one of our messages', () => {
    expect(fromDialogQuery('')).toBeNull();
    expect(fromDialogQuery('k=alert&t=x')).toBeNull();
    expect(fromDialogQuery(`k=error&t=x&l=${'y'.repeat(MAX_LINE + 1)}`)).toBeNull();
  });
});

describe('the latest outcome, shared with the task pane', () => {
  it('keeps the last message and tells subscribers until they unsubscribe', () => {
    const seen: string[] = [];
    const unsubscribe = subscribeOutcome((m) => seen.push(m.title));
    publishOutcome(message);
    expect(latestOutcome()).toBe(message);
    unsubscribe();
    publishOutcome({ ...message, title: 'Second' });
    expect(seen).toEqual(['Key accounts identified']);
    expect(latestOutcome()?.title).toBe('Second');
  });
});
