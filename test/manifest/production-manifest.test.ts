// The production build's manifest: every dev URL replaced by the production one (ADDIN_URL), none left on localhost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_PRODUCTION_URL,
  DEV_URL,
  productionUrl,
  toProductionManifest,
} from '../../scripts/manifest-urls';
import { parseXml } from './xml-tree';

const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
const devUrlCount = manifest.split(DEV_URL).length - 1;

describe('toProductionManifest', () => {
  const prod = toProductionManifest(manifest, 'https://kam.example.com/addin/');

  it('replaces every occurrence, not only the first (the shared-runtime template bug)', () => {
    expect(devUrlCount).toBeGreaterThan(5);
    expect(prod).not.toContain('localhost');
    expect(prod.split('https://kam.example.com/addin/').length - 1).toBe(devUrlCount);
    // What the template's manifest.replace(urlDev, urlProd) would have shipped:
    expect(manifest.replace(DEV_URL, 'https://kam.example.com/addin/')).toContain('localhost');
  });

  it('changes nothing else, and the result is still well-formed XML', () => {
    expect(prod.split('https://kam.example.com/addin/').join(DEV_URL)).toBe(manifest);
    expect(parseXml(prod).local).toBe('OfficeApp');
  });

  it('takes the URL literally, even with characters special to replace() or regular expressions', () => {
    const odd = 'https://x.example.com/$&.$1+(a)/';
    expect(toProductionManifest(`<a href="${DEV_URL}t.html"/>`, odd)).toBe(
      `<a href="${odd}t.html"/>`,
    );
  });

  it("uses Microsoft's placeholder when no URL is given", () => {
    expect(toProductionManifest(manifest)).toContain(`${DEFAULT_PRODUCTION_URL}taskpane.html`);
  });
});

describe('productionUrl (ADDIN_URL)', () => {
  it('defaults to the placeholder', () => {
    expect(productionUrl({})).toBe(DEFAULT_PRODUCTION_URL);
    expect(productionUrl({ ADDIN_URL: '  ' })).toBe(DEFAULT_PRODUCTION_URL);
  });

  it('ends with a slash, so the manifest paths append to it', () => {
    expect(productionUrl({ ADDIN_URL: 'https://kam.example.com/addin' })).toBe(
      'https://kam.example.com/addin/',
    );
    expect(productionUrl({ ADDIN_URL: 'https://kam.example.com' })).toBe(
      'https://kam.example.com/',
    );
  });

  it('refuses what Office would not load, with a message', () => {
    expect(() => productionUrl({ ADDIN_URL: 'http://kam.example.com/' })).toThrow(/https/);
    expect(() => productionUrl({ ADDIN_URL: 'kam.example.com' })).toThrow(/absolute https URL/);
    expect(() => productionUrl({ ADDIN_URL: 'https://kam.example.com/?v=1' })).toThrow(/query/);
  });
});
