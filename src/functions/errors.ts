// Failures as Excel shows them in the cell: #VALUE! when the formula's arguments are wrong,
// #N/A when the workbook has no usable saved model or run. Both carry a message users can act on.
import type { Outcome } from '../core';
import { customFunctionsRuntime } from './runtime';

export const INVALID_VALUE = '#VALUE!';
export const NOT_AVAILABLE = '#N/A';
export type FunctionErrorCode = typeof INVALID_VALUE | typeof NOT_AVAILABLE;

/**
 * Stands in for `CustomFunctions.Error` outside Excel (tests, bench, browser preview): the same
 * error text in `code` and the same message, so callers and tests read both the same way.
 */
export class FunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionError';
  }
}

function functionError(code: FunctionErrorCode, message: string): Error {
  const runtime = customFunctionsRuntime();
  if (runtime === undefined) return new FunctionError(code, message);
  const runtimeCode =
    code === INVALID_VALUE ? runtime.ErrorCode.invalidValue : runtime.ErrorCode.notAvailable;
  return new runtime.Error(runtimeCode, message);
}

/** #VALUE!: the formula's arguments are wrong; the message says which and how to fix it. */
export function invalidValue(message: string): Error {
  return functionError(INVALID_VALUE, message);
}

/**
 * The value of a core outcome, or the error Excel shows for it. `codeFor` picks #VALUE! or #N/A
 * from the core's error code; by default every failure is the formula's (#VALUE!).
 */
export function orThrow<T>(
  outcome: Outcome<T>,
  codeFor: (code: string) => FunctionErrorCode = () => INVALID_VALUE,
): T {
  if (outcome.kind === 'ok') return outcome.value;
  throw functionError(codeFor(outcome.code), outcome.message);
}

/**
 * The error a Google Sheets custom function throws: Sheets shows #ERROR! with the message, which is
 * the same one Excel shows, with the function named as Sheets spells it (KAM.GINI is KAM_GINI there).
 */
export function sheetsError(error: unknown): Error {
  const message: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'message') : error;
  return new Error(String(message).replace(/\bKAM\.(?=[A-Z])/g, 'KAM_'));
}
