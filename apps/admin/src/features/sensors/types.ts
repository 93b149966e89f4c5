import type { SensorsQuery } from '../../graphql/generated/graphql';

/** One connector of the catalog, as the Sensors query returns it. */
export type SensorType = SensorsQuery['connectorTypes'][number];
export type { ConnectorSummary } from '../../queries/connectors';
