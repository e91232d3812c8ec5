// A small element tree over saxes (the strict, namespace-aware XML parser exceljs depends on), to read manifest.xml offline.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  /** Attribute values by qualified name ("xsi:type", "resid"). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text, trimmed (child elements' text excluded). */
  text: string;
}

export const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Parses a whole document; throws on anything not well-formed (saxes throws on its first error). */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser<{ xmlns: true }>({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes))
      attributes[name] = attribute.value;
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      text: '',
    };
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = element;
    else parent.children.push(element);
    stack.push(element);
  });
  parser.on('text', (chunk) => {
    const current = stack[stack.length - 1];
    if (current !== undefined) current.text = (current.text + chunk).trim();
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (root === null) throw new Error('No root element.');
  return root;
}

/** Every element below el (depth first, document order) with this local name, in this namespace when given. */
export function descendants(el: XmlElement, local: string, uri?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const c of node.children) {
      if (c.local === local && (uri === undefined || c.uri === uri)) found.push(c);
      visit(c);
    }
  };
  visit(el);
  return found;
}

/** All elements of the tree, el included. */
export function allElements(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(allElements)];
}

/** The one direct child with this local name; throws when missing or repeated, so tests fail with a clear path. */
export function only(el: XmlElement, local: string): XmlElement {
  const matches = el.children.filter((c) => c.local === local);
  if (matches.length !== 1)
    throw new Error(`<${el.name}> has ${matches.length} <${local}> children, expected 1.`);
  return matches[0];
}

/** Follows a path of direct children, e.g. path(root, 'DefaultSettings', 'SourceLocation'). */
export function path(el: XmlElement, ...locals: string[]): XmlElement {
  return locals.reduce(only, el);
}
