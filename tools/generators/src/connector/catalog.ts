import { writeJson, type Tree } from '@nx/devkit';
import ts from 'typescript';
import type { ConnectorNames } from './options.js';
import { applyInsertions, entryInsertion, importedFrom, importInsertion, initializerOf, parseSource, type Insertion } from './source.js';
import { readJsonObject, readPackageJson, readRequired } from './workspace.js';

export const CATALOG = 'libs/catalog';
const FAMILY = '@tributary/connector-';

function edit(tree: Tree, path: string, insertions: (source: ts.SourceFile) => Insertion[]): void {
  const text = readRequired(tree, path);
  tree.write(path, applyInsertions(text, insertions(parseSource(path, text))));
}

const absent = (path: string, name: string) => new Error(`${path} has no \`${name}\` literal to add the connector to; add it by hand`);

function arrayLiteral(source: ts.SourceFile, path: string, name: string): ts.ArrayLiteralExpression {
  const value = initializerOf(source, name);
  if (value && ts.isArrayLiteralExpression(value)) return value;
  throw absent(path, name);
}

function objectLiteral(source: ts.SourceFile, path: string, name: string): ts.ObjectLiteralExpression {
  const value = initializerOf(source, name);
  if (value && ts.isObjectLiteralExpression(value)) return value;
  throw absent(path, name);
}

/** Refuse a binding the file already imports (another connector under the same name). */
function unbound(source: ts.SourceFile, path: string, name: string): void {
  if (importedFrom(source, name) !== undefined) throw new Error(`${path} already imports a \`${name}\`; pick another connector id`);
}

/** `CONNECTORS` in the catalog: the connector imported and listed, in id order. */
function addConnector(tree: Tree, n: ConnectorNames): void {
  const path = `${CATALOG}/src/index.ts`;
  edit(tree, path, (source) => {
    const list = arrayLiteral(source, path, 'CONNECTORS');
    unbound(source, path, n.propertyName);
    // An entry's id is the package it is imported from (connector-<id>); unknown ones sort by their name.
    const idOf = (e: ts.Expression) => importedFrom(source, e.getText(source))?.replace(FAMILY, '') ?? e.getText(source);
    const specifier = `${FAMILY}${n.id}`;
    return [
      importInsertion(source, `import { ${n.propertyName} } from '${specifier}';`, specifier, FAMILY),
      entryInsertion(list.elements, n.id, idOf, n.propertyName),
    ];
  });
}

/** `SANDBOX_FACTORIES` in the catalog: the connector's sandbox, by id; an OAuth sandbox signs tokens with the gateway's secret. */
function addSandbox(tree: Tree, n: ConnectorNames, oauth2: boolean): void {
  const path = `${CATALOG}/src/sandbox.ts`;
  edit(tree, path, (source) => {
    const factories = objectLiteral(source, path, 'SANDBOX_FACTORIES');
    const factory = `create${n.className}Sandbox`;
    unbound(source, path, factory);
    const key = n.id.includes('-') ? `'${n.id}'` : n.id;
    const value = oauth2 ? `(at) => ${factory}(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {})` : `() => ${factory}()`;
    const keyOf = (p: ts.ObjectLiteralElementLike) =>
      p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '';
    const specifier = `${FAMILY}${n.id}/sandbox`;
    return [
      importInsertion(source, `import { ${factory} } from '${specifier}';`, specifier, FAMILY),
      entryInsertion(factories.properties, n.id, keyOf, `${key}: ${value}`),
    ];
  });
}

/** The catalog's package.json depends on the new connector (dependencies kept in name order, the other keys where they were). */
function addDependency(tree: Tree, n: ConnectorNames, version: string): void {
  const path = `${CATALOG}/package.json`;
  const pkg = readPackageJson(tree, path);
  const added = Object.entries({ ...pkg.dependencies, [`${FAMILY}${n.id}`]: version });
  writeJson(tree, path, { ...readJsonObject(tree, path), dependencies: Object.fromEntries(added.sort(([a], [b]) => (a < b ? -1 : 1))) });
}

/**
 * Add a connector to the catalog: its export in `CONNECTORS`, its sandbox
 * in `SANDBOX_FACTORIES`, and the dependency in the catalog's package.json.
 */
export function addToCatalog(tree: Tree, n: ConnectorNames, oauth2: boolean): void {
  addConnector(tree, n);
  addSandbox(tree, n, oauth2);
  addDependency(tree, n, '^0.1.0');
}
