import type { ConnectorQuery } from '../../graphql/generated/graphql';

/** A connector as the detail page loads it. */
export type ConnectorDetail = NonNullable<ConnectorQuery['connector']>;
export type SyncLogRow = ConnectorDetail['syncLogs']['edges'][number]['node'];
