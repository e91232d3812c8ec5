// Reads the text of a number as finance users type it: currencies, separators, negatives, k/m/bn, %.
import type { NumberLocale } from '../table/types';

/** What reading one text gave: a number, with a note when the reading was a judgement call. */
export type NumberTextReading =
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly note?: 'ambiguous-comma' | 'ambiguous-point' | 'locale-mismatch';
      /** The currency the text states ("€ 850.000,00": EUR), as an ISO code where the sign names one. */
      readonly currency?: string;
    }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'unreadable' };

const UNREADABLE: NumberTextReading = { kind: 'unreadable' };

/** Symbols, longest first so "US$" is stripped whole rather than leaving "US". Matched case-insensitively. */
const CURRENCY_SYMBOLS: readonly string[] =
  'us$ ca$ au$ nz$ hk$ mx$ c$ a$ s$ r$ fr. kr. rs. kr zł rs $ € £ ¥ ₹ ₩ ₽ ₺ ₪ ₫ ₱ ฿ ₴ ₦ ₣'.split(
    ' ',
  );

const SINGLE_SYMBOLS: ReadonlySet<string> = new Set(
  CURRENCY_SYMBOLS.filter((symbol) => symbol.length === 1),
);

/**
 * The currency a sign stands for. "$" is read as USD, the usual reading in account lists; signs that
 * several currencies share ("kr": SEK, NOK, DKK, ISK) keep their own spelling, so a rate can still name them.
 */
const SIGN_CURRENCIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    us$: 'USD',
    $: 'USD',
    ca$: 'CAD',
    c$: 'CAD',
    au$: 'AUD',
    a$: 'AUD',
    nz$: 'NZD',
    hk$: 'HKD',
    mx$: 'MXN',
    s$: 'SGD',
    r$: 'BRL',
    '€': 'EUR',
    '£': 'GBP',
    '¥': 'JPY',
    '₹': 'INR',
    rs: 'INR',
    'rs.': 'INR',
    '₩': 'KRW',
    '₽': 'RUB',
    '₺': 'TRY',
    '₪': 'ILS',
    '₫': 'VND',
    '₱': 'PHP',
    '฿': 'THB',
    '₴': 'UAH',
    '₦': 'NGN',
    '₣': 'CHF',
    'fr.': 'CHF',
    zł: 'PLN',
    rmb: 'CNY',
    kr: 'kr',
    'kr.': 'kr',
  }),
);

/** The currency of a sign or code as written in a cell ("€", "eur", "US$"): an ISO code, or the sign itself. */
export function currencyOf(written: string): string {
  const lower = written.toLowerCase();
  return SIGN_CURRENCIES.get(lower) ?? (CURRENCY_CODES.has(lower) ? lower.toUpperCase() : written);
}

/** ISO 4217 codes seen in account lists; "12 MEUR" and "12 kUSD" work because the code is stripped before the suffix. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    'usd eur gbp jpy chf cad aud nzd inr cny rmb sek nok dkk isk pln czk huf ron bgn hkd sgd twd krw ' +
    'thb idr myr php vnd zar brl mxn ars clp cop pen rub try ils aed sar egp ngn kes'
  ).split(' '),
);

/** Scale suffixes as powers of ten. */
const SUFFIX_POWERS: ReadonlyMap<string, number> = new Map(
  Object.entries({ mm: 6, mn: 6, bn: 9, k: 3, m: 6, b: 9 }),
);

const SCIENTIFIC = /^(\d+\.?\d*|\.\d+)e([-+]?\d+)$/i;

const POINT = 46;
const COMMA = 44;
const MINUS = 45;
const UNICODE_MINUS = 0x2212;

/** Non-ASCII spaces that String.prototype.trim also removes (no-break, narrow no-break, em, ideographic...). */
const UNICODE_SPACES: ReadonlySet<number> = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** Tested by code point so the hot loops need no regex. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && UNICODE_SPACES.has(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Which kind of thousands separator a character is (all spaces are one kind), 0 when none. */
function groupingKind(c: number): number {
  if (c === POINT || c === COMMA) return c;
  if (c === 39 || c === 0x2019) return 39; // ' and ’ both group Swiss numbers
  return isSpace(c) ? 32 : 0;
}

/** Length of the currency at text[start..end), or 0. */
function currencyAt(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + 3)).toLowerCase();
  if (head.length === 3 && CURRENCY_CODES.has(head)) return 3;
  if (SINGLE_SYMBOLS.has(head[0])) return 1; // "$1,200": the common case, without the loop
  for (const symbol of CURRENCY_SYMBOLS) if (head.startsWith(symbol)) return symbol.length;
  return 0;
}

/** Length of the currency ending at text[end), or 0. */
function currencyBefore(text: string, start: number, end: number): number {
  const tail = text.slice(Math.max(start, end - 3), end).toLowerCase();
  if (tail.length === 3 && CURRENCY_CODES.has(tail)) return 3;
  for (const symbol of CURRENCY_SYMBOLS) if (tail.endsWith(symbol)) return symbol.length;
  return 0;
}

