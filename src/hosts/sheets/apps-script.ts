// The part of Apps Script the Sheets host calls, and nothing more: each interface is a narrowing of
// the real one in @types/google-apps-script, checked at the bottom of this file, so the host and the
// test fake (which implements these interfaces) cannot call or offer a method the real API lacks.
/// <reference types="google-apps-script" />

type GS = typeof GoogleAppsScript.Spreadsheet;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;

/** A block of cells. Methods, not function properties: parameters that are Apps Script objects are
 * ones this same API handed out, which the method form lets the real, wider types stand in for. */
export interface RangeApi {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getSheet(): SheetApi;
  getA1Notation(): string;
  /** Values as Sheets computed them: numbers, strings ("" when empty), booleans, Dates; errors as their text. */
  getValues(): unknown[][];
  getFormulas(): string[][];
  getMergedRanges(): RangeApi[];
  /** Sheets reads what it is given as if typed in: "=x" becomes a formula, "12" a number (unless formatted "@"). */
  setValues(values: unknown[][]): RangeApi;
  /** Text as it is, never read as a formula or a number. */
  setRichTextValue(value: RichTextValueApi): RangeApi;
  setNumberFormat(numberFormat: string): RangeApi;
  setNumberFormats(numberFormats: string[][]): RangeApi;
  setFontWeights(fontWeights: (FontWeight | null)[][]): RangeApi;
  setFontStyles(fontStyles: (FontStyle | null)[][]): RangeApi;
  setFontSizes(sizes: number[][]): RangeApi;
  setFontColors(colors: (string | null)[][]): RangeApi;
  copyTo(
    destination: RangeApi,
    copyPasteType: GoogleAppsScript.Spreadsheet.CopyPasteType,
    transposed: boolean,
  ): void;
  clear(): RangeApi;
  clearContent(): RangeApi;
  activate(): RangeApi;
}

export interface RichTextValueApi {
  getText(): string;
}

export interface RichTextValueBuilderApi {
  setText(text: string): RichTextValueBuilderApi;
  build(): RichTextValueApi;
}

export interface ConditionalFormatRuleApi {
  getRanges(): RangeApi[];
}

export interface ConditionalFormatRuleBuilderApi {
  setGradientMinpoint(color: string): ConditionalFormatRuleBuilderApi;
  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilderApi;
  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilderApi;
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilderApi;
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

export interface ChartOptionsApi {
  get(option: string): unknown;
}

export interface EmbeddedChartApi {
  getOptions(): ChartOptionsApi;
}

export interface EmbeddedChartBuilderApi {
  asComboChart(): EmbeddedComboChartBuilderApi;
  addRange(range: RangeApi): EmbeddedChartBuilderApi;
  setOption(option: string, value: unknown): EmbeddedChartBuilderApi;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderApi;
  build(): EmbeddedChartApi;
}

/** The combo chart's builder: the chart builder's methods (they hand back the plain builder). */
export type EmbeddedComboChartBuilderApi = Omit<EmbeddedChartBuilderApi, 'asComboChart'>;

export interface FilterApi {
  getRange(): RangeApi;
}

export interface SheetApi {
  getName(): string;
  getSheetId(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getDataRange(): RangeApi;
  getFilter(): FilterApi | null;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  setColumnWidth(columnPosition: number, width: number): SheetApi;
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
  getCharts(): EmbeddedChartApi[];
  newChart(): EmbeddedChartBuilderApi;
  insertChart(chart: EmbeddedChartApi): void;
  removeChart(chart: EmbeddedChartApi): void;
  clear(): SheetApi;
  activate(): SheetApi;
}

export interface NamedRangeApi {
  getName(): string;
  getRange(): RangeApi;
  remove(): void;
}

export interface SpreadsheetApi {
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  getActiveSheet(): SheetApi;
  getCurrentCell(): RangeApi | null;
  insertSheet(sheetName: string): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getNamedRanges(): NamedRangeApi[];
  setNamedRange(name: string, range: RangeApi): void;
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  toast(msg: string, title: string, timeoutSeconds: number | null): void;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface UiApi {
  readonly ButtonSet: { readonly OK: GoogleAppsScript.Base.ButtonSet };
  createAddonMenu(): MenuApi;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): unknown;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModelessDialog(userInterface: HtmlOutputApi, title: string): void;
}

export interface SpreadsheetAppApi {
  readonly InterpolationType: {
    readonly NUMBER: GoogleAppsScript.Spreadsheet.InterpolationType;
    readonly PERCENTILE: GoogleAppsScript.Spreadsheet.InterpolationType;
  };
  readonly CopyPasteType: { readonly PASTE_FORMAT: GoogleAppsScript.Spreadsheet.CopyPasteType };
  getActiveSpreadsheet(): SpreadsheetApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
  newRichTextValue(): RichTextValueBuilderApi;
  getUi(): UiApi;
  flush(): void;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  getProperties(): { [key: string]: string };
  setProperties(properties: { [key: string]: string }): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
}

export interface PropertiesServiceApi {
  getDocumentProperties(): PropertiesApi;
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
}

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
}

export interface UtilitiesApi {
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string;
}

/** The Apps Script services the add-on uses, as its globals provide them (or a test fake does). */
export interface AppsScriptServices {
  readonly SpreadsheetApp: SpreadsheetAppApi;
  readonly PropertiesService: PropertiesServiceApi;
  readonly HtmlService: HtmlServiceApi;
  readonly Utilities: UtilitiesApi;
}

// Compile-time checks: each real Apps Script type must be usable where the narrowing is expected.
// If @types/google-apps-script renames or retypes a method we call, `npm run typecheck` fails here.
type Satisfies<Real extends Narrow, Narrow> = [Real, Narrow];
export type ApiChecks = [
  Satisfies<GoogleAppsScript.Spreadsheet.Range, RangeApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.RichTextValue, RichTextValueApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.RichTextValueBuilder, RichTextValueBuilderApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, ConditionalFormatRuleApi>,
  Satisfies<
    GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
    ConditionalFormatRuleBuilderApi
  >,
  Satisfies<GoogleAppsScript.Charts.ChartOptions, ChartOptionsApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedChart, EmbeddedChartApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder, EmbeddedComboChartBuilderApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, EmbeddedChartBuilderApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Filter, FilterApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Sheet, SheetApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.NamedRange, NamedRangeApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetApi>,
  Satisfies<GoogleAppsScript.Base.Menu, MenuApi>,
  Satisfies<GoogleAppsScript.Base.Ui, UiApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppApi>,
  Satisfies<GoogleAppsScript.Properties.Properties, PropertiesApi>,
  Satisfies<GoogleAppsScript.Properties.PropertiesService, PropertiesServiceApi>,
  Satisfies<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputApi>,
  Satisfies<GoogleAppsScript.HTML.HtmlService, HtmlServiceApi>,
  Satisfies<GoogleAppsScript.Utilities.Utilities, UtilitiesApi>,
  // The globals themselves, as Apps Script declares them.
  Satisfies<typeof SpreadsheetApp, SpreadsheetAppApi>,
  Satisfies<typeof PropertiesService, PropertiesServiceApi>,
  Satisfies<typeof HtmlService, HtmlServiceApi>,
  Satisfies<typeof Utilities, UtilitiesApi>,
  Satisfies<GS['InterpolationType'], SpreadsheetAppApi['InterpolationType']>,
];
