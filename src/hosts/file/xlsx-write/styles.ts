// Our additions to styles.xml: number formats, cell formats, fonts and rule formats appended after the user's (their indices never move).
import { attribute, elements, withAttribute, xmlText } from './xml';

/** Number formats Excel knows by id; any other code gets a custom id from 164 up. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

export type FontStyle = 'title' | 'heading' | 'note';

export interface RuleFormat {
  readonly fill?: string;
  readonly fontColor?: string;
}

/** A list inside styles.xml (`<cellXfs count="n">...</cellXfs>`), with what we append to it. */
class StyleList {
  readonly items: string[];
  readonly added: string[] = [];

  constructor(
    readonly name: string,
    readonly itemName: string,
    xml: string | undefined,
  ) {
    this.items = xml === undefined ? [] : elements(xml, itemName).map((e) => e.xml);
  }

  /** The index of an item with exactly this XML, appended when the list does not have it. */
  indexOf(item: string): number {
    const all = [...this.items, ...this.added];
    const at = all.indexOf(item);
    if (at !== -1) return at;
    this.added.push(item);
    return all.length;
  }
}

/** ARGB for a plan colour "#RRGGBB". */
export function argb(color: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color);
  if (m === null) throw new Error(`Invalid colour in write plan: ${JSON.stringify(color)}`);
  return `FF${m[1].toUpperCase()}`;
}

/** styles.xml with our formats added: existing numFmt ids and cellXfs/fonts/dxfs indices unchanged. */
export class StylesPatch {
  private readonly numFmts = new Map<string, number>();
  private readonly addedNumFmts: { id: number; code: string }[] = [];
  private nextNumFmt = 164;
  private readonly cellXfs: StyleList;
  private readonly fonts: StyleList;
  private readonly dxfs: StyleList;
  private readonly baseFont: string;

  constructor(private readonly xml: string) {
    for (const fmt of elements(xml, 'numFmt')) {
      const id = Number(attribute(fmt.tag, 'numFmtId'));
      const code = attribute(fmt.tag, 'formatCode');
      if (Number.isInteger(id) && code !== null) {
        if (!this.numFmts.has(code)) this.numFmts.set(code, id);
        this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
      }
    }
    const section = (name: string): string | undefined => elements(xml, name)[0]?.xml;
    this.cellXfs = new StyleList('cellXfs', 'xf', section('cellXfs'));
    this.fonts = new StyleList('fonts', 'font', section('fonts'));
    this.dxfs = new StyleList('dxfs', 'dxf', section('dxfs'));
    this.baseFont = this.fonts.items[0] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmts.set(code, id);
    this.addedNumFmts.push({ id, code });
    return id;
  }

  /** A font like the workbook's default, bold / italic / larger / grey as the style asks. */
  private fontId(style: FontStyle): number {
    const part = (name: string): string => {
      const found = elements(this.baseFont, name)[0];
      return found === undefined ? '' : found.xml;
    };
    const size = style === 'title' ? '<sz val="14"/>' : part('sz');
    const emphasis = style === 'note' ? '<i/>' : '<b/>';
    const color = style === 'note' ? '<color rgb="FF808080"/>' : part('color');
    return this.fonts.indexOf(
      `<font>${emphasis}${size}${color}${part('name')}${part('family')}${part('scheme')}</font>`,
    );
  }

  /** The cellXfs index for a number format and, optionally, one of our fonts. */
  cellFormat(numberFormat: string | undefined, font?: FontStyle): number {
    const numFmtId = numberFormat === undefined ? 0 : this.numFmtId(numberFormat);
    const fontId = font === undefined ? 0 : this.fontId(font);
    const applied = `${numFmtId !== 0 ? ' applyNumberFormat="1"' : ''}${fontId !== 0 ? ' applyFont="1"' : ''}`;
    return this.cellXfs.indexOf(
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${applied}/>`,
    );
  }

  /** The dxfs index for a conditional format's fill and font colour. */
  ruleFormat(format: RuleFormat): number {
    const font =
      format.fontColor !== undefined ? `<font><color rgb="${argb(format.fontColor)}"/></font>` : '';
    const fill =
      format.fill !== undefined
        ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.fill)}"/><bgColor rgb="${argb(format.fill)}"/></patternFill></fill>`
        : '';
    return this.dxfs.indexOf(`<dxf>${font}${fill}</dxf>`);
  }

  /** styles.xml with the additions, or the input unchanged when nothing was added. */
  toXml(): string {
    let xml = this.xml;
    if (this.addedNumFmts.length > 0) {
      const added = this.addedNumFmts
        .map((f) => `<numFmt numFmtId="${f.id}" formatCode="${xmlText(f.code)}"/>`)
        .join('');
      xml = appendTo(xml, 'numFmts', added, [
        'fonts',
        'fills',
        'borders',
        'cellStyleXfs',
        'cellXfs',
      ]);
    }
    const later = ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
    for (const [list, after] of [
      [this.fonts, ['fills', 'borders', 'cellStyleXfs', 'cellXfs', ...later]],
      [this.cellXfs, later],
      [this.dxfs, ['tableStyles', 'colors', 'extLst']],
    ] as const) {
      if (list.added.length > 0) xml = appendTo(xml, list.name, list.added.join(''), after);
    }
    return xml;
  }
}

/**
 * Appends items to a counted list element (updating its count), creating the list before the first
 * of `before` (schema order) when the part has none.
 */
function appendTo(xml: string, name: string, items: string, before: readonly string[]): string {
  const found = elements(xml, name)[0];
  if (found !== undefined) {
    const existing = found.tag.endsWith('/>')
      ? ''
      : found.xml.slice(found.tag.length, found.xml.length - name.length - 3);
    const count =
      elements(existing, itemNameOf(name)).length + elements(items, itemNameOf(name)).length;
    const open = found.tag.endsWith('/>') ? `${found.tag.slice(0, -2)}>` : found.tag;
    const tag = withAttribute(open, 'count', String(count));
    return `${xml.slice(0, found.start)}${tag}${existing}${items}</${name}>${xml.slice(found.end)}`;
  }
  const count = elements(items, itemNameOf(name)).length;
  const list = `<${name} count="${count}">${items}</${name}>`;
  for (const next of before) {
    const at = elements(xml, next)[0];
    if (at !== undefined) return `${xml.slice(0, at.start)}${list}${xml.slice(at.start)}`;
  }
  const close = xml.lastIndexOf('</');
  return `${xml.slice(0, close)}${list}${xml.slice(close)}`;
}

function itemNameOf(list: string): string {
  return { numFmts: 'numFmt', fonts: 'font', cellXfs: 'xf', dxfs: 'dxf' }[list] ?? list;
}
