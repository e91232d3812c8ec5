// Keeps the focused control out from under a sticky region (the run bar): WCAG 2.4.11, focus not obscured.
import { type RefObject, useEffect } from 'react';

/** Space left between the focused control and the sticky region, in CSS pixels. */
export const FOCUS_MARGIN = 8;

/** The nearest ancestor that scrolls vertically: the preview's panel, or the task pane's document. */
export function scrollingAncestor(element: Element): Element | null {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  // The document scrolls (Excel's task pane); jsdom has no scrollingElement.
  const document = element.ownerDocument;
  return document.scrollingElement ?? document.documentElement;
}

/**
 * How far to scroll down so that a box ends FOCUS_MARGIN above the sticky region's top edge (0 when
 * it already does). A box taller than the room above the region is aligned by its top instead.
 */
export function overlapWith(box: DOMRect, sticky: DOMRect, viewTop: number): number {
  const overlap = box.bottom + FOCUS_MARGIN - sticky.top;
  if (overlap <= 0) return 0;
  return Math.max(0, Math.min(overlap, box.top - viewTop - FOCUS_MARGIN));
}

/**
 * Whenever focus lands inside `root` (tabbing, a link, code), a control the sticky region at the
 * bottom covers is scrolled up clear of it. The browser only scrolls a control into view when it
 * is outside the scroll area, and a sticky footer is inside it, so the check is ours.
 */
export function useFocusClearOf(
  root: RefObject<HTMLElement>,
  sticky: RefObject<HTMLElement>,
): void {
  useEffect(() => {
    const container = root.current;
    if (container === null) return;
    const onFocusIn = (event: FocusEvent): void => {
      const footer = sticky.current;
      const target = event.target;
      if (footer === null || !(target instanceof Element) || footer.contains(target)) return;
      const scroller = scrollingAncestor(target);
      if (scroller === null) return;
      const page = scroller === scroller.ownerDocument.documentElement;
      const viewTop = page ? 0 : scroller.getBoundingClientRect().top;
      const by = overlapWith(
        target.getBoundingClientRect(),
        footer.getBoundingClientRect(),
        viewTop,
      );
      if (by > 0) scroller.scrollBy({ top: by });
    };
    container.addEventListener('focusin', onFocusIn);
    return () => container.removeEventListener('focusin', onFocusIn);
  }, [root, sticky]);
}
