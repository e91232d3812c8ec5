// The outcome of the ribbon's one-click run, shown in the panel too (the shared runtime hands it over).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useRibbonOutcome } from './useRibbonOutcome';
import { useRibbonOutcomeStyles } from './useRibbonOutcomeStyles.styles';

export function RibbonOutcome(): JSX.Element | null {
  const { message, dismiss } = useRibbonOutcome();
  const styles = useRibbonOutcomeStyles();
  if (message === null) return null;
  return (
    <MessageBar intent={message.kind} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{`From the ribbon: ${message.title}`}</MessageBarTitle>
        <ul className={styles.lines}>
          {message.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss the ribbon's message"
            icon={<DismissRegular />}
            onClick={dismiss}
          />
        }
      />
    </MessageBar>
  );
}
