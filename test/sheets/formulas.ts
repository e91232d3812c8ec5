// Evaluates the summary's live formulas in the fake, the way Sheets would once the results are in:
// KAM_* calls through the loaded add-on's own custom functions, and the tier counts' SUMPRODUCTs.
import { parseAddress, parseBox } from '../../src/core';
import type { FakeSheet, FakeSpreadsheet } from './fake';
import type { AddOnScript } from './script';

/** Splits "a,b,(c,d)" at its top-level commas, outside quotes and brackets. */
function topLevelArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  args.push(text.slice(start));
  return args.map((a) => a.trim());
}

function values(spreadsheet: FakeSpreadsheet, reference: string): unknown[][] {
  const address = parseAddress(reference);
  if (address === null || address.sheet === null) throw new Error(`not a reference: ${reference}`);
  const sheet = spreadsheet.sheet(address.sheet);
  if (sheet === undefined) throw new Error(`no sheet ${address.sheet}`);
  const { top, left, bottom, right } = address.box;
  return sheet.getRange(top, left, bottom - top + 1, right - left + 1).getValues();
}

function cellOf(sheet: FakeSheet, a1: string): unknown {
  const box = parseBox(a1);
  if (box === null) throw new Error(`not a cell: ${a1}`);
  return sheet.peek(box.top, box.left)?.value ?? '';
}

/** The value of one formula written on `sheet`. */
export function evaluate(
  formula: string,
  sheet: FakeSheet,
  spreadsheet: FakeSpreadsheet,
  script: AddOnScript,
): unknown {
  const call = /^=([A-Z_]+)\((.*)\)$/.exec(formula);
  if (call === null) throw new Error(`not a function call: ${formula}`);
  const [, name, body] = call;
  const args = topLevelArgs(body);
  if (name.startsWith('KAM_')) {
    const fn = script[name];
    if (typeof fn !== 'function') throw new Error(`no custom function ${name}`);
    const [range, ...rest] = args;
    return (fn as (...a: unknown[]) => unknown)(values(spreadsheet, range), ...rest.map(Number));
  }
  if (name === 'SUMPRODUCT') {
    const test = /^--\((.+)=([A-Z]+[0-9]+)\)$/.exec(args[0]);
    if (test === null) throw new Error(`unexpected SUMPRODUCT: ${formula}`);
    const tiers = values(spreadsheet, test[1]).map((r) => r[0]);
    const wanted = String(cellOf(sheet, test[2])).toLowerCase();
    const weights = args[1] !== undefined ? values(spreadsheet, args[1]).map((r) => r[0]) : null;
    let sum = 0;
    tiers.forEach((tier, i) => {
      if (String(tier).toLowerCase() !== wanted) return;
      const w = weights === null ? 1 : weights[i];
      sum += typeof w === 'number' ? w : 0;
    });
    return sum;
  }
  throw new Error(`unexpected function ${name}`);
}
