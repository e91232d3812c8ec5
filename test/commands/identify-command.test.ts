// The ribbon handler: reports every outcome, success, refusal or exception, and always completes the event.
import type { Identification } from '../../src/hosts/identify-and-write';
import type { Outcome } from '../../src/core';
import { BUSY_TITLE, FAILURE_TITLE } from '../../src/commands/describe-outcome';
import { createIdentifyCommand, type CommandEvent } from '../../src/commands/identify-command';
import type { OutcomeMessage } from '../../src/commands/outcome-message';

function fakeEvent(): CommandEvent & { completions: number } {
  const event = {
    completions: 0,
    completed() {
      event.completions++;
    },
  };
  return event;
}

function setup(
  identify: () => Promise<Outcome<Identification>>,
  report?: (m: OutcomeMessage) => Promise<void>,
) {
  const reported: OutcomeMessage[] = [];
  const logged: unknown[] = [];
  const handler = createIdentifyCommand({
    identify,
    report: report ?? (async (m) => void reported.push(m)),
    log: (problem) => logged.push(problem),
  });
  return { handler, reported, logged };
}

const refusal: Outcome<Identification> = {
  kind: 'error',
  code: 'no-table',
  message: 'No account table around the selection.',
};

describe('the "Identify key accounts" handler', () => {
  it('reports a refusal and completes the event once', async () => {
    const { handler, reported } = setup(async () => refusal);
    const event = fakeEvent();
    await handler(event);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ kind: 'error', title: FAILURE_TITLE });
    expect(reported[0].lines[0]).toBe('No account table around the selection.');
    expect(event.completions).toBe(1);
  });

  it('turns an exception from Excel into a message, and still completes', async () => {
    const { handler, reported } = setup(async () => {
      throw new Error('RichApi.Error: The request payload size has exceeded the limit.');
    });
    const event = fakeEvent();
    await handler(event);
    expect(reported[0].kind).toBe('error');
    expect(reported[0].lines[0]).toContain('payload size');
    expect(event.completions).toBe(1);
  });

  it('completes even when the outcome cannot be shown, and logs why', async () => {
    const { handler, logged } = setup(
      async () => refusal,
      async () => {
        throw new Error('dialog failed');
      },
    );
    const event = fakeEvent();
    await handler(event);
    expect(event.completions).toBe(1);
    expect(logged).toEqual([new Error('dialog failed')]);
  });

  it('answers a second click during a run without starting another, and runs again afterwards', async () => {
    let finish: (outcome: Outcome<Identification>) => void = () => undefined;
    let runs = 0;
    const { handler, reported } = setup(
      () =>
        new Promise((resolve) => {
          runs++;
          finish = resolve;
        }),
    );
    const first = fakeEvent();
    const second = fakeEvent();
    const running = handler(first);
    await handler(second);
    expect(reported.map((m) => m.title)).toEqual([BUSY_TITLE]);
    expect(second.completions).toBe(1);
    expect(first.completions).toBe(0);

    finish(refusal);
    await running;
    expect(first.completions).toBe(1);
    expect(runs).toBe(1);

    const third = fakeEvent();
    const again = handler(third);
    finish(refusal);
    await again;
    expect(runs).toBe(2);
    expect(third.completions).toBe(1);
  });
});
