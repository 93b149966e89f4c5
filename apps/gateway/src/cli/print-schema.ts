import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { printGatewaySchema } from '../graphql/schema.js';

/**
 * `npx nx run gateway:print-schema`: write the gateway's GraphQL schema
 * (SDL, sorted, formatted as the repository's prettier does) to
 * apps/gateway/schema.graphql, committed for GraphQL clients and the
 * console's code generation. src/graphql/schema.test.ts fails when it is stale.
 */
const file = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const options = (await resolveConfig(file)) ?? {};
writeFileSync(file, await format(printGatewaySchema(), { ...options, parser: 'graphql' }));
process.stdout.write(`Wrote ${file}\n`);
