// The fake Spreadsheet and the services around it (SpreadsheetApp, document properties, the UI, the
// HTML service, Utilities): typed by the narrowed Apps Script interfaces, so it offers only what exists.
import type {
  AppsScriptServices,
  ConditionalFormatRuleBuilderApi,
  HtmlOutputApi,
  MenuApi,
  NamedRangeApi,
  PropertiesApi,
  RangeApi,
  RichTextValueBuilderApi,
  SpreadsheetApi,
  SpreadsheetAppApi,
  UiApi,
} from '../../../src/hosts/sheets/apps-script';
import { Journal } from './journal';
import { FakeRange, FakeRichText } from './range';
import { type Area, FakeRule, FakeSheet } from './sheet';

type InterpolationType = GoogleAppsScript.Spreadsheet.InterpolationType;
type CopyPasteType = GoogleAppsScript.Spreadsheet.CopyPasteType;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

/** Apps Script's enums exist only at run time inside Apps Script; the fake's stand-ins carry their names. */
const enumValue = <T>(name: string): T => name as unknown as T;

class FakeNamedRange implements NamedRangeApi {
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly name: string,
    public sheet: FakeSheet,
    public area: Area,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): FakeRange {
    if (!this.spreadsheet.sheets.includes(this.sheet)) throw new Error('Range not found');
    const { top, left, bottom, right } = this.area;
    return new FakeRange(this.sheet, top, left, bottom - top + 1, right - left + 1);
  }
  remove(): void {
    this.spreadsheet.journal.record('removeNamedRange');
    if (!this.spreadsheet.named.delete(this.name))
      throw new Error(`Named range ${this.name} is already removed`);
  }
}

export class FakeSpreadsheet implements SpreadsheetApi {
  readonly sheets: FakeSheet[] = [];
  readonly named = new Map<string, FakeNamedRange>();
  active: FakeSheet | null = null;
  current: { row: number; column: number } | null = null;
  locale = 'en_US';
  timeZone = 'Europe/Berlin';
  readonly toasts: string[] = [];
  private nextId = 0;

  constructor(readonly journal: Journal) {}

  addSheet(name: string, rows = 1000, columns = 26): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this, name, this.nextId++ * 1000 + 7, rows, columns);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getSheets(): FakeSheet[] {
    this.journal.record('getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getActiveSheet(): FakeSheet {
    if (this.active === null) throw new Error('No sheet');
    return this.active;
  }
  getCurrentCell(): FakeRange | null {
    if (this.current === null || this.active === null) return null;
    return new FakeRange(this.active, this.current.row, this.current.column, 1, 1);
  }
  insertSheet(sheetName: string): FakeSheet {
    this.journal.record('insertSheet', 1000 * 26);
    const sheet = this.addSheet(sheetName);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.journal.record('deleteSheet');
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new Error('deleteSheet: no such sheet');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(index, 1);
    if (this.active === sheet) this.active = this.sheets[0];
  }
  getNamedRanges(): FakeNamedRange[] {
    this.journal.record('getNamedRanges');
    return [...this.named.values()];
  }
  setNamedRange(name: string, range: RangeApi): void {
    this.journal.record('setNamedRange');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new Error(`Invalid named range name: ${name}`);
    if (this.named.has(name)) throw new Error(`A named range called ${name} already exists.`);
    const r = range as FakeRange;
    this.named.set(
      name,
      new FakeNamedRange(this, name, r.sheet, {
        top: r.top,
        left: r.left,
        bottom: r.bottom,
        right: r.right,
      }),
    );
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.journal.record('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  toast(msg: string): void {
    this.journal.record('toast');
    this.toasts.push(msg);
  }

  /** Names a user's range (as Data > Named ranges does). */
  nameRange(name: string, sheet: FakeSheet, area: Area): void {
    this.named.set(name, new FakeNamedRange(this, name, sheet, area));
  }
}

class FakeRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private ranges: FakeRange[] = [];
  private readonly points: { color: string; type: string; value: string }[] = [];
  private formula: string | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  setGradientMinpoint(color: string): this {
    this.points.push({ color, type: 'MIN', value: '' });
    return this;
  }
  setGradientMinpointWithValue(color: string, type: InterpolationType, value: string): this {
    this.points.push({ color, type: `MIN:${String(type)}`, value });
    return this;
  }
  setGradientMidpointWithValue(color: string, type: InterpolationType, value: string): this {
    this.points.push({ color, type: `MID:${String(type)}`, value });
    return this;
  }
  setGradientMaxpoint(color: string): this {
    this.points.push({ color, type: 'MAX', value: '' });
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: RangeApi[]): this {
    this.ranges = ranges as FakeRange[];
    return this;
  }
  build(): FakeRule {
    if ((this.formula === null) === (this.points.length === 0))
      throw new Error('A rule needs either a gradient or a condition, not both');
    return new FakeRule(
      this.ranges,
      this.formula !== null
        ? { kind: 'formula', formula: this.formula }
        : { kind: 'gradient', points: [...this.points] },
      this.background,
      this.fontColor,
    );
  }
}

