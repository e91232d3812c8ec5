// Where "How the numbers are computed" opens: a page served beside the panel, or the host's own way
// (Google Sheets serves no pages beside its sidebar, so a dialog opens there).
import { createContext, useContext } from 'react';

/** The page's place among the add-in's web assets (copied from assets/ by the build). */
export const METHODOLOGY_PATH = 'assets/methodology.html';

/** The page's address for a panel served from `pageUrl` (the taskpane's or the preview's own address). */
export function methodologyUrl(pageUrl: string): string {
  return new URL(METHODOLOGY_PATH, pageUrl).href;
}

/** A page to link to (also written on the KAM Summary sheet), or an action that shows it. */
export type MethodologyLink = { readonly href: string } | { readonly open: () => void };

export const MethodologyContext = createContext<MethodologyLink | null>(null);

/** How the panel shows the methodology, or null where the host offers no way to. */
export function useMethodology(): MethodologyLink | null {
  return useContext(MethodologyContext);
}
