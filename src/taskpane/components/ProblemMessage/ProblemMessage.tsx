// A problem as a Fluent MessageBar: the message, optional collapsed details (never a stack trace), retry and dismiss.
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ProblemMessageProps } from './ProblemMessage.types';
import { useProblemMessage } from './useProblemMessage';
import { useProblemMessageStyles } from './useProblemMessageStyles.styles';

export function ProblemMessage({
  error,
  intent = 'error',
  title,
  onDismiss,
  onRetry,
}: ProblemMessageProps): JSX.Element {
  const { open, toggle } = useProblemMessage();
  const styles = useProblemMessageStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody className={styles.body}>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {error.message}
        {error.details !== undefined && (
          <div>
            <Link as="button" onClick={toggle} aria-expanded={open}>
              {open ? 'Hide details' : 'Show details'}
            </Link>
            {open && <div className={styles.details}>{error.details}</div>}
          </div>
        )}
      </MessageBarBody>
      {(onRetry !== undefined || onDismiss !== undefined) && (
        <MessageBarActions
          containerAction={
            onDismiss === undefined ? undefined : (
              <Button
                appearance="transparent"
                aria-label="Dismiss message"
                icon={<DismissRegular />}
                onClick={onDismiss}
              />
            )
          }
        >
          {onRetry !== undefined && <Button onClick={onRetry}>Try again</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
