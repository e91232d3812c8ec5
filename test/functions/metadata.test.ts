// functions.json as the build generates it from the functions' JSDoc (custom-functions-metadata),
// written to a temporary folder: every KAM function, its parameters, optional ones, help and spills.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCustomFunctionsMetadata, type IFunction } from 'custom-functions-metadata';
import { KAM_FUNCTIONS } from '../../src/functions/functions';

const SOURCE = resolve(__dirname, '../../src/functions/functions.ts');

/** Parameter name -> "matrix" (a range) or the scalar's type; "?" marks an optional one. */
const SIGNATURES: Record<string, { params: string[]; spills: boolean }> = {
  SCORE: { params: ['row:matrix'], spills: false },
  SCORES: { params: ['table:matrix'], spills: true },
  TIER: { params: ['row:matrix'], spills: false },
  STABILITY: { params: ['row:matrix'], spills: false },
  EXPLAIN: { params: ['row:matrix'], spills: true },
  TOPSHARE: { params: ['revenues:matrix', 'p?:number'], spills: false },
  ACCOUNTSHARE: { params: ['revenues:matrix', 'q?:number'], spills: false },
  ABC: { params: ['revenues:matrix', 'a?:number', 'b?:number'], spills: true },
  PARETO: { params: ['revenues:matrix'], spills: true },
  GINI: { params: ['revenues:matrix'], spills: false },
  HHI: { params: ['revenues:matrix'], spills: false },
  NORMALIZE: { params: ['values:matrix', 'method?:string'], spills: true },
  WEIGHTED: { params: ['values:matrix', 'weights:matrix'], spills: false },
};

let functions: IFunction[];
let associations: { functionName: string; id: string }[];
let folder: string;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  expect(generated.errors).toEqual([]);
  folder = mkdtempSync(join(tmpdir(), 'kam-functions-'));
  const file = join(folder, 'functions.json');
  writeFileSync(file, generated.metadataJson);
  functions = JSON.parse(readFileSync(file, 'utf8')).functions;
  associations = generated.associate;
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const signature = (f: IFunction): string[] =>
  f.parameters.map(
    (p) => `${p.name}${p.optional ? '?' : ''}:${p.dimensionality === 'matrix' ? 'matrix' : p.type}`,
  );

describe('the generated functions.json', () => {
  it('lists every KAM function once, by its upper-case name, and nothing else', () => {
    expect(functions.map((f) => f.name).sort()).toEqual(Object.keys(SIGNATURES).sort());
    for (const f of functions) expect(f.id).toBe(f.name);
  });

  it.each(Object.entries(SIGNATURES))(
    'declares KAM.%s with ranges as matrices, numbers as scalars and optional parameters marked',
    (name, expected) => {
      const f = functions.find((fn) => fn.name === name);
      expect(f && signature(f)).toEqual(expected.params);
      expect(f?.result?.dimensionality === 'matrix').toBe(expected.spills);
      expect(f?.options).toBeUndefined(); // not volatile, not streaming: recalculated only when its inputs change
    },
  );

  it('gives every function and every parameter help text in plain words', () => {
    for (const f of functions) {
      expect(f.description?.length ?? 0).toBeGreaterThan(40);
      expect(f.description?.length ?? 0).toBeLessThanOrEqual(255);
      for (const p of f.parameters) {
        expect(p.description?.length ?? 0).toBeGreaterThan(10);
        expect(p.description?.length ?? 0).toBeLessThanOrEqual(255);
      }
    }
  });

  it('tells users that per-row formulas take only the input columns (no circular references)', () => {
    for (const name of ['SCORE', 'TIER', 'EXPLAIN']) {
      const row = functions.find((f) => f.name === name)?.parameters[0];
      expect(row?.description).toMatch(/input columns.*Leave out the KAM result columns/);
    }
    expect(functions.find((f) => f.name === 'SCORES')?.parameters[0].description).toMatch(
      /without the KAM result columns/,
    );
  });

  it('binds each id to the function the module registers under it', () => {
    expect(associations.map((a) => a.id)).toEqual(Object.keys(KAM_FUNCTIONS));
    for (const a of associations)
      expect(KAM_FUNCTIONS[a.id as keyof typeof KAM_FUNCTIONS].name).toBe(a.functionName);
  });
});
