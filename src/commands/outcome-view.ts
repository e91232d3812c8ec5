// Renders an outcome message into the dialog page with text nodes only (user text such as "=HYPERLINK(...)" stays text).
import type { OutcomeMessage } from './outcome-message';

const FALLBACK: OutcomeMessage = {
  kind: 'error',
  title: 'Nothing to show',
  lines: ['This page shows the outcome of "Identify key accounts" and was opened without one.'],
};

/** Fills root with the title and one paragraph per line; the kind becomes a class for the colour. */
export function renderOutcome(
  doc: Document,
  root: HTMLElement,
  message: OutcomeMessage | null,
): void {
  const shown = message ?? FALLBACK;
  root.replaceChildren();
  root.className = `outcome outcome-${shown.kind}`;
  const title = doc.createElement('h1');
  title.textContent = shown.title;
  root.append(title);
  for (const line of shown.lines) {
    const paragraph = doc.createElement('p');
    paragraph.textContent = line;
    root.append(paragraph);
  }
  doc.title = shown.title;
}
