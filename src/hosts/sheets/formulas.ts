// The summary's live formulas in Sheets' spelling: the plan writes Excel's KAM.TOPSHARE(...), and Apps
// Script names cannot hold a dot, so the same functions are KAM_TOPSHARE(...) here.

/**
 * A plan formula with every KAM.NAME( call renamed KAM_NAME(. Quoted sheet names ('KAM.Data'!A1) and
 * string literals ("KAM.x") are left as they are: only function names outside quotes change.
 */
export function sheetsFormula(formula: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote !== null) {
      out += ch;
      // A doubled quote inside a quoted part is an escaped quote, not its end.
      if (ch === quote) {
        if (formula[i + 1] === quote) out += formula[++i];
        else quote = null;
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
      continue;
    }
    const before = i === 0 ? '' : formula[i - 1];
    if (/^KAM\.[A-Z]+\(/i.test(formula.slice(i, i + 20)) && !/[A-Za-z0-9_.]/.test(before)) {
      out += `${formula.slice(i, i + 3)}_`;
      i += 3;
      continue;
    }
    out += ch;
  }
  return out;
}
