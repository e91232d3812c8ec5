// Generates the sample workbooks in examples/ deterministically (seeded PRNG): `node scripts/make-samples.js`.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
// Zip entries carry a timestamp: a fixed one makes the samples byte-identical on every run, so
// regenerating them does not show up as a change. (ExcelJS zips with this jszip instance.)
try {
  require('jszip/lib/defaults').date = new Date(Date.UTC(2026, 0, 1));
} catch {
  // Without it the samples are still right, only their zip timestamps change.
}

const OUT = path.join(__dirname, '..', 'examples');
const ACCOUNT_COUNT = 60;

/** mulberry32: a tiny seeded generator, so the samples are identical on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(2026);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const { NAMES, RATINGS, MOODYS, OWNERS, NOTES } = require('./sample-data');

const REGION_OF = (i) => (i < 30 ? 'EMEA' : i < 40 ? 'APAC' : 'Americas');

/**
 * ARR on a power law so that roughly a fifth of the accounts bring 80% of it (the 80/20 view has
 * something to show), then shuffled so the file is not sorted by size.
 */
function makeArr() {
  const values = [];
  for (let k = 1; k <= ACCOUNT_COUNT; k++)
    values.push(Math.round((2_400_000 * Math.pow(k, -1.28) * (0.9 + 0.2 * rand())) / 100) * 100);
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}

function makeAccounts() {
  const arr = makeArr();
  return NAMES.map((name, i) => {
    const size = arr[i];
    const big = size > 100_000;
    const fit = Math.min(5, Math.max(1, between(1, 5) + (big ? 1 : 0)));
    return {
      account: name,
      region: REGION_OF(i),
      arr: size,
      potential: Math.round((size * (0.3 + 2.2 * rand()) + between(5, 60) * 1000) / 1000) * 1000,
      fit,
      relationship: pick(
        big ? ['High', 'High', 'Medium'] : ['High', 'Medium', 'Medium', 'Low', 'Low'],
      ),
      rating: pick(RATINGS),
      vision: rand() < (big ? 0.7 : 0.4) ? 'Yes' : 'No',
      cost: Math.round((size * (0.05 + 0.25 * rand()) + between(2, 15) * 1000) / 100) * 100,
      notes: pick(NOTES),
      owner: OWNERS[i % OWNERS.length],
    };
  });
}

const accounts = makeAccounts();
// The messy cells a real customer list has.
accounts[7].arr = '$12.5k';
accounts[12].potential = 'n/a';
accounts[18].cost = { error: '#N/A' };
accounts[23].relationship = 'Mediumish';
accounts[27].rating = null;

const HEADERS = [
  'Account',
  'Region',
  'ARR',
  'Revenue potential',
  'Product fit',
  'Relationship',
  'Credit rating',
  'Shared vision',
  'Cost to serve',
  'Notes',
  'Owner',
];
const WIDTHS = [30, 10, 14, 18, 12, 13, 13, 14, 14, 34, 14];
const MONEY = '"$"#,##0';
const rowOf = (a) => [
  a.account,
  a.region,
  a.arr,
  a.potential,
  a.fit,
  a.relationship,
  a.rating,
  a.vision,
  a.cost,
  a.notes || null,
  a.owner,
];

function formatColumns(ws) {
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of [3, 4, 9]) ws.getColumn(c).numFmt = MONEY;
}

async function plainWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kam samples';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Accounts', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = 'Customer accounts FY2026';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getRow(3).values = HEADERS;
  ws.getRow(3).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  accounts.forEach((a, i) => (ws.getRow(4 + i).values = rowOf(a)));
  formatColumns(ws);
  await wb.xlsx.writeFile(path.join(OUT, 'accounts.xlsx'));
}

async function tableWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kam samples';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Accounts');
  ws.addTable({
    name: 'Accounts',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: accounts.map(rowOf),
  });
  formatColumns(ws);
  await wb.xlsx.writeFile(path.join(OUT, 'accounts-table.xlsx'));
}

/** European formats: decimal comma, "€" after the number, k/M suffixes, (1.200) negatives, stars, 4/5, Moody's. */
function europeanMoney(value, i) {
  if (i % 11 === 3) return `${(value / 1000).toFixed(1).replace('.', ',')}k`;
  if (value >= 1_000_000 && i % 2 === 0)
    return `${(value / 1_000_000).toFixed(2).replace('.', ',')} M€`;
  const [int, dec] = value.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec} €`;
}

function csvField(text) {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function messyCsv() {
  const rand2 = prng(7);
  const header = [
    'Account',
    'Region',
    'ARR',
    'Revenue potential',
    'Product fit',
    'Relationship',
    'Credit rating',
    'Shared vision',
    'Cost to serve',
    'Margin',
    'Notes',
  ];
  const lines = [header.join(';')];
  accounts.forEach((a, i) => {
    const arr = typeof a.arr === 'number' ? a.arr : 12_500;
    const fit =
      i % 3 === 0
        ? `${a.fit}/5`
        : i % 3 === 1
          ? '★'.repeat(a.fit) + '☆'.repeat(5 - a.fit)
          : String(a.fit);
    const margin = `${(10 + 30 * rand2()).toFixed(1).replace('.', ',')} %`;
    const rating = a.rating === null ? '' : i % 2 === 0 ? MOODYS[a.rating] : a.rating;
    const cost = typeof a.cost === 'number' ? europeanMoney(a.cost, i + 1) : '#N/A';
    lines.push(
      [
        a.account,
        a.region,
        europeanMoney(arr, i),
        typeof a.potential === 'number' ? europeanMoney(a.potential, i + 5) : 'n/a',
        fit,
        a.relationship,
        rating,
        i % 4 === 0 ? (a.vision === 'Yes' ? 'Y' : 'N') : a.vision,
        cost,
        margin,
        a.notes,
      ]
        .map(csvField)
        .join(';'),
    );
  });
  // Messy extras: a credit note (negative ARR in brackets), a trailing minus, a spreadsheet error, a note on two lines.
  lines.push(
    [
      'Refund Holdings',
      'EMEA',
      '(1.200)',
      '5.000 €',
      '2',
      'Low',
      'B-',
      'No',
      '800 €',
      '-5 %',
      'Credit note; disputed',
    ]
      .map(csvField)
      .join(';'),
  );
  lines.push(
    [
      'Churned Gmbh',
      'EMEA',
      '300-',
      '#DIV/0!',
      '1/5',
      'Low',
      'Caa1',
      'No',
      '1.000 €',
      '0 %',
      'Left in March\nkept for history',
    ]
      .map(csvField)
      .join(';'),
  );
  return `${lines.join('\r\n')}\r\n`;
}

function paretoCheck() {
  const values = accounts
    .map((a) => (typeof a.arr === 'number' ? a.arr : 12_500))
    .sort((x, y) => y - x);
  const total = values.reduce((s, v) => s + v, 0);
  let sum = 0;
  let k = 0;
  while (sum < 0.8 * total) sum += values[k++];
  return `${k} of ${values.length} accounts (${Math.round((100 * k) / values.length)}%) bring 80% of ARR`;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  await plainWorkbook();
  await tableWorkbook();
  fs.writeFileSync(path.join(OUT, 'accounts-messy.csv'), messyCsv(), 'utf8');
  console.log(
    `Wrote examples/accounts.xlsx, accounts-table.xlsx, accounts-messy.csv: ${paretoCheck()}.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
