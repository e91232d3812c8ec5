// jsdom stand-ins for browser APIs Fluent UI expects (matchMedia, ResizeObserver), and jest-dom's matchers.
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

class NoResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window.ResizeObserver !== 'function') window.ResizeObserver = NoResizeObserver;

// Role queries check every element's visibility through getComputedStyle, which dominates the time
// of these tests on a panel this size; the panel hides nothing the tests look for. The longer wait
// keeps the tests steady when the whole suite shares a busy machine.
configure({ defaultHidden: true, asyncUtilTimeout: 5000 });

/** Elements the panel scrolled into view (jsdom does no layout, so it has no scrollIntoView), with the options. */
export const scrolledIntoView: { element: Element; options: unknown }[] = [];
if (typeof Element.prototype.scrollIntoView !== 'function')
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element, options?: unknown) {
    scrolledIntoView.push({ element: this, options });
  };
