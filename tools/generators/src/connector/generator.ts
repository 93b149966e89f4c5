import { formatFiles, generateFiles, getProjects, installPackagesTask, logger, type GeneratorCallback, type Tree } from '@nx/devkit';
import { join } from 'node:path';
import { addToCatalog } from './catalog.js';
import { connectorNames, parseOptions } from './options.js';
import { addReferences } from './references.js';
import { coreCategories, dependencyVersions } from './workspace.js';

/** Where connector libs live: libs/connectors/<id>. */
export const CONNECTORS_DIR = 'libs/connectors';

/** Refuse an id that is taken (the folder, the Nx project or the package) before writing anything. */
function assertNew(tree: Tree, id: string): void {
  const root = `${CONNECTORS_DIR}/${id}`;
  if (tree.exists(root) || getProjects(tree).has(`connector-${id}`)) {
    throw new Error(`A connector "${id}" already exists (${root}, project connector-${id}). Pick another id, or change that lib by hand.`);
  }
}

function assertCategory(tree: Tree, category: string): void {
  const categories = coreCategories(tree);
  if (!categories.includes(category)) {
    throw new Error(
      `Unknown category "${category}". Core's categories: ${categories.join(', ')} (CATEGORIES in libs/core/src/connector/manifest.ts).`,
    );
  }
}

/**
 * `nx g @tributary/tools:connector <id> --auth oauth2|api_key --category <category>`:
 * a connector lib in the layout every connector shares (see
 * docs/connectors.md), with one declared REST stream, its simulator on the
 * sandbox kit and the conformance test, added to the catalog and to the
 * TypeScript project references; then `npm install` links the new package.
 *
 * @example
 * await connectorGenerator(tree, { id: 'acme', auth: 'api_key', category: 'crm' });
 */
export async function connectorGenerator(tree: Tree, input: unknown): Promise<GeneratorCallback | undefined> {
  const options = parseOptions(input);
  assertNew(tree, options.id);
  assertCategory(tree, options.category);
  const names = connectorNames(options.id, options.name);
  const root = `${CONNECTORS_DIR}/${options.id}`;
  const oauth2 = options.auth === 'oauth2';
  const values = { ...names, oauth2, category: options.category, versions: dependencyVersions(tree) };
  // The templates sit beside this file (Nx loads local generators as CommonJS, where __dirname is defined).
  generateFiles(tree, join(__dirname, 'files'), root, values);
  if (oauth2) generateFiles(tree, join(__dirname, 'files-oauth2'), root, values);
  addToCatalog(tree, names, oauth2);
  addReferences(tree, root);
  if (!options.skipFormat) await formatFiles(tree);
  return () => {
    // npm links the new workspace package (the catalog imports it) and records it in package-lock.json.
    if (!options.skipInstall) installPackagesTask(tree, true);
    logger.info(`Next: read ${root}/README.md and make the stream, the simulator and the README say what ${names.displayName} does.`);
  };
}

export default connectorGenerator;
