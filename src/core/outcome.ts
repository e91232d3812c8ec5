// Results as values for operations that can fail on user input (misuse throws instead), and exhaustive switches.

/** Result-as-value for operations that can fail on user input (misuse throws instead). */
export type Outcome<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'error'; readonly code: string; readonly message: string };

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
