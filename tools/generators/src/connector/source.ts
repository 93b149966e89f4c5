import ts from 'typescript';

/** Text inserted at a position of a source file. */
export interface Insertion {
  at: number;
  text: string;
}

export function parseSource(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Apply insertions to the text they were computed on (later positions first, so earlier ones stay valid). */
export function applyInsertions(text: string, insertions: readonly Insertion[]): string {
  return [...insertions].sort((a, b) => b.at - a.at).reduce((out, i) => out.slice(0, i.at) + i.text + out.slice(i.at), text);
}

function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/**
 * The value of a top-level `const <name> = ...`, without `as const`,
 * `satisfies` or parentheses around it.
 *
 * @example
 * initializerOf(parseSource('a.ts', "export const IDS = ['a'] as const;"), 'IDS') // the array literal
 */
export function initializerOf(source: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const found = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
    if (found?.initializer) return unwrap(found.initializer);
  }
  return undefined;
}

const moduleOf = (i: ts.ImportDeclaration): string => (ts.isStringLiteral(i.moduleSpecifier) ? i.moduleSpecifier.text : '');

/** The module a top-level import binds `name` from, if any. */
export function importedFrom(source: ts.SourceFile, name: string): string | undefined {
  for (const i of source.statements.filter(ts.isImportDeclaration)) {
    const bindings = i.importClause?.namedBindings;
    const named = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => e.name.text) : [];
    if (i.importClause?.name?.text === name || named.includes(name)) return moduleOf(i);
  }
  return undefined;
}

/**
 * Where an import of `specifier` goes: before the first import of the same
 * family (`@tributary/connector-`) that sorts after it, else after the last import.
 */
export function importInsertion(source: ts.SourceFile, declaration: string, specifier: string, family: string): Insertion {
  const imports = source.statements.filter(ts.isImportDeclaration);
  const next = imports.find((i) => moduleOf(i).startsWith(family) && moduleOf(i) > specifier);
  if (next) return { at: next.getStart(source), text: `${declaration}\n` };
  const last = imports[imports.length - 1];
  return last ? { at: last.end, text: `\n${declaration}` } : { at: 0, text: `${declaration}\n` };
}

/**
 * Where a new entry of an array or object literal goes so that the entries
 * stay ordered by `keyOf` (after any comment of the entry it precedes).
 */
export function entryInsertion<T extends ts.Node>(
  entries: ts.NodeArray<T>,
  key: string,
  keyOf: (entry: T) => string,
  text: string,
): Insertion {
  const next = entries.find((e) => keyOf(e) > key);
  if (next) return { at: next.getFullStart(), text: ` ${text},` };
  const last = entries[entries.length - 1];
  return last ? { at: last.end, text: `, ${text}` } : { at: entries.pos, text };
}
