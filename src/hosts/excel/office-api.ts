// The Office.js surface the Excel adapter uses, injectable (tests pass office-addin-mock objects), and its failures as Outcomes.
import type { Outcome } from '../../core';

/**
 * What the adapter needs from the `Excel` namespace: only `run`. Enumerations are passed as their
 * documented string values ("ColorScale", "Secondary" ...), so nothing else of the namespace is read.
 */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The result handed to `Office.Settings.saveAsync`'s callback (status "succeeded" or "failed"). */
export interface SaveResult {
  readonly status: unknown;
  readonly error?: { readonly message?: string } | null;
}

/** `Office.context.document.settings`: the add-in's name/value store inside the workbook. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: SaveResult) => void): void;
}

/** What the adapter needs from the `Office` namespace. */
export interface OfficeGlobals {
  readonly context: {
    readonly document: { readonly settings: SettingsStore };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** The lowest ExcelApi version the adapter runs on (surrounding region, active cell, named formulas, chart series). */
export const MIN_EXCEL_API = '1.7';

/** Optional features, each with the ExcelApi version that brings it. */
export interface ExcelFeatures {
  /** Cumulative-share line on a secondary axis (ChartSeries.axisGroup). */
  readonly secondaryAxis: boolean;
  /** Copying the user's header style onto our headers (Range.copyFrom). */
  readonly copyFormats: boolean;
  /** The workbook's decimal separator (Application.cultureInfo). */
  readonly cultureInfo: boolean;
  /** Growing and shrinking an Excel table around our columns (Table.resize). */
  readonly tableResize: boolean;
  /** Typed cell values (Range.valuesAsJson): a string stays a string, whatever it starts with. */
  readonly typedValues: boolean;
}

export function detectFeatures(office: OfficeGlobals): Outcome<ExcelFeatures> {
  const supports = (version: string): boolean => {
    try {
      return office.context.requirements.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  if (!supports(MIN_EXCEL_API)) {
    return {
      kind: 'error',
      code: 'excel-too-old',
      message: `This version of Excel is too old for the Key Account Identifier (it needs Excel JavaScript API ${MIN_EXCEL_API}: Excel 2019 or later, Microsoft 365, or Excel on the web).`,
    };
  }
  return {
    kind: 'ok',
    value: {
      secondaryAxis: supports('1.8'),
      copyFormats: supports('1.9'),
      cultureInfo: supports('1.11'),
      tableResize: supports('1.13'),
      typedValues: supports('1.16'),
    },
  };
}

/** The shape of an OfficeExtension.Error (checked structurally: the namespace may not be loaded in tests). */
interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly errorLocation?: string } | null;
}

function isOfficeError(error: unknown): error is OfficeErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  return (
    typeof Reflect.get(error, 'code') === 'string' &&
    typeof Reflect.get(error, 'message') === 'string'
  );
}

/**
 * What an exception from Office.js (or anything thrown while talking to Excel) says: its text, and
 * a code carrying Excel's error code and the failing API, which is what a support person needs
 * ("excel:InvalidArgument@Range.values").
 */
export function failureDetail(error: unknown): {
  readonly code: 'excel-failure' | `excel:${string}`;
  readonly text: string;
} {
  if (isOfficeError(error)) {
    const location = error.debugInfo?.errorLocation;
    return { code: `excel:${error.code}${location ? `@${location}` : ''}`, text: error.message };
  }
  return { code: 'excel-failure', text: error instanceof Error ? error.message : String(error) };
}

/** Such an exception as an error Outcome whose message says what we were doing. */
export function officeFailure(doing: string, error: unknown): Outcome<never> {
  const { code, text } = failureDetail(error);
  return { kind: 'error', code, message: `Excel could not ${doing}: ${text}` };
}

/** Runs work that talks to Excel; any exception becomes an error Outcome (never thrown to the caller). */
export async function guarded<T>(
  doing: string,
  work: () => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  try {
    return await work();
  } catch (error) {
    return officeFailure(doing, error);
  }
}
