// Where the "How the numbers are computed" page is served beside the panel (null where no page is served).
import { createContext, useContext } from 'react';

/** The page's place among the add-in's web assets (copied from assets/ by the build). */
export const METHODOLOGY_PATH = 'assets/methodology.html';

/** The page's address for a panel served from `pageUrl` (the taskpane's or the preview's own address). */
export function methodologyUrl(pageUrl: string): string {
  return new URL(METHODOLOGY_PATH, pageUrl).href;
}

export const MethodologyUrlContext = createContext<string | null>(null);

/** The page's address, or null: the Google Sheets sidebar is one file with no pages beside it. */
export function useMethodologyUrl(): string | null {
  return useContext(MethodologyUrlContext);
}
