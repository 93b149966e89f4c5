/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a revenue event is credited to the touches before it (within the lookback window) */
export type AttributionModel =
  /** All of it to the earliest touch */
  | 'FIRST_TOUCH'
  /** All of it to the latest touch */
  | 'LAST_TOUCH'
  /** Equal shares to every touch (whole minor units) */
  | 'LINEAR';

export type AuthMethod = 'API_KEY' | 'OAUTH2';

export type CanonicalFilter = {
  connectorId?: string | number | null | undefined;
  /** Inclusive lower bound on the record date */
  from?: string | null | undefined;
  /** Include records the vendor deleted (tombstones) */
  includeDeleted?: boolean | null | undefined;
  /** Email, domain, name or campaign contains (case-insensitive) */
  search?: string | null | undefined;
  /** Exclusive upper bound on the record date */
  to?: string | null | undefined;
};

export type Category = 'ads' | 'analytics' | 'communications' | 'crm' | 'intent' | 'marketing' | 'meetings' | 'payments';

export type ConnectorStatus = 'connected' | 'disconnected' | 'error' | 'syncing';

export type CredentialInput = {
  name: string;
  value: string;
};

/** open (needs a person), resolved (the row was stored since), dismissed (a manager chose to ignore it) */
export type DeadLetterStatus = 'dismissed' | 'open' | 'resolved';

export type ErrorKind = 'auth_expired' | 'auth_revoked' | 'config' | 'rate_limited' | 'transient' | 'validation' | 'vendor';

export type FieldMappingInput = {
  source: string;
  stream: string;
  target: string;
  transform?: Transform | null | undefined;
};

export type Role = 'admin' | 'manager' | 'viewer';

/** `completed_with_errors`: the run ended but accepted no row while rejecting some (errorMessage names the commonest reason) */
export type SyncStatus = 'cancelled' | 'completed' | 'completed_with_errors' | 'failed' | 'running';

/** full or incremental sync, one applied webhook delivery (its counts and dead letters), a dead-letter replay, or a re-map of stored rows (replay and remap call no vendor) */
export type SyncType = 'full' | 'incremental' | 'remap' | 'replay' | 'webhook';

export type Transform = 'lowercase' | 'none' | 'trim' | 'uppercase';

type ErrorFields_BaseError_Fragment = { __typename: 'BaseError'; message: string };

type ErrorFields_ConflictError_Fragment = { __typename: 'ConflictError'; message: string };

type ErrorFields_InputError_Fragment = { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError'; message: string };

type ErrorFields_VendorError_Fragment = { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };

export type ErrorFieldsFragment =
  | ErrorFields_BaseError_Fragment
  | ErrorFields_ConflictError_Fragment
  | ErrorFields_InputError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_VendorError_Fragment;

export type MembersQueryVariables = Exact<{ [key: string]: never }>;

export type MembersQuery = { members: Array<{ userId: string; email: string; name: string | null; role: Role; createdAt: string }> };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never }>;

export type ApiTokensQuery = {
  apiTokens: Array<{
    id: string;
    name: string;
    prefix: string;
    userId: string;
    createdAt: string;
    lastUsedAt: string | null;
    expiresAt: string | null;
    revokedAt: string | null;
  }>;
};

