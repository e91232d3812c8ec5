// Every CSV in the fixtures corpus (Salesforce, HubSpot, German Excel, hand-kept sheets) read cell by cell, and the broken one refused.
import { parseCellArea, type RawCell } from '../../../../src/core';
import { exitCodeFor } from '../../../../src/cli/errors';
import { decodeText, detectDelimiter, FileWorkbookHost } from '../../../../src/hosts/file';
import { ok } from '../helpers';
import { csvFixtures } from './expect';

const fixtures = csvFixtures();
const broken = new Set(['unterminated-quote.csv']);

describe.each(fixtures.filter((f) => !broken.has(f.name)).map((f) => [f.name, f] as const))(
  '%s',
  (name, { bytes, expect: sidecar }) => {
    it('every listed cell as the file holds it (an empty field is an empty cell)', async () => {
      const host = ok(await FileWorkbookHost.fromBuffer(bytes, name));
      const [sheet] = host.sheetNames();
      const view = host.sheetView(sheet);
      if (view === undefined) throw new Error('no sheet');
      for (const [address, text] of Object.entries(sidecar.cells)) {
        const box = parseCellArea(address);
        if (box === null) throw new Error(address);
        const expected: RawCell = text.trim() === '' ? null : text;
        expect([address, view.cells.rows[box.top]?.[box.left - 1] ?? null]).toEqual([
          address,
          expected,
        ]);
      }
    });

    it('the separator, the header row and the number of records', async () => {
      expect(detectDelimiter(decodeText(bytes))).toBe(sidecar.delimiter);
      const host = ok(await FileWorkbookHost.fromBuffer(bytes, name));
      const { table } = ok(await host.readTable());
      expect(table.headers).toEqual(sidecar.headers);
      if (typeof sidecar.rows === 'number') expect(table.rows).toHaveLength(sidecar.rows);
    });
  },
);

describe('a quoted field that never closes', () => {
  const fixture = fixtures.find((f) => f.name === 'unterminated-quote.csv');

  it('is refused with the line it opens on, not swallowed into one account', async () => {
    if (fixture === undefined) throw new Error('missing fixture');
    const opened = await FileWorkbookHost.fromBuffer(fixture.bytes, fixture.name);
    if (opened.kind === 'ok') throw new Error('expected a refusal');
    expect(opened.code).toBe('unreadable-file');
    expect(exitCodeFor(opened.code)).toBe(3);
    expect(opened.message).toContain('line 7 opens a quoted field ("Wingtip Retail,North America');
  });

  it('counts lines inside earlier quoted fields that hold line breaks', async () => {
    const text = 'Account,Notes\r\nAcme,"two\nlines"\r\nBeta,"open\r\n';
    const opened = await FileWorkbookHost.fromBuffer(new TextEncoder().encode(text), 'x.csv');
    expect(opened.kind === 'error' && opened.message).toContain('line 4 opens');
  });
});
