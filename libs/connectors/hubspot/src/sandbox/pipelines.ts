/** One deal stage as HubSpot describes it (`metadata.probability`, `metadata.isClosed`: strings). */
export interface SimStage {
  id: string;
  label: string;
  probability: string;
  closed: boolean;
  archived?: boolean;
}

export interface SimPipeline {
  id: string;
  label: string;
  stages: SimStage[];
}

const stage = (id: string, label: string, probability: string, closed = false, archived = false): SimStage => ({
  id,
  label,
  probability,
  closed,
  ...(archived ? { archived } : {}),
});

/**
 * The portal's deal pipelines: HubSpot's default "Sales Pipeline" (its
 * standard stage ids, plus a retired stage some old deals still sit in)
 * and a custom "Renewals" pipeline with numeric ids, as custom ones have.
 */
export const PIPELINES: readonly SimPipeline[] = [
  {
    id: 'default',
    label: 'Sales Pipeline',
    stages: [
      stage('appointmentscheduled', 'Appointment Scheduled', '0.2'),
      stage('qualifiedtobuy', 'Qualified To Buy', '0.4'),
      stage('presentationscheduled', 'Presentation Scheduled', '0.6'),
      stage('decisionmakerboughtin', 'Decision Maker Bought-In', '0.8'),
      stage('contractsent', 'Contract Sent', '0.9'),
      stage('closedwon', 'Closed Won', '1.0', true),
      stage('closedlost', 'Closed Lost', '0.0', true),
      stage('35914360', 'Demo Booked (retired)', '0.3', false, true),
    ],
  },
  {
    id: '35914361',
    label: 'Renewals',
    stages: [stage('35914362', 'Renewal Due', '0.5'), stage('35914363', 'Renewed', '1.0', true), stage('35914364', 'Churned', '0.0', true)],
  },
];

/** `GET /crm/v3/pipelines/deals`: the pipelines in HubSpot's shape (default pipelines are created at epoch 0). */
export function pipelinesBody(): unknown {
  const at = new Date(0).toISOString();
  return {
    results: PIPELINES.map((p, order) => ({
      id: p.id,
      label: p.label,
      displayOrder: order,
      archived: false,
      createdAt: at,
      updatedAt: at,
      stages: p.stages.map((s, i) => ({
        id: s.id,
        label: s.label,
        displayOrder: i,
        archived: s.archived === true,
        createdAt: at,
        updatedAt: at,
        metadata: { isClosed: String(s.closed), probability: s.probability },
        writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
      })),
    })),
  };
}