interface Peeled {
  readonly core: string;
  readonly negative: boolean;
  readonly percent: boolean;
  /** The currency sign or code as written, when there was one. */
  readonly currency: string | undefined;
}

/**
 * Strips everything around the digits: sign, parentheses, currency, percent. Each may appear
 * once, in whatever order users write them ("-$1,200", "$(1,200)", "1.2m USD", "1200-").
 */
function peel(text: string): Peeled | undefined {
  let start = 0;
  let end = text.length;
  let signs = 0;
  let negative = false;
  let percent = false;
  let currency: string | undefined;
  let open = false;
  let close = false;
  for (;;) {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start >= end) break;
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (isDigit(first) && isDigit(last)) break;
    if ((first === MINUS || first === UNICODE_MINUS || first === 43) && signs === 0) {
      signs++;
      negative = first !== 43;
      start++;
    } else if (first === 40 /* ( */ && !open) {
      open = true;
      start++;
    } else if (last === 41 /* ) */ && !close) {
      close = true;
      end--;
    } else if ((last === MINUS || last === UNICODE_MINUS) && signs === 0 && end - start > 1) {
      signs++;
      negative = true;
      end--;
    } else if (last === 37 /* % */ && !percent) {
      percent = true;
      end--;
    } else {
      const seen = currency !== undefined;
      const front = seen || isDigit(first) ? 0 : currencyAt(text, start, end);
      const back = seen || front > 0 || isDigit(last) ? 0 : currencyBefore(text, start, end);
      if (front + back === 0) break;
      currency = front > 0 ? text.slice(start, start + front) : text.slice(end - back, end);
      start += front;
      end -= back;
    }
  }
  if (open !== close) return undefined;
  if (open) {
    // "(1,200)" is the accountant's negative; a minus inside it as well is a typo, not a double negative.
    if (signs > 0 && negative) return undefined;
    negative = true;
  }
  return { core: text.slice(start, end), negative, percent, currency };
}

/** Western groups (1,234,567) or Indian lakh/crore groups (12,34,567), given the integer part's group lengths. */
function isRealGrouping(lengths: readonly number[]): boolean {
  const first = lengths[0];
  if (first < 1 || first > 3 || lengths[lengths.length - 1] !== 3) return false;
  let western = true;
  let indian = first <= 2 && lengths.length > 2;
  for (let i = 1; i < lengths.length - 1; i++) {
    western &&= lengths[i] === 3;
    indian &&= lengths[i] === 2;
  }
  return western || indian;
}

/**
 * Plain "1234.56" from grouped digits and a known decimal mark, or undefined when the text is not a
 * well-formed number: one grouping character only, real group sizes, nothing but digits after the mark.
 */
function plainDigits(core: string, mark: number): string | undefined {
  const lengths: number[] = [];
  let digits = '';
  let segmentStart = 0;
  let fractionStart = -1;
  let kind = 0;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (isDigit(c)) continue;
    if (fractionStart >= 0) return undefined;
    if (c !== mark) {
      const k = groupingKind(c);
      if (k === 0 || (kind !== 0 && k !== kind)) return undefined;
      kind = k;
    }
    lengths.push(i - segmentStart);
    digits += core.slice(segmentStart, i);
    segmentStart = i + 1;
    if (c === mark) fractionStart = i + 1;
  }
  let fraction = '';
  if (fractionStart < 0) {
    lengths.push(core.length - segmentStart);
    digits += core.slice(segmentStart);
  } else {
    fraction = core.slice(fractionStart);
  }
  if (lengths.length > 1 && !isRealGrouping(lengths)) return undefined;
  if (digits === '' && fraction === '') return undefined;
  return `${digits === '' ? '0' : digits}.${fraction === '' ? '0' : fraction}`;
}

/** Whether the one separator at `at` could group thousands: "1,234" could, "0,123" and "1234,567" cannot. */
function couldBeThousands(core: string, at: number): boolean {
  const after = core.length - at - 1;
  return after === 3 && at >= 1 && at <= 3 && core.charCodeAt(0) !== 48;
}

/** Currencies mostly written with a decimal comma: their "500.000" is five hundred thousand. */
const DECIMAL_COMMA_CURRENCIES: ReadonlySet<string> = new Set(
  'EUR BRL ARS CLP COP IDR VND TRY RUB PLN CZK HUF RON BGN DKK NOK SEK ISK kr'.split(' '),
);

