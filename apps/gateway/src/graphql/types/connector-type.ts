import { CATEGORIES, CATEGORY_LABELS, type AnyConnector, type CredentialField, type StreamSpec } from '@tributary/core';
import type { z } from 'zod';
import { settingsJsonSchema } from '../../services/settings-schema.js';
import { builder } from '../builder.js';

export const CategoryEnum = builder.enumType('Category', { values: CATEGORIES });
export const AuthMethodEnum = builder.enumType('AuthMethod', { values: ['API_KEY', 'OAUTH2'] as const });

const AuthField = builder.objectRef<z.infer<typeof CredentialField>>('AuthField').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.exposeString('label'),
    secret: t.exposeBoolean('secret'),
    pattern: t.exposeString('pattern', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
  }),
});

const Stream = builder.objectRef<StreamSpec>('Stream').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    entity: t.exposeString('entity'),
    description: t.exposeString('description'),
    incremental: t.exposeBoolean('incremental'),
  }),
});

/** A connector Tributary ships (the catalog), as the console's Sensors page shows it. */
export const ConnectorTypeRef = builder.objectRef<AnyConnector>('ConnectorType').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    version: t.exposeString('version'),
    category: t.field({ type: CategoryEnum, resolve: (c) => c.category }),
    categoryLabel: t.string({ resolve: (c) => CATEGORY_LABELS[c.category] }),
    authMethod: t.field({ type: AuthMethodEnum, resolve: (c) => (c.auth.type === 'oauth2' ? 'OAUTH2' : 'API_KEY') }),
    oauthAvailable: t.boolean({
      description: 'Can connect through an OAuth consent screen',
      resolve: (c) => c.auth.type === 'oauth2' || c.oauth !== undefined,
    }),
    authFields: t.field({ type: [AuthField], resolve: (c) => (c.auth.type === 'api_key' ? c.auth.fields : []) }),
    streams: t.field({ type: [Stream], resolve: (c) => [...c.streams] }),
    defaultSchedule: t.exposeString('defaultSchedule'),
    accountSelection: t.exposeBoolean('accountSelection'),
    docsUrl: t.string({ nullable: true, resolve: (c) => c.docsUrl ?? null }),
    settingsSchema: t.field({
      type: 'JSON',
      description:
        "The connection settings as JSON Schema (draft 2020-12, the input updateConnectorSettings accepts): property types, enums, bounds, defaults and descriptions. Platform-owned settings (Office 365's privacy) are left out: they have their own mutations.",
      resolve: (c) => settingsJsonSchema(c),
    }),
    writebackAvailable: t.boolean({
      description: 'Can write engagement scores back to the vendor (opt-in through the connector settings, `writeback.enabled`)',
      resolve: (c) => c.writeback !== undefined,
    }),
    sandboxAvailable: t.boolean({
      description: 'Runs against a local simulator until real credentials are configured',
      resolve: (c, _args, ctx) => ctx.rt.sandboxes.has(c.id) && (c.auth.type === 'api_key' || ctx.rt.oauth.usesSandbox(c.id)),
    }),
  }),
});

builder.queryField('connectorTypes', (t) =>
  t.field({
    type: [ConnectorTypeRef],
    description: 'The connector catalog, by category (Ads, CRM, Payments, Analytics, Marketing, Intent, Communications, Meetings).',
    authScopes: { viewer: true },
    args: { category: t.arg({ type: CategoryEnum, required: false }) },
    resolve: (_root, args, ctx) =>
      ctx.rt.registry
        .list()
        .filter((c) => !args.category || c.category === args.category)
        .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.name.localeCompare(b.name)),
  }),
);
