import type { FieldMappingInput, FieldMappingsQuery, Transform } from '../../../graphql/generated/graphql';

export const TRANSFORMS: Transform[] = ['none', 'lowercase', 'uppercase', 'trim'];

/** One canonical field of one stream in the editor: what it is now and what the connector's default is. */
export interface DraftRow {
  stream: string;
  target: string;
  source: string;
  transform: Transform;
  defaultSource: string | null;
  defaultTransform: Transform | null;
}

/** The effective mappings as editable rows. */
export const toDraft = (effective: FieldMappingsQuery['fieldMappings']): DraftRow[] =>
  effective.map((m) => ({
    stream: m.stream,
    target: m.target,
    source: m.source,
    transform: m.transform,
    defaultSource: m.defaultSource ?? null,
    defaultTransform: m.defaultTransform ?? null,
  }));

/** A row differs from the connector's default (or the connector has no default for that field). */
export const isOverride = (row: DraftRow) =>
  row.defaultSource === null || row.source.trim() !== row.defaultSource || row.transform !== (row.defaultTransform ?? 'none');

/** What `updateFieldMappings` stores: the overrides only, so defaults keep following the connector. */
export const overridesOf = (rows: DraftRow[]): FieldMappingInput[] =>
  rows.filter(isOverride).map((r) => ({ stream: r.stream, source: r.source.trim(), target: r.target, transform: r.transform }));

export const resetRow = (row: DraftRow): DraftRow =>
  row.defaultSource === null ? row : { ...row, source: row.defaultSource, transform: row.defaultTransform ?? 'none' };

/** Replace the row for (stream, target), or add it. */
export function upsertRow(rows: DraftRow[], next: DraftRow): DraftRow[] {
  const index = rows.findIndex((r) => r.stream === next.stream && r.target === next.target);
  if (index === -1) return [...rows, next];
  return rows.map((r, i) => (i === index ? next : r));
}

export const removeRow = (rows: DraftRow[], row: DraftRow) => rows.filter((r) => !(r.stream === row.stream && r.target === row.target));

/** Blank sources cannot be saved. */
export const draftErrors = (rows: DraftRow[]) =>
  rows.filter((r) => !r.source.trim()).map((r) => `${r.stream}.${r.target}: source is empty`);

/**
 * The streams whose overrides differ between two drafts: after a save, the
 * streams whose stored rows the new mappings would re-map.
 *
 * @example
 * changedStreams(saved, edited) // ['charges']
 */
export function changedStreams(before: DraftRow[], after: DraftRow[]): string[] {
  const byStream = (rows: DraftRow[], stream: string) => JSON.stringify(overridesOf(rows.filter((r) => r.stream === stream)));
  const streams = [...new Set([...before, ...after].map((r) => r.stream))];
  return streams.filter((stream) => byStream(before, stream) !== byStream(after, stream));
}
