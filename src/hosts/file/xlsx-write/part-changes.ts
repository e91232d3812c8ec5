// The parts a write changes, adds and deletes, and the workbook part's edits (sheets, relationships, our names), gathered before the package is written.
import type { WorkbookLayout } from './patch-layout';
import {
  CONTENT_TYPES,
  freeRelationshipId,
  REL_TYPES,
  relationshipXml,
  relativeTarget,
  relsPathOf,
  type InputPackage,
  type Relationship,
} from './package';

/** A package path not taken yet: "xl/charts/chart" -> "xl/charts/chart3.xml". */
function freePath(taken: ReadonlySet<string>, stem: string): string {
  let n = 1;
  while (taken.has(`${stem}${n}.xml`)) n++;
  return `${stem}${n}.xml`;
}

/** Parts only our old summary sheet reached through relationships (its drawing, chart, chart style): they go with it. */
function partsOfOldSheet(pkg: InputPackage, sheetPath: string): string[] {
  const found: string[] = [];
  const visit = (part: string): void => {
    for (const rel of pkg.relationships(part)) {
      if (rel.external || found.includes(rel.target)) continue;
      if (!/^xl\/(drawings|charts)\//.test(rel.target)) continue;
      found.push(rel.target, relsPathOf(rel.target));
      visit(rel.target);
    }
  };
  visit(sheetPath);
  return found.filter((part) => pkg.entry(part) !== undefined);
}

/** The parts being written: replaced, added and deleted ones, and the content types they need. */
export class PartChanges {
  readonly replaced = new Map<string, string>();
  readonly added = new Map<string, string>();
  readonly deleted = new Set<string>();
  readonly contentTypes = new Map<string, string>();
  readonly taken: Set<string>;
  /** Data sheets streamed through the row patcher, by path. */
  readonly streamed = new Map<string, Iterable<Uint8Array>>();

  constructor(private readonly pkg: InputPackage) {
    this.taken = new Set(pkg.entries.map((e) => e.name));
  }

  put(path: string, xml: string): void {
    if (this.pkg.entry(path) !== undefined) this.replaced.set(path, xml);
    else this.added.set(path, xml);
    this.deleted.delete(path);
  }

  /** Removes a part; its name is free again, so a re-run writes its chart under the same name. */
  remove(path: string): void {
    if (this.pkg.entry(path) !== undefined) this.deleted.add(path);
    this.contentTypes.delete(path);
    this.taken.delete(path);
  }

  freePath(stem: string): string {
    const path = freePath(this.taken, stem);
    this.taken.add(path);
    return path;
  }
}

/** The workbook part's pending edits: sheets added or removed, relationships, our names. */
export class WorkbookChanges {
  readonly names = new Map<string, string | null>();
  readonly addSheets: { name: string; relId: string; veryHidden: boolean }[] = [];
  readonly removedRelIds: string[] = [];
  private readonly relationships: Relationship[];
  readonly newRelationships: string[] = [];

  constructor(
    readonly layout: WorkbookLayout,
    private readonly parts: PartChanges,
  ) {
    this.relationships = [...layout.relationships];
  }

  newSheet(name: string, veryHidden: boolean): string {
    const path = this.parts.freePath('xl/worksheets/sheet');
    const id = freeRelationshipId(this.relationships);
    this.relationships.push({ id, type: REL_TYPES.worksheet, target: path, external: false });
    this.newRelationships.push(
      relationshipXml(id, REL_TYPES.worksheet, relativeTarget(this.layout.workbookPath, path)),
    );
    this.addSheets.push({ name, relId: id, veryHidden });
    this.parts.contentTypes.set(path, CONTENT_TYPES.worksheet);
    return path;
  }
}

/** Removes a sheet part of ours with its relationships and the drawing and chart parts only it reached. */
export function removeSheetParts(pkg: InputPackage, path: string, parts: PartChanges): void {
  for (const part of partsOfOldSheet(pkg, path)) parts.remove(part);
  parts.remove(relsPathOf(path));
}
