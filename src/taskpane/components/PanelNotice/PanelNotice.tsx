// A line the panel has to say (a warning, a note, what was saved): a multiline MessageBar, drawn only when there is one.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PanelNoticeProps } from './PanelNotice.types';

export function PanelNotice({ intent, text }: PanelNoticeProps): JSX.Element | null {
  if (text === null) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
