import { compileMappings, mergeMappings, applyMappings, CANONICAL_SCHEMAS, TRANSFORMS, type FieldMapping } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { GraphQLError } from 'graphql';
import { connectorRow as findConnector } from '../../services/connection.js';
import { NotFoundError } from '../../services/errors.js';
import type { GraphQLContext } from '../builder.js';
import { builder } from '../builder.js';
import { z } from 'zod';
import { Id, JsonInput, MappingPath, Text } from '../inputs.js';

/** The caller's connector, or a NOT_FOUND GraphQL error (not masked: nothing of another tenant is revealed). */
async function connectorRow(rt: GraphQLContext['rt'], tenantId: string, id: string) {
  try {
    return await findConnector(rt, tenantId, id);
  } catch (error) {
    if (error instanceof NotFoundError) throw new GraphQLError('Connector not found', { extensions: { code: 'NOT_FOUND' } });
    throw error;
  }
}

export const TransformEnum = builder.enumType('Transform', { values: TRANSFORMS });

interface EffectiveMapping extends FieldMapping {
  isDefault: boolean;
  defaultSource: string | null;
  defaultTransform: FieldMapping['transform'] | null;
}

const FieldMappingRef = builder.objectRef<EffectiveMapping>('FieldMapping').implement({
  description: 'One source -> canonical field rule in effect: the connector default or the tenant override.',
  fields: (t) => ({
    stream: t.exposeString('stream'),
    source: t.exposeString('source'),
    target: t.exposeString('target'),
    transform: t.field({ type: TransformEnum, resolve: (m) => m.transform }),
    isDefault: t.exposeBoolean('isDefault'),
    defaultSource: t.exposeString('defaultSource', { nullable: true }),
    defaultTransform: t.field({ type: TransformEnum, nullable: true, resolve: (m) => m.defaultTransform }),
  }),
});

export const FieldMappingInput = builder.inputType('FieldMappingInput', {
  fields: (t) => ({
    stream: t.string({ required: true, validate: Text(100) }),
    source: t.string({ required: true, validate: MappingPath }),
    target: t.string({ required: true, validate: Text(100) }),
    transform: t.field({ type: TransformEnum, required: false }),
  }),
});

const MappingPreview = builder
  .objectRef<{ stream: string; entity: string; valid: boolean; record: unknown; issues: string[] }>('MappingPreview')
  .implement({
    fields: (t) => ({
      stream: t.exposeString('stream'),
      entity: t.exposeString('entity'),
      valid: t.exposeBoolean('valid'),
      record: t.field({ type: 'JSON', resolve: (p) => p.record }),
      issues: t.exposeStringList('issues'),
    }),
  });

const JsonObject = z.record(z.string(), z.unknown());
/** One sample to preview: the vendor row, and what the connector derived from it at sync when known. */
const PreviewSample = z.object({ stream: z.string().optional(), raw: JsonObject.optional(), derived: JsonObject.optional() });

builder.queryFields((t) => ({
  fieldMappings: t.field({
    type: [FieldMappingRef],
    authScopes: { viewer: true },
    args: { connectorId: t.arg.id({ required: true, validate: Id }) },
    resolve: async (_r, args, ctx) => {
      const row = await connectorRow(ctx.rt, ctx.principal.tenantId, String(args.connectorId));
      const defaults = mergeMappings(ctx.rt.registry.get(row.type).getSchema());
      const overrides = await forTenant(ctx.rt.db.prisma, ctx.principal.tenantId).fieldMappings.list(row.id);
      const effective = mergeMappings(defaults, overrides);
      return effective.map((m) => {
        const d = defaults.find((x) => x.stream === m.stream && x.target === m.target);
        const isDefault = !overrides.some((o) => o.stream === m.stream && o.target === m.target);
        return { ...m, isDefault, defaultSource: d?.source ?? null, defaultTransform: d?.transform ?? null };
      });
    },
  }),
  previewMappings: t.field({
    type: [MappingPreview],
    description: 'Apply mappings (defaults + the given overrides) to sample raw rows, without storing anything.',
    authScopes: { viewer: true },
    args: {
      connectorId: t.arg.id({ required: true, validate: Id }),
      mappings: t.arg({ type: [FieldMappingInput], required: true, validate: z.array(z.unknown()).max(500) }),
      samples: t.arg({
        type: ['JSON'],
        required: true,
        description: 'Raw vendor rows: { stream, raw, derived? } (at most 20); derived holds the values `$.` sources read',
        validate: z.array(JsonInput(65_536)).max(20, 'At most 20 samples'),
      }),
    },
    resolve: async (_r, args, ctx) => {
      const row = await connectorRow(ctx.rt, ctx.principal.tenantId, String(args.connectorId));
      const connector = ctx.rt.registry.get(row.type);
      const compiled = compileMappings(
        mergeMappings(
          connector.getSchema(),
          args.mappings.map((m) => ({ ...m, transform: m.transform ?? 'none' })),
        ),
      );
      return args.samples.slice(0, 20).map((sample) => {
        const parsedSample = PreviewSample.safeParse(sample ?? {});
        const s = parsedSample.success ? parsedSample.data : {};
        const stream = connector.streams.find((x) => x.name === s.stream) ?? connector.streams[0];
        const entity = stream?.entity ?? 'person';
        // `derived`: what the connector derived at sync (the stored record), so `$.` sources preview with values.
        const candidate = applyMappings(compiled, {
          stream: stream?.name ?? '',
          raw: s.raw ?? {},
          ...(s.derived ? { derived: s.derived } : {}),
        });
        const parsed = CANONICAL_SCHEMAS[entity].safeParse(candidate);
        const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        return { stream: stream?.name ?? '', entity, valid: parsed.success, record: parsed.success ? parsed.data : candidate, issues };
      });
    },
  }),
}));