class FakeMenu implements MenuApi {
  readonly items: { caption: string; functionName: string }[] = [];
  constructor(private readonly ui: FakeUi) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeHtmlOutput implements HtmlOutputApi {
  title = '';
  width = 0;
  height = 0;
  constructor(readonly file: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
}

class FakeUi implements UiApi {
  readonly ButtonSet = { OK: enumValue<ButtonSet>('OK') };
  readonly menus: FakeMenu[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string }[] = [];
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this);
  }
  alert(title: string, prompt: string): unknown {
    this.alerts.push({ title, prompt });
    return 'OK';
  }
  showSidebar(userInterface: HtmlOutputApi): void {
    this.sidebars.push(userInterface as FakeHtmlOutput);
  }
  showModelessDialog(userInterface: HtmlOutputApi, title: string): void {
    this.dialogs.push({ output: userInterface as FakeHtmlOutput, title });
  }
}

export class FakeProperties implements PropertiesApi {
  readonly values = new Map<string, string>();
  constructor(private readonly journal: Journal) {}
  getProperty(key: string): string | null {
    this.journal.record('getProperty');
    return this.values.get(key) ?? null;
  }
  getProperties(): { [key: string]: string } {
    this.journal.record('getProperties');
    return Object.fromEntries(this.values);
  }
  setProperties(properties: { [key: string]: string }): this {
    this.journal.record('setProperties');
    for (const [key, value] of Object.entries(properties)) {
      if (typeof value !== 'string') throw new Error('setProperties: values must be strings');
      if (Buffer.byteLength(key) + Buffer.byteLength(value) > 9 * 1024)
        throw new Error(`Argument too large: value (${key})`);
      this.values.set(key, value);
    }
    return this;
  }
  deleteProperty(key: string): this {
    this.journal.record('deleteProperty');
    this.values.delete(key);
    return this;
  }
}

/** Everything a test needs: the globals Apps Script would provide, and handles on their state. */
export interface FakeGoogle {
  readonly journal: Journal;
  readonly spreadsheet: FakeSpreadsheet;
  readonly properties: FakeProperties;
  readonly ui: FakeUi;
  readonly services: AppsScriptServices;
}

export function fakeGoogle(journal = new Journal()): FakeGoogle {
  const spreadsheet = new FakeSpreadsheet(journal);
  const properties = new FakeProperties(journal);
  const ui = new FakeUi();
  const app: SpreadsheetAppApi = {
    InterpolationType: {
      NUMBER: enumValue<InterpolationType>('NUMBER'),
      PERCENTILE: enumValue<InterpolationType>('PERCENTILE'),
    },
    CopyPasteType: { PASTE_FORMAT: enumValue<CopyPasteType>('PASTE_FORMAT') },
    getActiveSpreadsheet: () => spreadsheet,
    newConditionalFormatRule: () => new FakeRuleBuilder(),
    newRichTextValue: (): RichTextValueBuilderApi => {
      let text = '';
      const builder: RichTextValueBuilderApi = {
        setText: (t) => ((text = t), builder),
        build: () => new FakeRichText(text),
      };
      return builder;
    },
    getUi: () => ui,
    flush: () => journal.record('flush'),
  };
  const services: AppsScriptServices = {
    SpreadsheetApp: app,
    PropertiesService: { getDocumentProperties: () => properties },
    HtmlService: { createHtmlOutputFromFile: (file) => new FakeHtmlOutput(file) },
    Utilities: { formatDate: formatDateIn },
  };
  return { journal, spreadsheet, properties, ui, services };
}

/** Utilities.formatDate for the one pattern the host asks for, through Intl's time zones. */
function formatDateIn(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
  if (format !== "yyyy-MM-dd'T'HH:mm:ss.SSS")
    throw new Error(`formatDate: pattern ${format} is not modelled`);
  const instant = new Date((date as unknown as Date).getTime());
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const ms = String(instant.getUTCMilliseconds()).padStart(3, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${ms}`;
}
