// What a failure looks like to the user: an Outcome's own message, or a generic one with details to expand.

export interface ShownError {
  /** The sentence shown in the message bar. */
  readonly message: string;
  /** Technical details, collapsed by default; never a stack trace. */
  readonly details?: string;
}

/** An Outcome error already speaks to the user (the core writes its messages for them). */
export function fromOutcome(error: {
  readonly code: string;
  readonly message: string;
}): ShownError {
  return { message: error.message };
}

/** An exception is a bug or a host failure: a plain sentence, and the error's name and message to copy. */
export function fromException(error: unknown, doing: string): ShownError {
  const details =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : 'Unknown error';
  return {
    message: `Something went wrong while ${doing}. Your data has not been changed by this step; try again, and if it happens again, copy the details below.`,
    details,
  };
}
