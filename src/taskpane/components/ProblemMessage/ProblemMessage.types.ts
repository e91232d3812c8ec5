// Props of ProblemMessage: one user-facing problem as a Fluent message bar.
import type { ShownError } from '../../lib/errors';

export interface ProblemMessageProps {
  readonly error: ShownError;
  /**
   * How serious: 'error' for a failed action, 'warning' for something the user may want to fix.
   * @default 'error'
   */
  readonly intent?: 'error' | 'warning';
  /** Short title above the message, e.g. "Could not identify key accounts". */
  readonly title?: string;
  /** Shows a dismiss button when given. */
  readonly onDismiss?: () => void;
  /** Shows a "Try again" button when given. */
  readonly onRetry?: () => void;
}
