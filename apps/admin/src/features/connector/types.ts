import type { ConnectorQuery, SyncLogsQuery } from '../../graphql/generated/graphql';

/** A connector as the detail page loads it. */
export type ConnectorDetail = NonNullable<ConnectorQuery['connector']>;
/** One run of the activity log. */
export type SyncLogRow = NonNullable<SyncLogsQuery['connector']>['syncLogs']['edges'][number]['node'];
