// Which rows the sheet view renders for a scroll position, and where they go (virtual scrolling, scaled for big sheets).

export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 22;
/** Rows rendered above and below the visible ones, so fast scrolling does not show blank rows. */
const OVERSCAN = 12;
/**
 * The tallest scrolling area the view makes. Chromium paints scrolled content near offsets of a
 * million pixels wrongly (rows drawn over the sticky headings), and 50,000 rows of 22 px are 1.1
 * million: past this height one pixel of scrolling moves more than one pixel of rows.
 */
export const MAX_BODY_HEIGHT = 240_000;

export interface ScrollGeometry {
  /** Body rows (below the frozen ones) and the height the viewport shows them in. */
  readonly bodyRows: number;
  readonly bodyViewport: number;
  /** Height of the scrolling body: the rows' own height, or MAX_BODY_HEIGHT for big sheets. */
  readonly bodyHeight: number;
  /** Pixels of rows per pixel of scrolling (1 up to MAX_BODY_HEIGHT). */
  readonly ratio: number;
  readonly maxScroll: number;
}

export interface RowWindow {
  /** First and last rendered sheet rows (below the frozen ones); last < first when none. */
  readonly first: number;
  readonly last: number;
  /** Heights of the empty space above and below the rendered rows. */
  readonly above: number;
  readonly below: number;
}

export function geometry(
  rowCount: number,
  frozenRows: number,
  viewportHeight: number,
): ScrollGeometry {
  const bodyRows = Math.max(rowCount - frozenRows, 0);
  const bodyViewport = Math.max(
    viewportHeight - HEADER_HEIGHT - frozenRows * ROW_HEIGHT,
    ROW_HEIGHT,
  );
  const natural = bodyRows * ROW_HEIGHT;
  const bodyHeight = Math.min(natural, MAX_BODY_HEIGHT);
  const maxScroll = Math.max(bodyHeight - bodyViewport, 0);
  const naturalRange = Math.max(natural - bodyViewport, 0);
  return {
    bodyRows,
    bodyViewport,
    bodyHeight,
    ratio: maxScroll > 0 ? naturalRange / maxScroll : 1,
    maxScroll,
  };
}

export function rowWindow(g: ScrollGeometry, frozenRows: number, scrollTop: number): RowWindow {
  if (g.bodyRows === 0) return { first: frozenRows + 1, last: frozenRows, above: 0, below: 0 };
  const scroll = Math.min(Math.max(scrollTop, 0), g.maxScroll);
  const position = scroll * g.ratio;
  const top = Math.min(Math.floor(position / ROW_HEIGHT), g.bodyRows - 1);
  // The first visible row sits at the viewport's top, shifted by how far the position is into it.
  const rowStart = scroll - (position - top * ROW_HEIGHT);
  const before = Math.max(Math.min(OVERSCAN, top, Math.floor(rowStart / ROW_HEIGHT)), 0);
  let above = Math.max(rowStart - before * ROW_HEIGHT, 0);
  const toEnd = g.bodyRows - (top - before);
  const visible = Math.min(before + Math.ceil(g.bodyViewport / ROW_HEIGHT) + 1, toEnd);
  let count = Math.min(visible + OVERSCAN, toEnd);
  // The rows must end within the body's height (or the scroll range would move under the user):
  // drop overscan rows first; near the end of a scaled body, lift the rows by the last few pixels.
  const fit = Math.floor((g.bodyHeight - above) / ROW_HEIGHT);
  if (count > fit) {
    count = Math.max(fit, visible);
    above = Math.min(above, Math.max(g.bodyHeight - count * ROW_HEIGHT, 0));
  }
  const first = frozenRows + 1 + top - before;
  return {
    first,
    last: first + count - 1,
    above,
    below: Math.max(g.bodyHeight - above - count * ROW_HEIGHT, 0),
  };
}

/** The scroll position that shows a sheet row in the middle of the body. */
export function scrollTopFor(g: ScrollGeometry, frozenRows: number, row: number): number {
  const position = (row - frozenRows - 1) * ROW_HEIGHT - (g.bodyViewport - ROW_HEIGHT) / 2;
  return Math.min(Math.max(position / g.ratio, 0), g.maxScroll);
}
