// Account names: duplicates ignoring case are found by hash groups exactly as a map of lower-cased names finds them.
import { firstOfSameName, readIds } from '../../src/core/parse/ids';
import { seededUniform, type RawTable } from '../../src/core';

/** The rule as first written: a map from each lower-cased name to its first account. */
function byMap(texts: readonly string[]): number[] {
  const first = new Map<string, number>();
  return texts.map((text, i) => {
    if (text === '') return -1;
    const name = text.toLowerCase();
    if (!first.has(name)) first.set(name, i);
    return first.get(name) ?? i;
  });
}

describe('firstOfSameName', () => {
  it('matches names as toLowerCase does, beyond ASCII too', () => {
    const texts = [
      'Acme',
      'ACME',
      '',
      'acme',
      '\u212Aelvin',
      'kelvin',
      'KELVIN',
      'Straße',
      'STRASSE',
      'straße',
      'İstanbul',
      'i\u0307stanbul',
      'Zeta',
      '',
    ];
    expect(Array.from(firstOfSameName(texts))).toEqual(byMap(texts));
    expect(Array.from(firstOfSameName(texts))).toEqual([
      0, 0, -1, 0, 4, 4, 4, 7, 8, 7, 10, 10, 12, -1,
    ]);
  });

  it('agrees with the map on 200 random tables of names with repeats, case changes and empty cells', () => {
    const random = seededUniform(11);
    const pick = (s: string): string => s[Math.floor(random() * s.length)];
    for (let t = 0; t < 200; t++) {
      const pool = Array.from({ length: 1 + Math.floor(random() * 50) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick('abcXYZéÉ\u212Ak ')).join(
          '',
        ),
      );
      const texts = Array.from({ length: Math.floor(random() * 400) }, () => {
        if (random() < 0.1) return '';
        const name = pool[Math.floor(random() * pool.length)];
        return random() < 0.3 ? name.toUpperCase() : name;
      });
      expect(Array.from(firstOfSameName(texts))).toEqual(byMap(texts));
    }
  });
});

describe('readIds', () => {
  it('reports a repeated name with the sheet row of its first appearance, and an empty one as missing', () => {
    const table: RawTable = {
      sheet: 'Accounts',
      headerRow: 1,
      firstColumn: 1,
      headers: ['Account'],
      rows: [['Acme'], ['Globex'], [null], ['ACME'], [42], ['42']],
    };
    const { ids, diagnostics } = readIds(table, 0);
    expect(ids).toEqual(['Acme', 'Globex', 'Row 4', 'ACME', '42', '42']);
    const messages = diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('"ACME" also appears on row 2');
    expect(messages).toContain('"42" also appears on row 6');
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'duplicate-id',
      'duplicate-id',
      'missing-id',
    ]);
  });
});
