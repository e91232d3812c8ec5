// What the ribbon command tells the user after a run, and its round trip through the outcome dialog's URL.
import { z } from 'zod';

/** Limits keep the dialog URL short and a hostile or runaway text from filling the screen. */
export const MAX_TITLE = 120;
export const MAX_LINE = 400;
export const MAX_LINES = 8;

export const outcomeMessageSchema = z.object({
  kind: z.enum(['success', 'warning', 'error']),
  title: z.string().min(1).max(MAX_TITLE),
  lines: z.array(z.string().max(MAX_LINE)).max(MAX_LINES),
});

export type OutcomeMessage = z.infer<typeof outcomeMessageSchema>;

/** Shortens a text to at most max characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The message as query parameters for outcome.html: k (kind), t (title), one l per line. */
export function toDialogQuery(message: OutcomeMessage): string {
  const params = new URLSearchParams();
  params.set('k', message.kind);
  params.set('t', clip(message.title, MAX_TITLE));
  for (const line of message.lines.slice(0, MAX_LINES)) params.append('l', clip(line, MAX_LINE));
  return params.toString();
}

/**
 * Reads the message back in the dialog. The query is input from outside the page (anyone can open
 * the URL), so it goes through the schema; null when it is not a message of ours.
 */
export function fromDialogQuery(search: string): OutcomeMessage | null {
  const params = new URLSearchParams(search);
  const parsed = outcomeMessageSchema.safeParse({
    kind: params.get('k'),
    title: params.get('t'),
    lines: params.getAll('l'),
  });
  return parsed.success ? parsed.data : null;
}
