#!/usr/bin/env node
// A Prisma generator that writes the full data model (models, fields with
// their database names and native types, unique constraints, indexes) as
// JSON. The prisma-client generator's runtime data model omits indexes and
// column names; libs/db's schema-agreement test needs both.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import gh from '@prisma/generator-helper';

gh.generatorHandler({
  onManifest: () => ({ prettyName: 'Tributary data model (JSON)', defaultOutput: './datamodel.json' }),
  onGenerate: async (options) => {
    const out = options.generator.output?.value;
    if (!out) throw new Error('datamodel generator: output is required');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(options.dmmf.datamodel, null, 2)}\n`);
  },
});
