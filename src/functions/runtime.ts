// The `CustomFunctions` global of Excel's custom-functions runtime, typed for the part we use
// (no @types package for that runtime is installed). It exists only inside Excel.

/** The members of the runtime's `CustomFunctions` namespace this add-in uses. */
export interface CustomFunctionsRuntime {
  /** `new CustomFunctions.Error(code, message)`: thrown, it shows as the error in the cell, with the message on hover. */
  readonly Error: new (code: string, message?: string) => Error;
  /** The error codes; their values are the error texts ("#VALUE!", "#N/A"). */
  readonly ErrorCode: { readonly invalidValue: string; readonly notAvailable: string };
  /** Binds a function id of functions.json to its implementation. */
  associate(id: string, implementation: (...args: never[]) => unknown): void;
}

declare global {
  // Declared as always present so the `CustomFunctions.associate(...)` lines that
  // custom-functions-metadata-plugin appends to functions.ts type-check; code that may run
  // outside Excel asks `customFunctionsRuntime()` instead.
  var CustomFunctions: CustomFunctionsRuntime;
}

/** The runtime inside Excel; undefined in tests, the CLI and the browser preview. */
export function customFunctionsRuntime(): CustomFunctionsRuntime | undefined {
  return typeof CustomFunctions === 'undefined' ? undefined : CustomFunctions;
}
