// The text cells a reader keeps for a whole sheet, made cheap to hold: one string per repeating label, none tied to the file's text.

/** Rows of a column looked at before deciding whether its values repeat enough to be shared. */
const TRIAL_ROWS = 1024;
/** Distinct values a column may have and still be shared: labels, ratings, regions, not names or amounts. */
const MAX_DISTINCT = 4096;
/** V8 keeps a cut of this many characters or more as a view on the string it was cut from. */
const VIEW_LENGTH = 13;

/**
 * A copy of text that does not keep the string it was cut from alive. A name cut from a piece of
 * sheet XML would otherwise hold the whole piece: over a full sheet, every piece of the file. The
 * JSON round trip is the quickest flat copy measured here (0.2 µs for a 14-character name).
 */
export function detached(text: string): string {
  return text.length < VIEW_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * The strings a reader keeps, column by column. A column whose values repeat (Relationship, Region,
 * Credit rating...) hands out one string per distinct value, so a full sheet's labels are a few
 * strings, not a million copies the garbage collector walks at every major collection; a column
 * whose first rows are mostly distinct (names, amounts) stops being looked up. Every kept string is
 * detached from the text it was read from. The values are the same either way.
 */
export class ColumnStrings {
  private readonly seen: (Map<string, string> | null)[] = [];
  private readonly hits: number[] = [];
  private readonly looked: number[] = [];

  kept(text: string, column: number): string {
    let seen = this.seen[column];
    if (seen === null) return detached(text);
    if (seen === undefined) {
      seen = new Map();
      this.seen[column] = seen;
      this.hits[column] = 0;
      this.looked[column] = 0;
    }
    const known = seen.get(text);
    const looked = ++this.looked[column];
    if (known !== undefined) {
      this.hits[column]++;
      return known;
    }
    const copy = detached(text);
    // Mostly distinct after the trial, or too many values to be labels: the column is left as read.
    if ((looked >= TRIAL_ROWS && this.hits[column] * 2 < looked) || seen.size >= MAX_DISTINCT)
      this.seen[column] = null;
    else seen.set(copy, copy);
    return copy;
  }
}
