import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents from the gateway's schema (`apps/gateway/schema.graphql`,
 * printed by `printGatewaySchema()`). Run `npx nx codegen admin` after
 * changing a document or the schema; the output is committed so a fresh
 * clone typechecks without the gateway.
 */
const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown', SafeInt: 'number' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
