import type { HttpClient, Json } from '@tributary/core';
import { z } from 'zod';
import { crmPath, HubSpotPipelines } from './api.js';

/** A deal stage as deals need it: its label, its pipeline, and whether it is open, won or lost. */
export const DealStage = z.object({
  label: z.string(),
  pipelineId: z.string(),
  pipeline: z.string(),
  status: z.enum(['open', 'won', 'lost']),
});
export type DealStage = z.infer<typeof DealStage>;

/** Every deal stage of the portal by stage id (stage ids are unique across pipelines): the deals stream's run memo. */
export const DealStages = z.record(z.string(), DealStage);
export type DealStages = z.infer<typeof DealStages>;

/**
 * A stage's outcome from its metadata: closed stages are won at
 * probability 1.0 and lost at 0.0 (`isClosed`, `probability`).
 *
 * @example
 * stageStatus({ isClosed: 'true', probability: '1.0' }) // 'won'
 */
export function stageStatus(metadata: Readonly<Record<string, string | null>>): DealStage['status'] {
  if (metadata['isClosed'] !== 'true') return 'open';
  return Number(metadata['probability']) >= 1 ? 'won' : 'lost';
}

/**
 * The run memo of the deals stream, read once per run:
 * `GET /crm/v3/pipelines/deals` (https://developers.hubspot.com/docs/api/crm/pipelines),
 * every stage of every pipeline, archived ones included (old deals can sit in them).
 */
export async function readDealStages(http: HttpClient): Promise<Json> {
  const { data } = await http.request({ path: crmPath('pipelines/deals') }, HubSpotPipelines);
  const stages: Record<string, DealStage> = {};
  for (const pipeline of data.results) {
    for (const stage of pipeline.stages) {
      stages[stage.id] = { label: stage.label, pipelineId: pipeline.id, pipeline: pipeline.label, status: stageStatus(stage.metadata) };
    }
  }
  return stages;
}