export type AuditLogQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type AuditLogQuery = {
  auditLog: {
    edges: Array<{
      node: {
        id: string;
        actor: string;
        action: string;
        targetType: string;
        target: string;
        targetId: string | null;
        details: unknown;
        createdAt: string;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type InvitationsQueryVariables = Exact<{ [key: string]: never }>;

export type InvitationsQuery = { invitations: Array<{ id: string; email: string; role: Role; createdAt: string; expiresAt: string }> };

export type InviteMemberMutationVariables = Exact<{
  email: string;
  role: Role;
}>;

export type InviteMemberMutation = {
  inviteMember:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { link: string | null; mailed: boolean; invitation: { id: string; email: string; role: Role } } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeInvitationMutation = {
  revokeInvitation:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: boolean }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type RemoveMemberMutationVariables = Exact<{
  userId: string | number;
}>;

export type RemoveMemberMutation = {
  removeMember:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: boolean }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;

export type CreateApiTokenMutation = {
  createApiToken:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { token: string; apiToken: { id: string; name: string } } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiTokenMutation = {
  revokeApiToken:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: boolean }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type AttributionQueryVariables = Exact<{
  model: AttributionModel;
  from: string;
  to: string;
  lookbackDays?: number | null | undefined;
}>;

export type AttributionQuery = {
  attribution:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { __typename: 'NotFoundError'; message: string }
    | {
        data: {
          model: AttributionModel;
          lookbackDays: number;
          rows: Array<{
            channel: string;
            campaignId: string;
            campaign: string;
            currency: string;
            revenue: number;
            revenueEvents: number;
            spend: number;
            roas: number | null;
          }>;
          totals: Array<{
            currency: string;
            revenue: number;
            unattributedRevenue: number;
            revenueEvents: number;
            spend: number;
            roas: number | null;
          }>;
        };
      }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type ConnectApiKeyMutationVariables = Exact<{
  type: string;
  credentials?: Array<CredentialInput> | CredentialInput | null | undefined;
  useSandbox?: boolean | null | undefined;
}>;

export type ConnectApiKeyMutation = {
  connectApiKey:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { id: string; status: ConnectorStatus } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type ConnectOAuthMutationVariables = Exact<{
  type: string;
  settings?: unknown;
}>;

export type ConnectOAuthMutation = {
  connectOAuth:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: string }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type TriggerSyncMutationVariables = Exact<{
  connectorId: string | number;
  full?: boolean | null | undefined;
}>;

export type TriggerSyncMutation = {
  triggerSync:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { status: string; mode: string } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type TriggerWritebackMutationVariables = Exact<{
  connectorId: string | number;
}>;

export type TriggerWritebackMutation = {
  triggerWriteback:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { status: string } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type CancelSyncMutationVariables = Exact<{
  connectorId: string | number;
}>;

export type CancelSyncMutation = {
  cancelSync:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: boolean }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type DisconnectMutationVariables = Exact<{
  connectorId: string | number;
}>;

export type DisconnectMutation = {
  disconnect:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { id: string; status: ConnectorStatus } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type RemoveConnectorMutationVariables = Exact<{
  connectorId: string | number;
}>;

export type RemoveConnectorMutation = {
  removeConnector:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { id: string; type: string } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type CronPreviewQueryVariables = Exact<{
  cron: string;
}>;

export type CronPreviewQuery = { cronPreview: { valid: boolean; error: string | null; nextRuns: Array<string> } };

export type VendorAccountsQueryVariables = Exact<{
  connectorId: string | number;
}>;

export type VendorAccountsQuery = {
  vendorAccounts:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { __typename: 'NotFoundError'; message: string }
    | { data: Array<{ id: string; name: string; currency: string | null; timezone: string | null; manager: boolean }> }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type UpdateScheduleMutationVariables = Exact<{
  connectorId: string | number;
  cron: string;
}>;

export type UpdateScheduleMutation = {
  updateSchedule:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { id: string } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type UpdateConnectorSettingsMutationVariables = Exact<{
  connectorId: string | number;
  settings: unknown;
}>;

export type UpdateConnectorSettingsMutation = {
  updateConnectorSettings:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { id: string } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type SelectAccountMutationVariables = Exact<{
  connectorId: string | number;
  accountId: string;
}>;

export type SelectAccountMutation = {
  selectAccount:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { id: string } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type CheckHealthMutationVariables = Exact<{
  connectorId: string | number;
}>;

export type CheckHealthMutation = {
  checkHealth:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { status: string; message: string | null; latencyMs: number } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type ConnectorQueryVariables = Exact<{
  id: string | number;
}>;

export type ConnectorQuery = {
  connector: {
    settings: unknown;
    createdAt: string;
    webhookUrl: string | null;
    deadLetterCount: number;
    id: string;
    type: string;
    name: string;
    status: ConnectorStatus;
    connected: boolean;
    sandbox: boolean;
    accountId: string | null;
    accountName: string | null;
    lastSyncAt: string | null;
    rowsHeld: number;
    schedule: { cron: string; nextRuns: Array<string>; paused: boolean } | null;
    health: { status: string; message: string | null; checkedAt: string; latencyMs: number; details: unknown } | null;
    connectorType: {
      id: string;
      name: string;
      description: string;
      categoryLabel: string;
      authMethod: AuthMethod;
      oauthAvailable: boolean;
      sandboxAvailable: boolean;
      writebackAvailable: boolean;
      accountSelection: boolean;
      defaultSchedule: string;
      docsUrl: string | null;
      settingsSchema: unknown;
      authFields: Array<{ name: string; label: string; secret: boolean; pattern: string | null; description: string | null }>;
      streams: Array<{ name: string; entity: string; description: string }>;
    } | null;
    lastError: { kind: ErrorKind; message: string; suggestedFix: string } | null;
    currentSync: { id: string; pages: number; rowsImported: number; recordsRead: number; recordsFailed: number; elapsedMs: number } | null;
    lastSync: { id: string; status: SyncStatus; rowsImported: number; recordsFailed: number; completedAt: string | null } | null;
    credentialWarning: { expiresAt: string; expired: boolean; message: string } | null;
    recentSyncs: { edges: Array<{ node: { status: SyncStatus; rowsImported: number } }> };
  } | null;
};

export type SyncLogsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type SyncLogsQuery = {
  connector: {
    id: string;
    syncLogs: {
      edges: Array<{
        node: {
          id: string;
          syncType: SyncType;
          status: SyncStatus;
          trigger: string;
          startedAt: string;
          completedAt: string | null;
          durationMs: number | null;
          elapsedMs: number;
          recordsCreated: number;
          recordsUpdated: number;
          recordsFailed: number;
          recordsRead: number;
          rowsImported: number;
          pages: number;
          errorKind: ErrorKind | null;
          errorMessage: string | null;
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
};

export type DeadLettersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type DeadLettersQuery = {
  connector: {
    id: string;
    deadLetters: {
      edges: Array<{
        node: { id: string; kind: string; stream: string; externalId: string | null; reason: string; payload: unknown; createdAt: string };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
};

export type ConnectorCardFieldsFragment = {
  id: string;
  type: string;
  name: string;
  status: ConnectorStatus;
  connected: boolean;
  sandbox: boolean;
  accountId: string | null;
  accountName: string | null;
  lastSyncAt: string | null;
  rowsHeld: number;
  lastError: { kind: ErrorKind; message: string; suggestedFix: string } | null;
  currentSync: { id: string; pages: number; rowsImported: number; recordsRead: number; recordsFailed: number; elapsedMs: number } | null;
  lastSync: { id: string; status: SyncStatus; rowsImported: number; recordsFailed: number; completedAt: string | null } | null;
  health: { status: string; message: string | null; checkedAt: string } | null;
  credentialWarning: { expiresAt: string; expired: boolean; message: string } | null;
  recentSyncs: { edges: Array<{ node: { status: SyncStatus; rowsImported: number } }> };
};

export type SensorsQueryVariables = Exact<{ [key: string]: never }>;

export type SensorsQuery = {
  connectorTypes: Array<{
    id: string;
    name: string;
    description: string;
    category: Category;
    categoryLabel: string;
    authMethod: AuthMethod;
    oauthAvailable: boolean;
    sandboxAvailable: boolean;
    accountSelection: boolean;
    docsUrl: string | null;
    authFields: Array<{ name: string; label: string; secret: boolean; pattern: string | null; description: string | null }>;
  }>;
  connectors: Array<{
    id: string;
    type: string;
    name: string;
    status: ConnectorStatus;
    connected: boolean;
    sandbox: boolean;
    accountId: string | null;
    accountName: string | null;
    lastSyncAt: string | null;
    rowsHeld: number;
    lastError: { kind: ErrorKind; message: string; suggestedFix: string } | null;
    currentSync: { id: string; pages: number; rowsImported: number; recordsRead: number; recordsFailed: number; elapsedMs: number } | null;
    lastSync: { id: string; status: SyncStatus; rowsImported: number; recordsFailed: number; completedAt: string | null } | null;
    health: { status: string; message: string | null; checkedAt: string } | null;
    credentialWarning: { expiresAt: string; expired: boolean; message: string } | null;
    recentSyncs: { edges: Array<{ node: { status: SyncStatus; rowsImported: number } }> };
  }>;
};

export type DeadLetterGroupsQueryVariables = Exact<{
  id: string | number;
  status?: DeadLetterStatus | null | undefined;
}>;

export type DeadLetterGroupsQuery = {
  connector: {
    id: string;
    deadLetterGroups: Array<{
      stream: string;
      reason: string;
      kind: string;
      status: DeadLetterStatus;
      letters: number;
      occurrences: number;
      lastSeenAt: string;
      samples: Array<{ id: string; externalId: string | null; count: number; lastSeenAt: string; payload: unknown }>;
    }>;
  } | null;
};

export type DismissDeadLettersMutationVariables = Exact<{
  connectorId: string | number;
  stream: string;
  reason: string;
}>;

export type DismissDeadLettersMutation = {
  dismissDeadLetters:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: number }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type ReplayDeadLettersMutationVariables = Exact<{
  connectorId: string | number;
  stream: string;
  reason: string;
}>;

export type ReplayDeadLettersMutation = {
  replayDeadLetters:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { letters: number; stored: number; stillFailing: number; reason: string | null } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type FieldMappingsQueryVariables = Exact<{
  connectorId: string | number;
}>;

export type FieldMappingsQuery = {
  fieldMappings: Array<{
    stream: string;
    source: string;
    target: string;
    transform: Transform;
    isDefault: boolean;
    defaultSource: string | null;
    defaultTransform: Transform | null;
  }>;
};

export type PreviewMappingsQueryVariables = Exact<{
  connectorId: string | number;
  mappings: Array<FieldMappingInput> | FieldMappingInput;
  samples: Array<unknown> | unknown;
}>;

export type PreviewMappingsQuery = {
  previewMappings: Array<{ stream: string; entity: string; valid: boolean; record: unknown; issues: Array<string> }>;
};

export type UpdateFieldMappingsMutationVariables = Exact<{
  connectorId: string | number;
  mappings: Array<FieldMappingInput> | FieldMappingInput;
}>;

export type UpdateFieldMappingsMutation = {
  updateFieldMappings:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: { id: string } }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    userId: string;
    email: string;
    role: Role;
    tenant: { id: string; name: string; slug: string };
    memberships: Array<{ role: Role; tenant: { id: string; name: string; slug: string } }>;
  };
};

export type SwitchTenantMutationVariables = Exact<{
  tenantId: string | number;
}>;

export type SwitchTenantMutation = {
  switchTenant:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { data: boolean }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type ChannelMetricsPageQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type ChannelMetricsPageQuery = {
  page: {
    edges: Array<{
      node: {
        date: string;
        channel: string;
        campaign: string | null;
        impressions: number;
        clicks: number;
        visitors: number;
        leads: number;
        conversions: number;
        cost: number;
        currency: string;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type RevenuePageQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type RevenuePageQuery = {
  page: {
    edges: Array<{ node: { amount: number; amountRefunded: number; currency: string; status: string; occurredAt: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type DealsPageQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type DealsPageQuery = {
  page: {
    edges: Array<{
      node: { amount: number | null; currency: string | null; stage: string | null; status: string | null; closeDate: string | null };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type O365PrivacyQueryVariables = Exact<{
  connectorId: string | number;
}>;

export type O365PrivacyQuery = {
  o365Privacy:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | { __typename: 'NotFoundError'; message: string }
    | {
        data: {
          connectorId: string;
          dpaAcceptedAt: string | null;
          dpaAcceptedBy: string | null;
          dpaVersion: string | null;
          currentDpaVersion: string;
          dpaText: string;
          allowedDomains: Array<string>;
          ownDomain: string | null;
          includeSubjects: boolean;
          syncAllowed: boolean;
        };
      }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type O365PrivacyFieldsFragment = {
  connectorId: string;
  dpaAcceptedAt: string | null;
  dpaAcceptedBy: string | null;
  dpaVersion: string | null;
  currentDpaVersion: string;
  dpaText: string;
  allowedDomains: Array<string>;
  ownDomain: string | null;
  includeSubjects: boolean;
  syncAllowed: boolean;
};

export type AcceptO365DpaMutationVariables = Exact<{
  connectorId: string | number;
  version: string;
}>;

export type AcceptO365DpaMutation = {
  acceptO365Dpa:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | {
        data: {
          connectorId: string;
          dpaAcceptedAt: string | null;
          dpaAcceptedBy: string | null;
          dpaVersion: string | null;
          currentDpaVersion: string;
          dpaText: string;
          allowedDomains: Array<string>;
          ownDomain: string | null;
          includeSubjects: boolean;
          syncAllowed: boolean;
        };
      }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type UpdateO365PrivacyMutationVariables = Exact<{
  connectorId: string | number;
  allowedDomains: Array<string> | string;
  ownDomain?: string | null | undefined;
  includeSubjects?: boolean | null | undefined;
}>;

export type UpdateO365PrivacyMutation = {
  updateO365Privacy:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | {
        data: {
          connectorId: string;
          dpaAcceptedAt: string | null;
          dpaAcceptedBy: string | null;
          dpaVersion: string | null;
          currentDpaVersion: string;
          dpaText: string;
          allowedDomains: Array<string>;
          ownDomain: string | null;
          includeSubjects: boolean;
          syncAllowed: boolean;
        };
      }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export type PeopleQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type PeopleQuery = {
  page: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        connectorId: string;
        externalId: string;
        email: string | null;
        firstName: string | null;
        lastName: string | null;
        title: string | null;
        kind: string | null;
        updatedAt: string;
        deletedAt: string | null;
        raw: unknown;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type AccountsQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type AccountsQuery = {
  page: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        connectorId: string;
        externalId: string;
        name: string;
        domain: string | null;
        industry: string | null;
        employeeCount: number | null;
        updatedAt: string;
        deletedAt: string | null;
        raw: unknown;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ActivitiesQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type ActivitiesQuery = {
  page: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        connectorId: string;
        externalId: string;
        type: string;
        channel: string | null;
        occurredAt: string;
        personExternalId: string | null;
        deletedAt: string | null;
        raw: unknown;
        person: { email: string | null; firstName: string | null; lastName: string | null } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type DealsQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type DealsQuery = {
  page: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        connectorId: string;
        externalId: string;
        name: string | null;
        amount: number | null;
        currency: string | null;
        stage: string | null;
        status: string | null;
        closeDate: string | null;
        contactEmail: string | null;
        deletedAt: string | null;
        raw: unknown;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ChargesQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type ChargesQuery = {
  page: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        connectorId: string;
        externalId: string;
        amount: number;
        amountRefunded: number;
        currency: string;
        status: string;
        customerEmail: string | null;
        description: string | null;
        occurredAt: string;
        deletedAt: string | null;
        raw: unknown;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type SamplesQueryVariables = Exact<{
  filter?: CanonicalFilter | null | undefined;
}>;

export type SamplesQuery = {
  people: { edges: Array<{ node: { raw: unknown; stored: unknown } }> };
  accounts: { edges: Array<{ node: { raw: unknown; stored: unknown } }> };
  activities: { edges: Array<{ node: { raw: unknown; stored: unknown } }> };
  deals: { edges: Array<{ node: { raw: unknown; stored: unknown } }> };
  charges: { edges: Array<{ node: { raw: unknown; stored: unknown } }> };
  channelMetrics: { edges: Array<{ node: { raw: unknown; stored: unknown } }> };
};

export type RemapRunFieldsFragment = {
  id: string;
  syncType: SyncType;
  status: SyncStatus;
  done: boolean;
  recordsRead: number;
  recordsUpdated: number;
  recordsFailed: number;
  errorMessage: string | null;
};

export type SyncRunQueryVariables = Exact<{
  id: string | number;
}>;

export type SyncRunQuery = {
  syncRun: {
    id: string;
    syncType: SyncType;
    status: SyncStatus;
    done: boolean;
    recordsRead: number;
    recordsUpdated: number;
    recordsFailed: number;
    errorMessage: string | null;
  } | null;
};

export type ApplyMappingsToStoredRowsMutationVariables = Exact<{
  connectorId: string | number;
  stream: string;
}>;

export type ApplyMappingsToStoredRowsMutation = {
  applyMappingsToStoredRows:
    | { __typename: 'ConflictError'; message: string }
    | { __typename: 'InputError'; message: string; fieldErrors: Array<{ path: string; message: string }> }
    | {
        data: {
          id: string;
          syncType: SyncType;
          status: SyncStatus;
          done: boolean;
          recordsRead: number;
          recordsUpdated: number;
          recordsFailed: number;
          errorMessage: string | null;
        };
      }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'VendorError'; kind: ErrorKind; suggestedFix: string; message: string };
};

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ErrorFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}
    `,
  { fragmentName: 'ErrorFields' },
) as unknown as TypedDocumentString<ErrorFieldsFragment, unknown>;
export const ConnectorCardFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ConnectorCardFields on Connector {
  id
  type
  name
  status
  connected
  sandbox
  accountId
  accountName
  lastSyncAt
  lastError {
    kind
    message
    suggestedFix
  }
  rowsHeld
  currentSync {
    id
    pages
    rowsImported
    recordsRead
    recordsFailed
    elapsedMs
  }
  lastSync {
    id
    status
    rowsImported
    recordsFailed
    completedAt
  }
  health {
    status
    message
    checkedAt
  }
  credentialWarning {
    expiresAt
    expired
    message
  }
  recentSyncs: syncLogs(first: 10) {
    edges {
      node {
        status
        rowsImported
      }
    }
  }
}
    `,
  { fragmentName: 'ConnectorCardFields' },
) as unknown as TypedDocumentString<ConnectorCardFieldsFragment, unknown>;
export const O365PrivacyFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment O365PrivacyFields on O365Privacy {
  connectorId
  dpaAcceptedAt
  dpaAcceptedBy
  dpaVersion
  currentDpaVersion
  dpaText
  allowedDomains
  ownDomain
  includeSubjects
  syncAllowed
}
    `,
  { fragmentName: 'O365PrivacyFields' },
) as unknown as TypedDocumentString<O365PrivacyFieldsFragment, unknown>;
export const RemapRunFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RemapRunFields on SyncLog {
  id
  syncType
  status
  done
  recordsRead
  recordsUpdated
  recordsFailed
  errorMessage
}
    `,
  { fragmentName: 'RemapRunFields' },
) as unknown as TypedDocumentString<RemapRunFieldsFragment, unknown>;
export const MembersDocument = new TypedDocumentString(`
    query Members {
  members {
    userId
    email
    name
    role
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    userId
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($after: String) {
  auditLog(first: 30, after: $after) {
    edges {
      node {
        id
        actor
        action
        targetType
        target
        targetId
        details
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitations {
    id
    email
    role
    createdAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($email: String!, $role: Role!) {
  inviteMember(email: $email, role: $role) {
    ... on MutationInviteMemberSuccess {
      data {
        link
        mailed
        invitation {
          id
          email
          role
        }
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    ... on MutationRevokeInvitationSuccess {
      data
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($userId: ID!) {
  removeMember(userId: $userId) {
    ... on MutationRemoveMemberSuccess {
      data
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    ... on MutationCreateApiTokenSuccess {
      data {
        token
        apiToken {
          id
          name
        }
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    ... on MutationRevokeApiTokenSuccess {
      data
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AttributionDocument = new TypedDocumentString(`
    query Attribution($model: AttributionModel!, $from: String!, $to: String!, $lookbackDays: Int) {
  attribution(model: $model, from: $from, to: $to, lookbackDays: $lookbackDays) {
    ... on QueryAttributionSuccess {
      data {
        model
        lookbackDays
        rows {
          channel
          campaignId
          campaign
          currency
          revenue
          revenueEvents
          spend
          roas
        }
        totals {
          currency
          revenue
          unattributedRevenue
          revenueEvents
          spend
          roas
        }
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AttributionQuery, AttributionQueryVariables>;
export const ConnectApiKeyDocument = new TypedDocumentString(`
    mutation ConnectApiKey($type: String!, $credentials: [CredentialInput!], $useSandbox: Boolean) {
  connectApiKey(type: $type, credentials: $credentials, useSandbox: $useSandbox) {
    ... on MutationConnectApiKeySuccess {
      data {
        id
        status
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<ConnectApiKeyMutation, ConnectApiKeyMutationVariables>;
export const ConnectOAuthDocument = new TypedDocumentString(`
    mutation ConnectOAuth($type: String!, $settings: JSON) {
  connectOAuth(type: $type, settings: $settings) {
    ... on MutationConnectOAuthSuccess {
      data
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<ConnectOAuthMutation, ConnectOAuthMutationVariables>;
export const TriggerSyncDocument = new TypedDocumentString(`
    mutation TriggerSync($connectorId: ID!, $full: Boolean) {
  triggerSync(connectorId: $connectorId, full: $full) {
    ... on MutationTriggerSyncSuccess {
      data {
        status
        mode
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<TriggerSyncMutation, TriggerSyncMutationVariables>;
export const TriggerWritebackDocument = new TypedDocumentString(`
    mutation TriggerWriteback($connectorId: ID!) {
  triggerWriteback(connectorId: $connectorId) {
    ... on MutationTriggerWritebackSuccess {
      data {
        status
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<TriggerWritebackMutation, TriggerWritebackMutationVariables>;
export const CancelSyncDocument = new TypedDocumentString(`
    mutation CancelSync($connectorId: ID!) {
  cancelSync(connectorId: $connectorId) {
    ... on MutationCancelSyncSuccess {
      data
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CancelSyncMutation, CancelSyncMutationVariables>;
export const DisconnectDocument = new TypedDocumentString(`
    mutation Disconnect($connectorId: ID!) {
  disconnect(connectorId: $connectorId) {
    ... on MutationDisconnectSuccess {
      data {
        id
        status
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DisconnectMutation, DisconnectMutationVariables>;
export const RemoveConnectorDocument = new TypedDocumentString(`
    mutation RemoveConnector($connectorId: ID!) {
  removeConnector(connectorId: $connectorId) {
    ... on MutationRemoveConnectorSuccess {
      data {
        id
        type
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveConnectorMutation, RemoveConnectorMutationVariables>;
export const CronPreviewDocument = new TypedDocumentString(`
    query CronPreview($cron: String!) {
  cronPreview(cron: $cron) {
    valid
    error
    nextRuns
  }
}
    `) as unknown as TypedDocumentString<CronPreviewQuery, CronPreviewQueryVariables>;
export const VendorAccountsDocument = new TypedDocumentString(`
    query VendorAccounts($connectorId: ID!) {
  vendorAccounts(connectorId: $connectorId) {
    ... on QueryVendorAccountsSuccess {
      data {
        id
        name
        currency
        timezone
        manager
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<VendorAccountsQuery, VendorAccountsQueryVariables>;
export const UpdateScheduleDocument = new TypedDocumentString(`
    mutation UpdateSchedule($connectorId: ID!, $cron: String!) {
  updateSchedule(connectorId: $connectorId, cron: $cron) {
    ... on MutationUpdateScheduleSuccess {
      data {
        id
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateScheduleMutation, UpdateScheduleMutationVariables>;
export const UpdateConnectorSettingsDocument = new TypedDocumentString(`
    mutation UpdateConnectorSettings($connectorId: ID!, $settings: JSON!) {
  updateConnectorSettings(connectorId: $connectorId, settings: $settings) {
    ... on MutationUpdateConnectorSettingsSuccess {
      data {
        id
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateConnectorSettingsMutation, UpdateConnectorSettingsMutationVariables>;
export const SelectAccountDocument = new TypedDocumentString(`
    mutation SelectAccount($connectorId: ID!, $accountId: String!) {
  selectAccount(connectorId: $connectorId, accountId: $accountId) {
    ... on MutationSelectAccountSuccess {
      data {
        id
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<SelectAccountMutation, SelectAccountMutationVariables>;
export const CheckHealthDocument = new TypedDocumentString(`
    mutation CheckHealth($connectorId: ID!) {
  checkHealth(connectorId: $connectorId) {
    ... on MutationCheckHealthSuccess {
      data {
        status
        message
        latencyMs
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CheckHealthMutation, CheckHealthMutationVariables>;
export const ConnectorDocument = new TypedDocumentString(`
    query Connector($id: ID!) {
  connector(id: $id) {
    ...ConnectorCardFields
    settings
    createdAt
    webhookUrl
    deadLetterCount
    schedule {
      cron
      nextRuns
      paused
    }
    health {
      status
      message
      checkedAt
      latencyMs
      details
    }
    connectorType {
      id
      name
      description
      categoryLabel
      authMethod
      oauthAvailable
      sandboxAvailable
      writebackAvailable
      accountSelection
      defaultSchedule
      docsUrl
      settingsSchema
      authFields {
        name
        label
        secret
        pattern
        description
      }
      streams {
        name
        entity
        description
      }
    }
  }
}
    fragment ConnectorCardFields on Connector {
  id
  type
  name
  status
  connected
  sandbox
  accountId
  accountName
  lastSyncAt
  lastError {
    kind
    message
    suggestedFix
  }
  rowsHeld
  currentSync {
    id
    pages
    rowsImported
    recordsRead
    recordsFailed
    elapsedMs
  }
  lastSync {
    id
    status
    rowsImported
    recordsFailed
    completedAt
  }
  health {
    status
    message
    checkedAt
  }
  credentialWarning {
    expiresAt
    expired
    message
  }
  recentSyncs: syncLogs(first: 10) {
    edges {
      node {
        status
        rowsImported
      }
    }
  }
}`) as unknown as TypedDocumentString<ConnectorQuery, ConnectorQueryVariables>;
export const SyncLogsDocument = new TypedDocumentString(`
    query SyncLogs($id: ID!, $after: String) {
  connector(id: $id) {
    id
    syncLogs(first: 25, after: $after) {
      edges {
        node {
          id
          syncType
          status
          trigger
          startedAt
          completedAt
          durationMs
          elapsedMs
          recordsCreated
          recordsUpdated
          recordsFailed
          recordsRead
          rowsImported
          pages
          errorKind
          errorMessage
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyncLogsQuery, SyncLogsQueryVariables>;
export const DeadLettersDocument = new TypedDocumentString(`
    query DeadLetters($id: ID!, $after: String) {
  connector(id: $id) {
    id
    deadLetters(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          stream
          externalId
          reason
          payload
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeadLettersQuery, DeadLettersQueryVariables>;
export const SensorsDocument = new TypedDocumentString(`
    query Sensors {
  connectorTypes {
    id
    name
    description
    category
    categoryLabel
    authMethod
    oauthAvailable
    sandboxAvailable
    accountSelection
    docsUrl
    authFields {
      name
      label
      secret
      pattern
      description
    }
  }
  connectors {
    ...ConnectorCardFields
  }
}
    fragment ConnectorCardFields on Connector {
  id
  type
  name
  status
  connected
  sandbox
  accountId
  accountName
  lastSyncAt
  lastError {
    kind
    message
    suggestedFix
  }
  rowsHeld
  currentSync {
    id
    pages
    rowsImported
    recordsRead
    recordsFailed
    elapsedMs
  }
  lastSync {
    id
    status
    rowsImported
    recordsFailed
    completedAt
  }
  health {
    status
    message
    checkedAt
  }
  credentialWarning {
    expiresAt
    expired
    message
  }
  recentSyncs: syncLogs(first: 10) {
    edges {
      node {
        status
        rowsImported
      }
    }
  }
}`) as unknown as TypedDocumentString<SensorsQuery, SensorsQueryVariables>;
export const DeadLetterGroupsDocument = new TypedDocumentString(`
    query DeadLetterGroups($id: ID!, $status: DeadLetterStatus) {
  connector(id: $id) {
    id
    deadLetterGroups(status: $status) {
      stream
      reason
      kind
      status
      letters
      occurrences
      lastSeenAt
      samples(take: 3) {
        id
        externalId
        count
        lastSeenAt
        payload
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeadLetterGroupsQuery, DeadLetterGroupsQueryVariables>;
export const DismissDeadLettersDocument = new TypedDocumentString(`
    mutation DismissDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {
  dismissDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {
    ... on MutationDismissDeadLettersSuccess {
      data
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DismissDeadLettersMutation, DismissDeadLettersMutationVariables>;
export const ReplayDeadLettersDocument = new TypedDocumentString(`
    mutation ReplayDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {
  replayDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {
    ... on MutationReplayDeadLettersSuccess {
      data {
        letters
        stored
        stillFailing
        reason
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<ReplayDeadLettersMutation, ReplayDeadLettersMutationVariables>;
export const FieldMappingsDocument = new TypedDocumentString(`
    query FieldMappings($connectorId: ID!) {
  fieldMappings(connectorId: $connectorId) {
    stream
    source
    target
    transform
    isDefault
    defaultSource
    defaultTransform
  }
}
    `) as unknown as TypedDocumentString<FieldMappingsQuery, FieldMappingsQueryVariables>;
export const PreviewMappingsDocument = new TypedDocumentString(`
    query PreviewMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!, $samples: [JSON!]!) {
  previewMappings(
    connectorId: $connectorId
    mappings: $mappings
    samples: $samples
  ) {
    stream
    entity
    valid
    record
    issues
  }
}
    `) as unknown as TypedDocumentString<PreviewMappingsQuery, PreviewMappingsQueryVariables>;
export const UpdateFieldMappingsDocument = new TypedDocumentString(`
    mutation UpdateFieldMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!) {
  updateFieldMappings(connectorId: $connectorId, mappings: $mappings) {
    ... on MutationUpdateFieldMappingsSuccess {
      data {
        id
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateFieldMappingsMutation, UpdateFieldMappingsMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    userId
    email
    role
    tenant {
      id
      name
      slug
    }
    memberships {
      role
      tenant {
        id
        name
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SwitchTenantDocument = new TypedDocumentString(`
    mutation SwitchTenant($tenantId: ID!) {
  switchTenant(tenantId: $tenantId) {
    ... on MutationSwitchTenantSuccess {
      data
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<SwitchTenantMutation, SwitchTenantMutationVariables>;
export const ChannelMetricsPageDocument = new TypedDocumentString(`
    query ChannelMetricsPage($filter: CanonicalFilter, $after: String) {
  page: channelMetrics(first: 100, after: $after, filter: $filter) {
    edges {
      node {
        date
        channel
        campaign
        impressions
        clicks
        visitors
        leads
        conversions
        cost
        currency
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ChannelMetricsPageQuery, ChannelMetricsPageQueryVariables>;
export const RevenuePageDocument = new TypedDocumentString(`
    query RevenuePage($filter: CanonicalFilter, $after: String) {
  page: charges(first: 100, after: $after, filter: $filter) {
    edges {
      node {
        amount
        amountRefunded
        currency
        status
        occurredAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RevenuePageQuery, RevenuePageQueryVariables>;
export const DealsPageDocument = new TypedDocumentString(`
    query DealsPage($filter: CanonicalFilter, $after: String) {
  page: deals(first: 100, after: $after, filter: $filter) {
    edges {
      node {
        amount
        currency
        stage
        status
        closeDate
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DealsPageQuery, DealsPageQueryVariables>;
export const O365PrivacyDocument = new TypedDocumentString(`
    query O365Privacy($connectorId: ID!) {
  o365Privacy(connectorId: $connectorId) {
    ... on QueryO365PrivacySuccess {
      data {
        ...O365PrivacyFields
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}
fragment O365PrivacyFields on O365Privacy {
  connectorId
  dpaAcceptedAt
  dpaAcceptedBy
  dpaVersion
  currentDpaVersion
  dpaText
  allowedDomains
  ownDomain
  includeSubjects
  syncAllowed
}`) as unknown as TypedDocumentString<O365PrivacyQuery, O365PrivacyQueryVariables>;
export const AcceptO365DpaDocument = new TypedDocumentString(`
    mutation AcceptO365Dpa($connectorId: ID!, $version: String!) {
  acceptO365Dpa(connectorId: $connectorId, version: $version) {
    ... on MutationAcceptO365DpaSuccess {
      data {
        ...O365PrivacyFields
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}
fragment O365PrivacyFields on O365Privacy {
  connectorId
  dpaAcceptedAt
  dpaAcceptedBy
  dpaVersion
  currentDpaVersion
  dpaText
  allowedDomains
  ownDomain
  includeSubjects
  syncAllowed
}`) as unknown as TypedDocumentString<AcceptO365DpaMutation, AcceptO365DpaMutationVariables>;
export const UpdateO365PrivacyDocument = new TypedDocumentString(`
    mutation UpdateO365Privacy($connectorId: ID!, $allowedDomains: [String!]!, $ownDomain: String, $includeSubjects: Boolean) {
  updateO365Privacy(
    connectorId: $connectorId
    allowedDomains: $allowedDomains
    ownDomain: $ownDomain
    includeSubjects: $includeSubjects
  ) {
    ... on MutationUpdateO365PrivacySuccess {
      data {
        ...O365PrivacyFields
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}
fragment O365PrivacyFields on O365Privacy {
  connectorId
  dpaAcceptedAt
  dpaAcceptedBy
  dpaVersion
  currentDpaVersion
  dpaText
  allowedDomains
  ownDomain
  includeSubjects
  syncAllowed
}`) as unknown as TypedDocumentString<UpdateO365PrivacyMutation, UpdateO365PrivacyMutationVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($filter: CanonicalFilter, $after: String) {
  page: people(first: 25, after: $after, filter: $filter) {
    totalCount
    edges {
      node {
        id
        connectorId
        externalId
        email
        firstName
        lastName
        title
        kind
        updatedAt
        deletedAt
        raw
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($filter: CanonicalFilter, $after: String) {
  page: accounts(first: 25, after: $after, filter: $filter) {
    totalCount
    edges {
      node {
        id
        connectorId
        externalId
        name
        domain
        industry
        employeeCount
        updatedAt
        deletedAt
        raw
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const ActivitiesDocument = new TypedDocumentString(`
    query Activities($filter: CanonicalFilter, $after: String) {
  page: activities(first: 25, after: $after, filter: $filter) {
    totalCount
    edges {
      node {
        id
        connectorId
        externalId
        type
        channel
        occurredAt
        personExternalId
        person {
          email
          firstName
          lastName
        }
        deletedAt
        raw
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ActivitiesQuery, ActivitiesQueryVariables>;
export const DealsDocument = new TypedDocumentString(`
    query Deals($filter: CanonicalFilter, $after: String) {
  page: deals(first: 25, after: $after, filter: $filter) {
    totalCount
    edges {
      node {
        id
        connectorId
        externalId
        name
        amount
        currency
        stage
        status
        closeDate
        contactEmail
        deletedAt
        raw
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DealsQuery, DealsQueryVariables>;
export const ChargesDocument = new TypedDocumentString(`
    query Charges($filter: CanonicalFilter, $after: String) {
  page: charges(first: 25, after: $after, filter: $filter) {
    totalCount
    edges {
      node {
        id
        connectorId
        externalId
        amount
        amountRefunded
        currency
        status
        customerEmail
        description
        occurredAt
        deletedAt
        raw
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ChargesQuery, ChargesQueryVariables>;
export const SamplesDocument = new TypedDocumentString(`
    query Samples($filter: CanonicalFilter) {
  people(first: 3, filter: $filter) {
    edges {
      node {
        raw
        stored
      }
    }
  }
  accounts(first: 3, filter: $filter) {
    edges {
      node {
        raw
        stored
      }
    }
  }
  activities(first: 3, filter: $filter) {
    edges {
      node {
        raw
        stored
      }
    }
  }
  deals(first: 3, filter: $filter) {
    edges {
      node {
        raw
        stored
      }
    }
  }
  charges(first: 3, filter: $filter) {
    edges {
      node {
        raw
        stored
      }
    }
  }
  channelMetrics(first: 3, filter: $filter) {
    edges {
      node {
        raw
        stored
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SamplesQuery, SamplesQueryVariables>;
export const SyncRunDocument = new TypedDocumentString(`
    query SyncRun($id: ID!) {
  syncRun(id: $id) {
    ...RemapRunFields
  }
}
    fragment RemapRunFields on SyncLog {
  id
  syncType
  status
  done
  recordsRead
  recordsUpdated
  recordsFailed
  errorMessage
}`) as unknown as TypedDocumentString<SyncRunQuery, SyncRunQueryVariables>;
export const ApplyMappingsToStoredRowsDocument = new TypedDocumentString(`
    mutation ApplyMappingsToStoredRows($connectorId: ID!, $stream: String!) {
  applyMappingsToStoredRows(connectorId: $connectorId, stream: $stream) {
    ... on MutationApplyMappingsToStoredRowsSuccess {
      data {
        ...RemapRunFields
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on VendorError {
    kind
    suggestedFix
  }
  ... on InputError {
    fieldErrors {
      path
      message
    }
  }
}
fragment RemapRunFields on SyncLog {
  id
  syncType
  status
  done
  recordsRead
  recordsUpdated
  recordsFailed
  errorMessage
}`) as unknown as TypedDocumentString<ApplyMappingsToStoredRowsMutation, ApplyMappingsToStoredRowsMutationVariables>;
