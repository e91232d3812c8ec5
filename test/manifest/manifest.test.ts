// Checks manifest.xml offline (the online validator cannot run here): structure, resources, URLs and icons.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDENTIFY_ACTION } from '../../src/commands/identify-command';
import { MIN_EXCEL_API } from '../../src/hosts/excel/office-api';
import { DEV_URL } from '../../scripts/manifest-urls';
import { allElements, descendants, NS, only, parseXml, path, type XmlElement } from './xml-tree';
import { readPngSize } from './png';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
const text = readFileSync(MANIFEST_PATH, 'utf8');
const root = parseXml(text);
const overrides = only(root, 'VersionOverrides');
const host = path(overrides, 'Hosts', 'Host');
const resources = only(overrides, 'Resources');

const xsiType = (el: XmlElement): string | undefined => el.attributes['xsi:type'];

/** Resource values by id, per kind: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
function resourceMap(kind: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of only(resources, kind).children)
    map.set(entry.attributes.id, entry.attributes.DefaultValue);
  return map;
}
const images = resourceMap('Images');
const urls = resourceMap('Urls');
const shortStrings = resourceMap('ShortStrings');
const longStrings = resourceMap('LongStrings');

/** Which kind of resource each referencing element needs (an Image resid must name an image, and so on). */
function expectedKind(el: XmlElement): Map<string, string> {
  if (el.local === 'Image') return images;
  if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(el.local)) return urls;
  if (['Label', 'Title', 'Namespace'].includes(el.local)) return shortStrings;
  if (el.local === 'Description') return longStrings;
  throw new Error(`No resource kind known for <${el.name} resid>`);
}