/** The decimal mark when the locale is unknown, read from the only unambiguous patterns there are. */
function guessDecimalMark(
  core: string,
  commaCurrency: boolean,
): { mark: number; ambiguous: boolean } {
  let points = 0;
  let commas = 0;
  let lastPoint = -1;
  let lastComma = -1;
  let otherGrouping = false;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c === POINT) {
      points++;
      lastPoint = i;
    } else if (c === COMMA) {
      commas++;
      lastComma = i;
    } else if (!isDigit(c) && groupingKind(c) !== 0) {
      otherGrouping = true;
    }
  }
  if (points > 0 && commas > 0)
    return { mark: lastPoint > lastComma ? POINT : COMMA, ambiguous: false };
  if (commas === 1) {
    if (otherGrouping) return { mark: COMMA, ambiguous: false }; // "1 234,5": spaces group, so the comma is decimal
    // Only "1,234"-shaped text could be either; "0,123" and "1234,567" cannot be thousands.
    return couldBeThousands(core, lastComma)
      ? { mark: POINT, ambiguous: true }
      : { mark: COMMA, ambiguous: false };
  }
  if (commas > 1) return { mark: POINT, ambiguous: false };
  // "EUR 500.000": where the currency is written with a decimal comma, "1.234"-shaped text is thousands.
  if (points === 1 && commaCurrency && !otherGrouping && couldBeThousands(core, lastPoint))
    return { mark: COMMA, ambiguous: true };
  // Several points can only be grouping (1.234.567); a single one is the default decimal mark.
  return { mark: points > 1 ? COMMA : POINT, ambiguous: false };
}

/** mantissa * 10^exponent, rounded once: building "1.15e3" is exact where 1.15 * 1000 is not. */
function scaled(mantissa: string, exponent: number): number {
  // Far-out exponents are settled here because "1e" + 1e+21 would not be a number literal.
  if (exponent < -400) return 0;
  if (exponent > 400) return Number(mantissa) === 0 ? 0 : Infinity;
  return Number(`${mantissa}e${exponent}`);
}

function finish(mantissa: string, exponent: number, negative: boolean): NumberTextReading {
  const magnitude = scaled(mantissa, exponent);
  if (!Number.isFinite(magnitude)) return { kind: 'too-large' };
  // Normalise -0 so "-0" and "0" read the same.
  return { kind: 'number', value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Reads trimmed, non-empty text that is not a spreadsheet error. */
export function readNumberText(text: string, locale: NumberLocale | undefined): NumberTextReading {
  if (!hasDigit(text)) return UNREADABLE; // words are the usual bad cell: no need to peel them
  const peeled = peel(text);
  if (peeled === undefined) return UNREADABLE;
  const currency = peeled.currency === undefined ? undefined : currencyOf(peeled.currency);
  const reading = readPeeled(peeled, locale, currency);
  return reading.kind === 'number' && currency !== undefined ? { ...reading, currency } : reading;
}

function readPeeled(
  peeled: Peeled,
  locale: NumberLocale | undefined,
  currency: string | undefined,
): NumberTextReading {
  let core = peeled.core;
  let exponent = peeled.percent ? -2 : 0;
  const lastChar = core.charCodeAt(core.length - 1) | 0x20; // ASCII lower case
  if (lastChar >= 97 && lastChar <= 122) {
    // Two-letter suffixes first, so "3mm" loses "mm" whole rather than only its last "m".
    for (const suffix of [core.slice(-2).toLowerCase(), core.slice(-1).toLowerCase()]) {
      const power = SUFFIX_POWERS.get(suffix);
      if (power !== undefined) {
        core = core.slice(0, core.length - suffix.length).trimEnd();
        exponent += power;
        break;
      }
    }
  }
  if (core.length === 0) return UNREADABLE;
  if (core.includes('e') || core.includes('E')) {
    const scientific = SCIENTIFIC.exec(core);
    if (scientific === null) return UNREADABLE;
    return finish(scientific[1], exponent + Number(scientific[2]), peeled.negative);
  }
  if (locale !== undefined) {
    const mantissa = plainDigits(core, locale === 'decimal-comma' ? COMMA : POINT);
    if (mantissa !== undefined) return finish(mantissa, exponent, peeled.negative);
  }
  const commaCurrency = currency !== undefined && DECIMAL_COMMA_CURRENCIES.has(currency);
  const guess = guessDecimalMark(core, commaCurrency);
  const mantissa = plainDigits(core, guess.mark);
  if (mantissa === undefined) return UNREADABLE;
  const reading = finish(mantissa, exponent, peeled.negative);
  if (reading.kind !== 'number') return reading;
  // Text that fits the pattern but not the workbook's own locale was probably pasted from elsewhere.
  if (locale !== undefined) return { ...reading, note: 'locale-mismatch' };
  if (!guess.ambiguous) return reading;
  return { ...reading, note: guess.mark === COMMA ? 'ambiguous-point' : 'ambiguous-comma' };
}

/** Plain digits with an optional leading minus and, when allowed, one decimal point: no regex, no allocation. */
export function readPlainNumber(text: string, allowPoint: boolean): number | undefined {
  const n = text.length;
  if (n === 0 || n > 15) return undefined;
  let i = text.charCodeAt(0) === MINUS ? 1 : 0;
  let digits = 0;
  let points = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c === POINT && allowPoint && points === 0) points++;
    else return undefined;
  }
  if (digits === 0) return undefined;
  const value = Number(text);
  return value === 0 ? 0 : value;
}
