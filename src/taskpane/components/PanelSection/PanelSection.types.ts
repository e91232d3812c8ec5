// Props of PanelSection.
import type { ReactNode } from 'react';

export interface PanelSectionProps {
  /** Short id; the heading's element id is "kam-<id>-heading". */
  readonly id: string;
  readonly title: string;
  /**
   * Whether the heading can take focus from code (the panel moves focus to Results after a run).
   * @default false
   */
  readonly focusable?: boolean;
  readonly children: ReactNode;
}
