// Finds, before anything is written, a cell of the user's in a column the plan takes as new: one regular-expression pass over the sheet XML.
import { cellAddress, columnLetters, parseBox } from '../../../core';

/**
 * A filled cell in one of the columns over the rows, or a merged area reaching into them (never
 * written into, as in Excel), as "G4", or null. Cells without a reference are left to the writer's
 * own check while it streams.
 */
export function firstOccupied(
  chunks: Iterable<Uint8Array>,
  columns: ReadonlySet<number>,
  fromRow: number,
  toRow: number,
): string | null {
  if (columns.size === 0) return null;
  const byLetters = new Map([...columns].map((c) => [columnLetters(c), c]));
  const pattern = new RegExp(
    `<c\\s(?:[^>]*?\\s)?r="(${[...byLetters.keys()].join('|')})(\\d+)"[^>]*?(/?)>`,
    'g',
  );
  const decoder = new TextDecoder('utf-8');
  const merge = /<mergeCell\s[^>]*?ref="([A-Z]+\d+):([A-Z]+\d+)"/g;
  const mergedInto = (text: string): string | null => {
    merge.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = merge.exec(text)) !== null) {
      const box = parseBox(`${found[1]}:${found[2]}`);
      if (box === null || box.bottom < fromRow || box.top > toRow) continue;
      for (const column of columns)
        if (column >= box.left && column <= box.right)
          return cellAddress(Math.max(box.top, fromRow), column);
    }
    return null;
  };
  let carry = '';
  const scan = (text: string, final: boolean): string | null => {
    // A cell cut by a piece boundary is kept for the next piece: the last "<c" onwards.
    const cut = final ? text.length : Math.max(0, text.lastIndexOf('<c'));
    const body = text.slice(0, cut);
    const merged = mergedInto(body);
    if (merged !== null) return merged;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(body)) !== null) {
      const row = Number(match[2]);
      if (row < fromRow || row > toRow || match[3] === '/') continue;
      const close = body.indexOf('</c>', pattern.lastIndex);
      const content = body.slice(pattern.lastIndex, close === -1 ? body.length : close);
      if (/<v>[^<]|<is[\s>]|<f[\s>]/.test(content))
        return cellAddress(row, byLetters.get(match[1]) ?? 0);
    }
    carry = text.slice(cut);
    return null;
  };
  for (const chunk of chunks) {
    const found = scan(carry + decoder.decode(chunk, { stream: true }), false);
    if (found !== null) return found;
  }
  return scan(carry + decoder.decode(), true);
}