describe('manifest.xml is well-formed and complete', () => {
  it('parses as XML, with a strict parser that does reject broken XML', () => {
    expect(root.local).toBe('OfficeApp');
    expect(root.uri).toBe(NS.app);
    expect(() => parseXml(text.replace('</Hosts>', ''))).toThrow();
    expect(() => parseXml(text.replace('<Id>', '<Id a="1" a="2">'))).toThrow();
  });

  it('is a task pane add-in with the base elements in schema order', () => {
    expect(xsiType(root)).toBe('TaskPaneApp');
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    expect(root.children.map((c) => c.local)).toEqual(order);
  });

  it('has an id, a version, a provider, an en-US locale, a name and a description of allowed lengths', () => {
    expect(only(root, 'Id').text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(only(root, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(only(root, 'ProviderName').text.length).toBeGreaterThan(0);
    expect(only(root, 'DefaultLocale').text).toBe('en-US');
    expect(only(root, 'DisplayName').attributes.DefaultValue).toBe('Key Account Identifier');
    const description = only(root, 'Description').attributes.DefaultValue;
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(250);
  });

  it('targets Excel only', () => {
    expect(only(root, 'Hosts').children.map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(only(overrides, 'Hosts').children.map(xsiType)).toEqual(['Workbook']);
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    expect(only(root, 'Permissions').text).toBe('ReadWriteDocument');
  });

  it('requires the shared runtime, the custom functions runtime and the Excel API it uses', () => {
    const sets = path(root, 'Requirements', 'Sets');
    const versions = new Map(
      sets.children.map((s) => [
        s.attributes.Name,
        s.attributes.MinVersion ?? sets.attributes.DefaultMinVersion,
      ]),
    );
    expect(versions.get('SharedRuntime')).toBe('1.1');
    expect(versions.get('CustomFunctionsRuntime')).toBe('1.2');
    // The same minimum the Excel adapter checks at run time (it degrades above it).
    expect(versions.get('ExcelApi')).toBe(MIN_EXCEL_API);
  });

  it('runs everything in one long-lived runtime: the task pane page', () => {
    expect(xsiType(overrides)).toBe('VersionOverridesV1_0');
    expect(overrides.uri).toBe(NS.overrides);
    // Office wants <Runtimes> first inside <Host>.
    expect(host.children[0].local).toBe('Runtimes');
    const runtime = path(host, 'Runtimes', 'Runtime');
    expect(runtime.attributes).toMatchObject({ resid: 'Taskpane.Url', lifetime: 'long' });
    expect(path(host, 'DesktopFormFactor', 'FunctionFile').attributes.resid).toBe('Taskpane.Url');
    expect(path(root, 'DefaultSettings', 'SourceLocation').attributes.DefaultValue).toBe(
      urls.get('Taskpane.Url'),
    );
  });

  it('declares the KAM custom functions, hosted by the task pane page', () => {
    const point = descendants(path(host, 'AllFormFactors'), 'ExtensionPoint').find(
      (e) => xsiType(e) === 'CustomFunctions',
    );
    if (point === undefined) throw new Error('no CustomFunctions extension point');
    expect(path(point, 'Script', 'SourceLocation').attributes.resid).toBe('Functions.Script.Url');
    expect(path(point, 'Page', 'SourceLocation').attributes.resid).toBe('Taskpane.Url');
    expect(path(point, 'Metadata', 'SourceLocation').attributes.resid).toBe(
      'Functions.Metadata.Url',
    );
    expect(shortStrings.get(only(point, 'Namespace').attributes.resid)).toBe('KAM');
    expect(urls.get('Functions.Metadata.Url')).toBe(`${DEV_URL}functions.json`);
    expect(urls.get('Functions.Script.Url')).toBe(`${DEV_URL}functions.js`);
  });

  describe('the ribbon group on the Home tab', () => {
    const tab = descendants(host, 'OfficeTab').find((t) => t.attributes.id === 'TabHome');
    const controls = tab === undefined ? [] : descendants(tab, 'Control');
    const labelled = (label: string): XmlElement => {
      const found = controls.find(
        (c) => shortStrings.get(only(c, 'Label').attributes.resid) === label,
      );
      if (found === undefined) throw new Error(`no button labelled "${label}"`);
      return found;
    };

    it('has exactly the two buttons', () => {
      expect(controls.map((c) => shortStrings.get(only(c, 'Label').attributes.resid))).toEqual([
        'Identify key accounts',
        'KAM panel',
      ]);
      expect(controls.every((c) => xsiType(c) === 'Button')).toBe(true);
      expect(new Set(controls.map((c) => c.attributes.id)).size).toBe(controls.length);
    });

    it('"Identify key accounts" runs the registered function without opening the panel', () => {
      const action = only(labelled('Identify key accounts'), 'Action');
      expect(xsiType(action)).toBe('ExecuteFunction');
      expect(only(action, 'FunctionName').text).toBe('identifyKeyAccounts');
      expect(only(action, 'FunctionName').text).toBe(IDENTIFY_ACTION);
    });

    it('"KAM panel" opens the task pane page', () => {
      const action = only(labelled('KAM panel'), 'Action');
      expect(xsiType(action)).toBe('ShowTaskpane');
      expect(only(action, 'TaskpaneId').text).toBe('ButtonId1');
      expect(only(action, 'SourceLocation').attributes.resid).toBe('Taskpane.Url');
    });

    it('gives the group and each button 16, 32 and 80 px icons', () => {
      for (const el of [
        ...(tab === undefined ? [] : only(tab, 'Group').children.filter((c) => c.local === 'Icon')),
        ...controls.map((c) => only(c, 'Icon')),
      ]) {
        expect(el.children.map((i) => i.attributes.size)).toEqual(['16', '32', '80']);
      }
    });
  });

  describe('resources', () => {
    const referencing = allElements(overrides).filter((el) => el.attributes.resid !== undefined);

    it('defines every resid that is referenced, as a resource of the right kind', () => {
      expect(referencing.length).toBeGreaterThan(10);
      for (const el of referencing) {
        expect({
          resid: el.attributes.resid,
          defined: expectedKind(el).has(el.attributes.resid),
        }).toEqual({ resid: el.attributes.resid, defined: true });
      }
    });

    it('references every resource it defines, once per id, with ids of at most 32 characters', () => {
      const referenced = new Set(referencing.map((el) => el.attributes.resid));
      const ids = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        expect(referenced.has(id) ? id : `${id} (unused)`).toBe(id);
        expect(id.length).toBeLessThanOrEqual(32);
      }
    });

    it('keeps short strings within 125 characters and long strings within 250', () => {
      for (const value of shortStrings.values()) expect(value.length).toBeLessThanOrEqual(125);
      for (const value of longStrings.values()) expect(value.length).toBeLessThanOrEqual(250);
    });
  });

  describe('URLs', () => {
    const values = allElements(root).flatMap((el) => [
      el.text,
      ...Object.entries(el.attributes)
        .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
        .map(([, value]) => value),
    ]);
    const addresses = values.filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));

    it(`are all on one origin, ${DEV_URL}`, () => {
      expect(addresses.length).toBeGreaterThan(8);
      for (const address of addresses)
        expect(address.startsWith(DEV_URL) ? DEV_URL : address).toBe(DEV_URL);
    });

    it('point only at files the build produces', () => {
      const produced = new Set(['taskpane.html', 'functions.js', 'functions.json']);
      for (const address of addresses) {
        const file = address.slice(DEV_URL.length);
        if (file.startsWith('assets/'))
          expect(readFileSync(join(ROOT, file)).length).toBeGreaterThan(0);
        else expect(produced.has(file) ? file : `${file} (not built)`).toBe(file);
      }
    });
  });

  describe('icons', () => {
    const declared: [string, number][] = [
      [only(root, 'IconUrl').attributes.DefaultValue, 32],
      [only(root, 'HighResolutionIconUrl').attributes.DefaultValue, 64],
    ];
    // A ribbon image's size is the size attribute of every <bt:Image> that references it.
    for (const ref of descendants(host, 'Image', NS.bt))
      declared.push([images.get(ref.attributes.resid) ?? '', Number(ref.attributes.size)]);

    it('exist in assets/ as PNG files of the declared size', () => {
      expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
      for (const [address, size] of declared) {
        expect(address.startsWith(`${DEV_URL}assets/`)).toBe(true);
        const file = join(ROOT, address.slice(DEV_URL.length));
        expect({ file, ...readPngSize(readFileSync(file)) }).toEqual({
          file,
          width: size,
          height: size,
        });
      }
    });
  });

  it('reads the same through office-addin-manifest, the tool `npm run validate` uses', () => {
    // In a child process: the package loads ES modules that Jest's CommonJS runtime cannot.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => console.log(JSON.stringify(m)))`;
    const info = JSON.parse(
      execFileSync(process.execPath, ['-e', script, MANIFEST_PATH], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as Record<string, unknown>;
    expect(info).toMatchObject({
      id: only(root, 'Id').text,
      displayName: 'Key Account Identifier',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      officeAppType: 'TaskPaneApp',
    });
  });
});
