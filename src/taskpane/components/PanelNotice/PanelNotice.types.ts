// Props of PanelNotice.
import type { MessageBarIntent } from '@fluentui/react-components';

export interface PanelNoticeProps {
  readonly intent: MessageBarIntent;
  /** What to say; null says nothing, and nothing is drawn. */
  readonly text: string | null;
}
