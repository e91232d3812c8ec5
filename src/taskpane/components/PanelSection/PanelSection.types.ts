// Props of PanelSection.
import type { ReactNode, Ref } from 'react';

export interface PanelSectionProps {
  /** Short id; the heading's element id is "kam-<id>-heading". */
  readonly id: string;
  readonly title: string;
  /**
   * Whether the heading can take focus from code (the panel moves focus to Results after a run).
   * @default false
   */
  readonly focusable?: boolean;
  /** The heading element, for the code that moves focus to it. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly children: ReactNode;
}
