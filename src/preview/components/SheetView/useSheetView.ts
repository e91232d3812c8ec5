// State of SheetView: which rows are in view (only those are rendered), and scrolling to a requested cell.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { SheetViewProps } from './SheetView.types';
import { geometry, rowWindow, scrollTopFor, type RowWindow } from './scroll-window';

export { HEADER_HEIGHT, ROW_HEIGHT } from './scroll-window';
export const ROW_HEADER_WIDTH = 56;

interface Viewport {
  readonly top: number;
  readonly height: number;
}

export interface SheetWindow extends RowWindow {
  readonly scroller: RefObject<HTMLDivElement>;
  readonly onScroll: () => void;
}

export function useSheetView({ sheet, selection }: SheetViewProps): SheetWindow {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 800 });
  const frame = useRef(0);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (el !== null) setViewport({ top: el.scrollTop, height: el.clientHeight });
  }, []);

  // One state update per frame at most, however many scroll events arrive.
  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  }, [measure]);

  useEffect(() => {
    const el = scroller.current;
    if (el === null) return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [measure]);

  const shape = geometry(sheet.rowCount, sheet.frozenRows, viewport.height);

  // Scrolls once per request: a redraw after Identify must not pull the view back to an old link.
  const handled = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el === null || selection === null || handled.current === selection.request) return;
    handled.current = selection.request;
    const g = geometry(sheet.rowCount, sheet.frozenRows, el.clientHeight);
    if (selection.row > sheet.frozenRows)
      el.scrollTop = scrollTopFor(g, sheet.frozenRows, selection.row);
    const left = sheet.widths.slice(0, selection.column - 1).reduce((sum, w) => sum + w, 0);
    const width = sheet.widths[selection.column - 1] ?? 0;
    const visible = el.clientWidth - ROW_HEADER_WIDTH;
    if (left < el.scrollLeft || left + width > el.scrollLeft + visible)
      el.scrollLeft = Math.max(0, left - (visible - width) / 2);
    measure();
  }, [selection, sheet, measure]);

  return { scroller, onScroll, ...rowWindow(shape, sheet.frozenRows, viewport.top) };
}
