import { updateJson, type Tree } from '@nx/devkit';
import { z } from 'zod';

const Json = z.record(z.string(), z.unknown());
const References = z.object({ references: z.array(z.looseObject({ path: z.string() })).default([]) });

/** Append a project reference unless the tsconfig has it already (as `nx sync` does: it appends what is missing). */
function reference(tree: Tree, tsconfig: string, path: string): void {
  updateJson(tree, tsconfig, (value: unknown) => {
    const { references } = References.parse(value);
    // Spread the file as read, so its keys keep their order.
    const config = Json.parse(value);
    return references.some((r) => r.path === path) ? config : { ...config, references: [...references, { path }] };
  });
}

/**
 * The TypeScript project references `nx sync` would add for a new
 * connector: the root solution lists it, and the catalog's build
 * references its build (the lib's own tsconfigs come with their
 * references to core, the sandbox kit and the conformance suite).
 */
export function addReferences(tree: Tree, root: string): void {
  reference(tree, 'tsconfig.json', `./${root}`);
  reference(tree, 'libs/catalog/tsconfig.lib.json', `../${root.replace(/^libs\//, '')}/tsconfig.lib.json`);
}
