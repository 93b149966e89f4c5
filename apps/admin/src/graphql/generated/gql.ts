/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ErrorFields on Error {\n    __typename\n    message\n    ... on VendorError {\n      kind\n      suggestedFix\n    }\n    ... on InputError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n  }\n': typeof types.ErrorFieldsFragmentDoc;
  '\n  query Members {\n    members {\n      userId\n      email\n      name\n      role\n      createdAt\n    }\n  }\n': typeof types.MembersDocument;
  '\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      userId\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n': typeof types.ApiTokensDocument;
  '\n  query AuditLog($after: String) {\n    auditLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          actor\n          action\n          targetType\n          target\n          targetId\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n': typeof types.InvitationsDocument;
  '\n  mutation InviteMember($email: String!, $role: Role!) {\n    inviteMember(email: $email, role: $role) {\n      ... on MutationInviteMemberSuccess {\n        data {\n          link\n          mailed\n          invitation {\n            id\n            email\n            role\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ... on MutationRevokeInvitationSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      ... on MutationRemoveMemberSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.RemoveMemberDocument;
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken {\n            id\n            name\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ... on MutationRevokeApiTokenSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  query Attribution($model: AttributionModel!, $from: String!, $to: String!, $lookbackDays: Int) {\n    attribution(model: $model, from: $from, to: $to, lookbackDays: $lookbackDays) {\n      ... on QueryAttributionSuccess {\n        data {\n          model\n          lookbackDays\n          rows {\n            channel\n            campaignId\n            campaign\n            currency\n            revenue\n            revenueEvents\n            spend\n            roas\n          }\n          totals {\n            currency\n            revenue\n            unattributedRevenue\n            revenueEvents\n            spend\n            roas\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.AttributionDocument;
  '\n  mutation ConnectApiKey($type: String!, $credentials: [CredentialInput!], $useSandbox: Boolean) {\n    connectApiKey(type: $type, credentials: $credentials, useSandbox: $useSandbox) {\n      ... on MutationConnectApiKeySuccess {\n        data {\n          id\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.ConnectApiKeyDocument;
  '\n  mutation ConnectOAuth($type: String!, $settings: JSON) {\n    connectOAuth(type: $type, settings: $settings) {\n      ... on MutationConnectOAuthSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.ConnectOAuthDocument;
  '\n  mutation TriggerSync($connectorId: ID!, $full: Boolean) {\n    triggerSync(connectorId: $connectorId, full: $full) {\n      ... on MutationTriggerSyncSuccess {\n        data {\n          status\n          mode\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.TriggerSyncDocument;
  '\n  mutation TriggerWriteback($connectorId: ID!) {\n    triggerWriteback(connectorId: $connectorId) {\n      ... on MutationTriggerWritebackSuccess {\n        data {\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.TriggerWritebackDocument;
  '\n  mutation CancelSync($connectorId: ID!) {\n    cancelSync(connectorId: $connectorId) {\n      ... on MutationCancelSyncSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.CancelSyncDocument;
  '\n  mutation Disconnect($connectorId: ID!) {\n    disconnect(connectorId: $connectorId) {\n      ... on MutationDisconnectSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.DisconnectDocument;
  '\n  mutation RemoveConnector($connectorId: ID!) {\n    removeConnector(connectorId: $connectorId) {\n      ... on MutationRemoveConnectorSuccess {\n        data {\n          id\n          type\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.RemoveConnectorDocument;
  '\n  query CronPreview($cron: String!) {\n    cronPreview(cron: $cron) {\n      valid\n      error\n      nextRuns\n    }\n  }\n': typeof types.CronPreviewDocument;
  '\n  query VendorAccounts($connectorId: ID!) {\n    vendorAccounts(connectorId: $connectorId) {\n      ... on QueryVendorAccountsSuccess {\n        data {\n          id\n          name\n          currency\n          timezone\n          manager\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.VendorAccountsDocument;
  '\n  mutation UpdateSchedule($connectorId: ID!, $cron: String!) {\n    updateSchedule(connectorId: $connectorId, cron: $cron) {\n      ... on MutationUpdateScheduleSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.UpdateScheduleDocument;
  '\n  mutation UpdateConnectorSettings($connectorId: ID!, $settings: JSON!) {\n    updateConnectorSettings(connectorId: $connectorId, settings: $settings) {\n      ... on MutationUpdateConnectorSettingsSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.UpdateConnectorSettingsDocument;
  '\n  mutation SelectAccount($connectorId: ID!, $accountId: String!) {\n    selectAccount(connectorId: $connectorId, accountId: $accountId) {\n      ... on MutationSelectAccountSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.SelectAccountDocument;
  '\n  mutation CheckHealth($connectorId: ID!) {\n    checkHealth(connectorId: $connectorId) {\n      ... on MutationCheckHealthSuccess {\n        data {\n          status\n          message\n          latencyMs\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.CheckHealthDocument;
  '\n  query Connector($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorCardFields\n      settings\n      createdAt\n      webhookUrl\n      deadLetterCount\n      schedule {\n        cron\n        nextRuns\n        paused\n      }\n      health {\n        status\n        message\n        checkedAt\n        latencyMs\n        details\n      }\n      connectorType {\n        id\n        name\n        description\n        categoryLabel\n        authMethod\n        oauthAvailable\n        sandboxAvailable\n        writebackAvailable\n        accountSelection\n        defaultSchedule\n        docsUrl\n        settingsSchema\n        authFields {\n          name\n          label\n          secret\n          pattern\n          description\n        }\n        streams {\n          name\n          entity\n          description\n        }\n      }\n    }\n  }\n': typeof types.ConnectorDocument;
  '\n  query SyncLogs($id: ID!, $after: String) {\n    connector(id: $id) {\n      id\n      syncLogs(first: 25, after: $after) {\n        edges {\n          node {\n            id\n            syncType\n            status\n            trigger\n            startedAt\n            completedAt\n            durationMs\n            elapsedMs\n            recordsCreated\n            recordsUpdated\n            recordsFailed\n            recordsRead\n            rowsImported\n            pages\n            errorKind\n            errorMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.SyncLogsDocument;
  '\n  query DeadLetters($id: ID!, $after: String) {\n    connector(id: $id) {\n      id\n      deadLetters(first: 20, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            stream\n            externalId\n            reason\n            payload\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.DeadLettersDocument;
  '\n  fragment ConnectorCardFields on Connector {\n    id\n    type\n    name\n    status\n    connected\n    sandbox\n    accountId\n    accountName\n    lastSyncAt\n    lastError {\n      kind\n      message\n      suggestedFix\n    }\n    rowsHeld\n    currentSync {\n      id\n      pages\n      rowsImported\n      recordsRead\n      recordsFailed\n      elapsedMs\n    }\n    lastSync {\n      id\n      status\n      rowsImported\n      recordsFailed\n      completedAt\n    }\n    health {\n      status\n      message\n      checkedAt\n    }\n    credentialWarning {\n      expiresAt\n      expired\n      message\n    }\n    recentSyncs: syncLogs(first: 10) {\n      edges {\n        node {\n          status\n          rowsImported\n        }\n      }\n    }\n  }\n': typeof types.ConnectorCardFieldsFragmentDoc;
  '\n  query Sensors {\n    connectorTypes {\n      id\n      name\n      description\n      category\n      categoryLabel\n      authMethod\n      oauthAvailable\n      sandboxAvailable\n      accountSelection\n      docsUrl\n      authFields {\n        name\n        label\n        secret\n        pattern\n        description\n      }\n    }\n    connectors {\n      ...ConnectorCardFields\n    }\n  }\n': typeof types.SensorsDocument;
  '\n  query DeadLetterGroups($id: ID!, $status: DeadLetterStatus) {\n    connector(id: $id) {\n      id\n      deadLetterGroups(status: $status) {\n        stream\n        reason\n        kind\n        status\n        letters\n        occurrences\n        lastSeenAt\n        samples(take: 3) {\n          id\n          externalId\n          count\n          lastSeenAt\n          payload\n        }\n      }\n    }\n  }\n': typeof types.DeadLetterGroupsDocument;
  '\n  mutation DismissDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {\n    dismissDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {\n      ... on MutationDismissDeadLettersSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.DismissDeadLettersDocument;
  '\n  mutation ReplayDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {\n    replayDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {\n      ... on MutationReplayDeadLettersSuccess {\n        data {\n          letters\n          stored\n          stillFailing\n          reason\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.ReplayDeadLettersDocument;
  '\n  query FieldMappings($connectorId: ID!) {\n    fieldMappings(connectorId: $connectorId) {\n      stream\n      source\n      target\n      transform\n      isDefault\n      defaultSource\n      defaultTransform\n    }\n  }\n': typeof types.FieldMappingsDocument;
  '\n  query PreviewMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!, $samples: [JSON!]!) {\n    previewMappings(connectorId: $connectorId, mappings: $mappings, samples: $samples) {\n      stream\n      entity\n      valid\n      record\n      issues\n    }\n  }\n': typeof types.PreviewMappingsDocument;
  '\n  mutation UpdateFieldMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!) {\n    updateFieldMappings(connectorId: $connectorId, mappings: $mappings) {\n      ... on MutationUpdateFieldMappingsSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.UpdateFieldMappingsDocument;
  '\n  query Me {\n    me {\n      userId\n      email\n      role\n      tenant {\n        id\n        name\n        slug\n      }\n      memberships {\n        role\n        tenant {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ... on MutationSwitchTenantSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.SwitchTenantDocument;
  '\n  query ChannelMetricsPage($filter: CanonicalFilter, $after: String) {\n    page: channelMetrics(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          date\n          channel\n          campaign\n          impressions\n          clicks\n          visitors\n          leads\n          conversions\n          cost\n          currency\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ChannelMetricsPageDocument;
  '\n  query RevenuePage($filter: CanonicalFilter, $after: String) {\n    page: charges(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          amount\n          amountRefunded\n          currency\n          status\n          occurredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.RevenuePageDocument;
  '\n  query DealsPage($filter: CanonicalFilter, $after: String) {\n    page: deals(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          amount\n          currency\n          stage\n          status\n          closeDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.DealsPageDocument;
  '\n  query O365Privacy($connectorId: ID!) {\n    o365Privacy(connectorId: $connectorId) {\n      ... on QueryO365PrivacySuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.O365PrivacyDocument;
  '\n  fragment O365PrivacyFields on O365Privacy {\n    connectorId\n    dpaAcceptedAt\n    dpaAcceptedBy\n    dpaVersion\n    currentDpaVersion\n    dpaText\n    allowedDomains\n    ownDomain\n    includeSubjects\n    syncAllowed\n  }\n': typeof types.O365PrivacyFieldsFragmentDoc;
  '\n  mutation AcceptO365Dpa($connectorId: ID!, $version: String!) {\n    acceptO365Dpa(connectorId: $connectorId, version: $version) {\n      ... on MutationAcceptO365DpaSuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.AcceptO365DpaDocument;
  '\n  mutation UpdateO365Privacy($connectorId: ID!, $allowedDomains: [String!]!, $ownDomain: String, $includeSubjects: Boolean) {\n    updateO365Privacy(\n      connectorId: $connectorId\n      allowedDomains: $allowedDomains\n      ownDomain: $ownDomain\n      includeSubjects: $includeSubjects\n    ) {\n      ... on MutationUpdateO365PrivacySuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.UpdateO365PrivacyDocument;
  '\n  query People($filter: CanonicalFilter, $after: String) {\n    page: people(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          email\n          firstName\n          lastName\n          title\n          kind\n          updatedAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.PeopleDocument;
  '\n  query Accounts($filter: CanonicalFilter, $after: String) {\n    page: accounts(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          name\n          domain\n          industry\n          employeeCount\n          updatedAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AccountsDocument;
  '\n  query Activities($filter: CanonicalFilter, $after: String) {\n    page: activities(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          type\n          channel\n          occurredAt\n          personExternalId\n          person {\n            email\n            firstName\n            lastName\n          }\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ActivitiesDocument;
  '\n  query Deals($filter: CanonicalFilter, $after: String) {\n    page: deals(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          name\n          amount\n          currency\n          stage\n          status\n          closeDate\n          contactEmail\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.DealsDocument;
  '\n  query Charges($filter: CanonicalFilter, $after: String) {\n    page: charges(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          amount\n          amountRefunded\n          currency\n          status\n          customerEmail\n          description\n          occurredAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ChargesDocument;
  '\n  query Samples($filter: CanonicalFilter) {\n    people(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    accounts(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    activities(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    deals(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    charges(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    channelMetrics(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n  }\n': typeof types.SamplesDocument;
  '\n  fragment RemapRunFields on SyncLog {\n    id\n    syncType\n    status\n    done\n    recordsRead\n    recordsUpdated\n    recordsFailed\n    errorMessage\n  }\n': typeof types.RemapRunFieldsFragmentDoc;
  '\n  query SyncRun($id: ID!) {\n    syncRun(id: $id) {\n      ...RemapRunFields\n    }\n  }\n': typeof types.SyncRunDocument;
  '\n  mutation ApplyMappingsToStoredRows($connectorId: ID!, $stream: String!) {\n    applyMappingsToStoredRows(connectorId: $connectorId, stream: $stream) {\n      ... on MutationApplyMappingsToStoredRowsSuccess {\n        data {\n          ...RemapRunFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n': typeof types.ApplyMappingsToStoredRowsDocument;
};
const documents: Documents = {
  '\n  fragment ErrorFields on Error {\n    __typename\n    message\n    ... on VendorError {\n      kind\n      suggestedFix\n    }\n    ... on InputError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n  }\n':
    types.ErrorFieldsFragmentDoc,
  '\n  query Members {\n    members {\n      userId\n      email\n      name\n      role\n      createdAt\n    }\n  }\n':
    types.MembersDocument,
  '\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      userId\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n':
    types.ApiTokensDocument,
  '\n  query AuditLog($after: String) {\n    auditLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          actor\n          action\n          targetType\n          target\n          targetId\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n':
    types.InvitationsDocument,
  '\n  mutation InviteMember($email: String!, $role: Role!) {\n    inviteMember(email: $email, role: $role) {\n      ... on MutationInviteMemberSuccess {\n        data {\n          link\n          mailed\n          invitation {\n            id\n            email\n            role\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ... on MutationRevokeInvitationSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      ... on MutationRemoveMemberSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.RemoveMemberDocument,
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken {\n            id\n            name\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ... on MutationRevokeApiTokenSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.RevokeApiTokenDocument,
  '\n  query Attribution($model: AttributionModel!, $from: String!, $to: String!, $lookbackDays: Int) {\n    attribution(model: $model, from: $from, to: $to, lookbackDays: $lookbackDays) {\n      ... on QueryAttributionSuccess {\n        data {\n          model\n          lookbackDays\n          rows {\n            channel\n            campaignId\n            campaign\n            currency\n            revenue\n            revenueEvents\n            spend\n            roas\n          }\n          totals {\n            currency\n            revenue\n            unattributedRevenue\n            revenueEvents\n            spend\n            roas\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.AttributionDocument,
  '\n  mutation ConnectApiKey($type: String!, $credentials: [CredentialInput!], $useSandbox: Boolean) {\n    connectApiKey(type: $type, credentials: $credentials, useSandbox: $useSandbox) {\n      ... on MutationConnectApiKeySuccess {\n        data {\n          id\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.ConnectApiKeyDocument,
  '\n  mutation ConnectOAuth($type: String!, $settings: JSON) {\n    connectOAuth(type: $type, settings: $settings) {\n      ... on MutationConnectOAuthSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.ConnectOAuthDocument,
  '\n  mutation TriggerSync($connectorId: ID!, $full: Boolean) {\n    triggerSync(connectorId: $connectorId, full: $full) {\n      ... on MutationTriggerSyncSuccess {\n        data {\n          status\n          mode\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.TriggerSyncDocument,
  '\n  mutation TriggerWriteback($connectorId: ID!) {\n    triggerWriteback(connectorId: $connectorId) {\n      ... on MutationTriggerWritebackSuccess {\n        data {\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.TriggerWritebackDocument,
  '\n  mutation CancelSync($connectorId: ID!) {\n    cancelSync(connectorId: $connectorId) {\n      ... on MutationCancelSyncSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.CancelSyncDocument,
  '\n  mutation Disconnect($connectorId: ID!) {\n    disconnect(connectorId: $connectorId) {\n      ... on MutationDisconnectSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.DisconnectDocument,
  '\n  mutation RemoveConnector($connectorId: ID!) {\n    removeConnector(connectorId: $connectorId) {\n      ... on MutationRemoveConnectorSuccess {\n        data {\n          id\n          type\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.RemoveConnectorDocument,
  '\n  query CronPreview($cron: String!) {\n    cronPreview(cron: $cron) {\n      valid\n      error\n      nextRuns\n    }\n  }\n':
    types.CronPreviewDocument,
  '\n  query VendorAccounts($connectorId: ID!) {\n    vendorAccounts(connectorId: $connectorId) {\n      ... on QueryVendorAccountsSuccess {\n        data {\n          id\n          name\n          currency\n          timezone\n          manager\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.VendorAccountsDocument,
  '\n  mutation UpdateSchedule($connectorId: ID!, $cron: String!) {\n    updateSchedule(connectorId: $connectorId, cron: $cron) {\n      ... on MutationUpdateScheduleSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.UpdateScheduleDocument,
  '\n  mutation UpdateConnectorSettings($connectorId: ID!, $settings: JSON!) {\n    updateConnectorSettings(connectorId: $connectorId, settings: $settings) {\n      ... on MutationUpdateConnectorSettingsSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.UpdateConnectorSettingsDocument,
  '\n  mutation SelectAccount($connectorId: ID!, $accountId: String!) {\n    selectAccount(connectorId: $connectorId, accountId: $accountId) {\n      ... on MutationSelectAccountSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.SelectAccountDocument,
  '\n  mutation CheckHealth($connectorId: ID!) {\n    checkHealth(connectorId: $connectorId) {\n      ... on MutationCheckHealthSuccess {\n        data {\n          status\n          message\n          latencyMs\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.CheckHealthDocument,
  '\n  query Connector($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorCardFields\n      settings\n      createdAt\n      webhookUrl\n      deadLetterCount\n      schedule {\n        cron\n        nextRuns\n        paused\n      }\n      health {\n        status\n        message\n        checkedAt\n        latencyMs\n        details\n      }\n      connectorType {\n        id\n        name\n        description\n        categoryLabel\n        authMethod\n        oauthAvailable\n        sandboxAvailable\n        writebackAvailable\n        accountSelection\n        defaultSchedule\n        docsUrl\n        settingsSchema\n        authFields {\n          name\n          label\n          secret\n          pattern\n          description\n        }\n        streams {\n          name\n          entity\n          description\n        }\n      }\n    }\n  }\n':
    types.ConnectorDocument,
  '\n  query SyncLogs($id: ID!, $after: String) {\n    connector(id: $id) {\n      id\n      syncLogs(first: 25, after: $after) {\n        edges {\n          node {\n            id\n            syncType\n            status\n            trigger\n            startedAt\n            completedAt\n            durationMs\n            elapsedMs\n            recordsCreated\n            recordsUpdated\n            recordsFailed\n            recordsRead\n            rowsImported\n            pages\n            errorKind\n            errorMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.SyncLogsDocument,
  '\n  query DeadLetters($id: ID!, $after: String) {\n    connector(id: $id) {\n      id\n      deadLetters(first: 20, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            stream\n            externalId\n            reason\n            payload\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.DeadLettersDocument,
  '\n  fragment ConnectorCardFields on Connector {\n    id\n    type\n    name\n    status\n    connected\n    sandbox\n    accountId\n    accountName\n    lastSyncAt\n    lastError {\n      kind\n      message\n      suggestedFix\n    }\n    rowsHeld\n    currentSync {\n      id\n      pages\n      rowsImported\n      recordsRead\n      recordsFailed\n      elapsedMs\n    }\n    lastSync {\n      id\n      status\n      rowsImported\n      recordsFailed\n      completedAt\n    }\n    health {\n      status\n      message\n      checkedAt\n    }\n    credentialWarning {\n      expiresAt\n      expired\n      message\n    }\n    recentSyncs: syncLogs(first: 10) {\n      edges {\n        node {\n          status\n          rowsImported\n        }\n      }\n    }\n  }\n':
    types.ConnectorCardFieldsFragmentDoc,
  '\n  query Sensors {\n    connectorTypes {\n      id\n      name\n      description\n      category\n      categoryLabel\n      authMethod\n      oauthAvailable\n      sandboxAvailable\n      accountSelection\n      docsUrl\n      authFields {\n        name\n        label\n        secret\n        pattern\n        description\n      }\n    }\n    connectors {\n      ...ConnectorCardFields\n    }\n  }\n':
    types.SensorsDocument,
  '\n  query DeadLetterGroups($id: ID!, $status: DeadLetterStatus) {\n    connector(id: $id) {\n      id\n      deadLetterGroups(status: $status) {\n        stream\n        reason\n        kind\n        status\n        letters\n        occurrences\n        lastSeenAt\n        samples(take: 3) {\n          id\n          externalId\n          count\n          lastSeenAt\n          payload\n        }\n      }\n    }\n  }\n':
    types.DeadLetterGroupsDocument,
  '\n  mutation DismissDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {\n    dismissDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {\n      ... on MutationDismissDeadLettersSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.DismissDeadLettersDocument,
  '\n  mutation ReplayDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {\n    replayDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {\n      ... on MutationReplayDeadLettersSuccess {\n        data {\n          letters\n          stored\n          stillFailing\n          reason\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.ReplayDeadLettersDocument,
  '\n  query FieldMappings($connectorId: ID!) {\n    fieldMappings(connectorId: $connectorId) {\n      stream\n      source\n      target\n      transform\n      isDefault\n      defaultSource\n      defaultTransform\n    }\n  }\n':
    types.FieldMappingsDocument,
  '\n  query PreviewMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!, $samples: [JSON!]!) {\n    previewMappings(connectorId: $connectorId, mappings: $mappings, samples: $samples) {\n      stream\n      entity\n      valid\n      record\n      issues\n    }\n  }\n':
    types.PreviewMappingsDocument,
  '\n  mutation UpdateFieldMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!) {\n    updateFieldMappings(connectorId: $connectorId, mappings: $mappings) {\n      ... on MutationUpdateFieldMappingsSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.UpdateFieldMappingsDocument,
  '\n  query Me {\n    me {\n      userId\n      email\n      role\n      tenant {\n        id\n        name\n        slug\n      }\n      memberships {\n        role\n        tenant {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ... on MutationSwitchTenantSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.SwitchTenantDocument,
  '\n  query ChannelMetricsPage($filter: CanonicalFilter, $after: String) {\n    page: channelMetrics(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          date\n          channel\n          campaign\n          impressions\n          clicks\n          visitors\n          leads\n          conversions\n          cost\n          currency\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ChannelMetricsPageDocument,
  '\n  query RevenuePage($filter: CanonicalFilter, $after: String) {\n    page: charges(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          amount\n          amountRefunded\n          currency\n          status\n          occurredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.RevenuePageDocument,
  '\n  query DealsPage($filter: CanonicalFilter, $after: String) {\n    page: deals(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          amount\n          currency\n          stage\n          status\n          closeDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.DealsPageDocument,
  '\n  query O365Privacy($connectorId: ID!) {\n    o365Privacy(connectorId: $connectorId) {\n      ... on QueryO365PrivacySuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.O365PrivacyDocument,
  '\n  fragment O365PrivacyFields on O365Privacy {\n    connectorId\n    dpaAcceptedAt\n    dpaAcceptedBy\n    dpaVersion\n    currentDpaVersion\n    dpaText\n    allowedDomains\n    ownDomain\n    includeSubjects\n    syncAllowed\n  }\n':
    types.O365PrivacyFieldsFragmentDoc,
  '\n  mutation AcceptO365Dpa($connectorId: ID!, $version: String!) {\n    acceptO365Dpa(connectorId: $connectorId, version: $version) {\n      ... on MutationAcceptO365DpaSuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.AcceptO365DpaDocument,
  '\n  mutation UpdateO365Privacy($connectorId: ID!, $allowedDomains: [String!]!, $ownDomain: String, $includeSubjects: Boolean) {\n    updateO365Privacy(\n      connectorId: $connectorId\n      allowedDomains: $allowedDomains\n      ownDomain: $ownDomain\n      includeSubjects: $includeSubjects\n    ) {\n      ... on MutationUpdateO365PrivacySuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.UpdateO365PrivacyDocument,
  '\n  query People($filter: CanonicalFilter, $after: String) {\n    page: people(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          email\n          firstName\n          lastName\n          title\n          kind\n          updatedAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.PeopleDocument,
  '\n  query Accounts($filter: CanonicalFilter, $after: String) {\n    page: accounts(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          name\n          domain\n          industry\n          employeeCount\n          updatedAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AccountsDocument,
  '\n  query Activities($filter: CanonicalFilter, $after: String) {\n    page: activities(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          type\n          channel\n          occurredAt\n          personExternalId\n          person {\n            email\n            firstName\n            lastName\n          }\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ActivitiesDocument,
  '\n  query Deals($filter: CanonicalFilter, $after: String) {\n    page: deals(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          name\n          amount\n          currency\n          stage\n          status\n          closeDate\n          contactEmail\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.DealsDocument,
  '\n  query Charges($filter: CanonicalFilter, $after: String) {\n    page: charges(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          amount\n          amountRefunded\n          currency\n          status\n          customerEmail\n          description\n          occurredAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ChargesDocument,
  '\n  query Samples($filter: CanonicalFilter) {\n    people(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    accounts(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    activities(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    deals(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    charges(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    channelMetrics(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n  }\n':
    types.SamplesDocument,
  '\n  fragment RemapRunFields on SyncLog {\n    id\n    syncType\n    status\n    done\n    recordsRead\n    recordsUpdated\n    recordsFailed\n    errorMessage\n  }\n':
    types.RemapRunFieldsFragmentDoc,
  '\n  query SyncRun($id: ID!) {\n    syncRun(id: $id) {\n      ...RemapRunFields\n    }\n  }\n': types.SyncRunDocument,
  '\n  mutation ApplyMappingsToStoredRows($connectorId: ID!, $stream: String!) {\n    applyMappingsToStoredRows(connectorId: $connectorId, stream: $stream) {\n      ... on MutationApplyMappingsToStoredRowsSuccess {\n        data {\n          ...RemapRunFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n':
    types.ApplyMappingsToStoredRowsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ErrorFields on Error {\n    __typename\n    message\n    ... on VendorError {\n      kind\n      suggestedFix\n    }\n    ... on InputError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql').ErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Members {\n    members {\n      userId\n      email\n      name\n      role\n      createdAt\n    }\n  }\n',
): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      userId\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n',
): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($after: String) {\n    auditLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          actor\n          action\n          targetType\n          target\n          targetId\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n',
): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($email: String!, $role: Role!) {\n    inviteMember(email: $email, role: $role) {\n      ... on MutationInviteMemberSuccess {\n        data {\n          link\n          mailed\n          invitation {\n            id\n            email\n            role\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ... on MutationRevokeInvitationSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      ... on MutationRemoveMemberSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken {\n            id\n            name\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ... on MutationRevokeApiTokenSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Attribution($model: AttributionModel!, $from: String!, $to: String!, $lookbackDays: Int) {\n    attribution(model: $model, from: $from, to: $to, lookbackDays: $lookbackDays) {\n      ... on QueryAttributionSuccess {\n        data {\n          model\n          lookbackDays\n          rows {\n            channel\n            campaignId\n            campaign\n            currency\n            revenue\n            revenueEvents\n            spend\n            roas\n          }\n          totals {\n            currency\n            revenue\n            unattributedRevenue\n            revenueEvents\n            spend\n            roas\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').AttributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConnectApiKey($type: String!, $credentials: [CredentialInput!], $useSandbox: Boolean) {\n    connectApiKey(type: $type, credentials: $credentials, useSandbox: $useSandbox) {\n      ... on MutationConnectApiKeySuccess {\n        data {\n          id\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ConnectApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConnectOAuth($type: String!, $settings: JSON) {\n    connectOAuth(type: $type, settings: $settings) {\n      ... on MutationConnectOAuthSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ConnectOAuthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TriggerSync($connectorId: ID!, $full: Boolean) {\n    triggerSync(connectorId: $connectorId, full: $full) {\n      ... on MutationTriggerSyncSuccess {\n        data {\n          status\n          mode\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').TriggerSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TriggerWriteback($connectorId: ID!) {\n    triggerWriteback(connectorId: $connectorId) {\n      ... on MutationTriggerWritebackSuccess {\n        data {\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').TriggerWritebackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSync($connectorId: ID!) {\n    cancelSync(connectorId: $connectorId) {\n      ... on MutationCancelSyncSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').CancelSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Disconnect($connectorId: ID!) {\n    disconnect(connectorId: $connectorId) {\n      ... on MutationDisconnectSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').DisconnectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveConnector($connectorId: ID!) {\n    removeConnector(connectorId: $connectorId) {\n      ... on MutationRemoveConnectorSuccess {\n        data {\n          id\n          type\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').RemoveConnectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CronPreview($cron: String!) {\n    cronPreview(cron: $cron) {\n      valid\n      error\n      nextRuns\n    }\n  }\n',
): typeof import('./graphql').CronPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VendorAccounts($connectorId: ID!) {\n    vendorAccounts(connectorId: $connectorId) {\n      ... on QueryVendorAccountsSuccess {\n        data {\n          id\n          name\n          currency\n          timezone\n          manager\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').VendorAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSchedule($connectorId: ID!, $cron: String!) {\n    updateSchedule(connectorId: $connectorId, cron: $cron) {\n      ... on MutationUpdateScheduleSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').UpdateScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateConnectorSettings($connectorId: ID!, $settings: JSON!) {\n    updateConnectorSettings(connectorId: $connectorId, settings: $settings) {\n      ... on MutationUpdateConnectorSettingsSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').UpdateConnectorSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SelectAccount($connectorId: ID!, $accountId: String!) {\n    selectAccount(connectorId: $connectorId, accountId: $accountId) {\n      ... on MutationSelectAccountSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').SelectAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckHealth($connectorId: ID!) {\n    checkHealth(connectorId: $connectorId) {\n      ... on MutationCheckHealthSuccess {\n        data {\n          status\n          message\n          latencyMs\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').CheckHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Connector($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorCardFields\n      settings\n      createdAt\n      webhookUrl\n      deadLetterCount\n      schedule {\n        cron\n        nextRuns\n        paused\n      }\n      health {\n        status\n        message\n        checkedAt\n        latencyMs\n        details\n      }\n      connectorType {\n        id\n        name\n        description\n        categoryLabel\n        authMethod\n        oauthAvailable\n        sandboxAvailable\n        writebackAvailable\n        accountSelection\n        defaultSchedule\n        docsUrl\n        settingsSchema\n        authFields {\n          name\n          label\n          secret\n          pattern\n          description\n        }\n        streams {\n          name\n          entity\n          description\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ConnectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SyncLogs($id: ID!, $after: String) {\n    connector(id: $id) {\n      id\n      syncLogs(first: 25, after: $after) {\n        edges {\n          node {\n            id\n            syncType\n            status\n            trigger\n            startedAt\n            completedAt\n            durationMs\n            elapsedMs\n            recordsCreated\n            recordsUpdated\n            recordsFailed\n            recordsRead\n            rowsImported\n            pages\n            errorKind\n            errorMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SyncLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeadLetters($id: ID!, $after: String) {\n    connector(id: $id) {\n      id\n      deadLetters(first: 20, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            stream\n            externalId\n            reason\n            payload\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DeadLettersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConnectorCardFields on Connector {\n    id\n    type\n    name\n    status\n    connected\n    sandbox\n    accountId\n    accountName\n    lastSyncAt\n    lastError {\n      kind\n      message\n      suggestedFix\n    }\n    rowsHeld\n    currentSync {\n      id\n      pages\n      rowsImported\n      recordsRead\n      recordsFailed\n      elapsedMs\n    }\n    lastSync {\n      id\n      status\n      rowsImported\n      recordsFailed\n      completedAt\n    }\n    health {\n      status\n      message\n      checkedAt\n    }\n    credentialWarning {\n      expiresAt\n      expired\n      message\n    }\n    recentSyncs: syncLogs(first: 10) {\n      edges {\n        node {\n          status\n          rowsImported\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ConnectorCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Sensors {\n    connectorTypes {\n      id\n      name\n      description\n      category\n      categoryLabel\n      authMethod\n      oauthAvailable\n      sandboxAvailable\n      accountSelection\n      docsUrl\n      authFields {\n        name\n        label\n        secret\n        pattern\n        description\n      }\n    }\n    connectors {\n      ...ConnectorCardFields\n    }\n  }\n',
): typeof import('./graphql').SensorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeadLetterGroups($id: ID!, $status: DeadLetterStatus) {\n    connector(id: $id) {\n      id\n      deadLetterGroups(status: $status) {\n        stream\n        reason\n        kind\n        status\n        letters\n        occurrences\n        lastSeenAt\n        samples(take: 3) {\n          id\n          externalId\n          count\n          lastSeenAt\n          payload\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DeadLetterGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DismissDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {\n    dismissDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {\n      ... on MutationDismissDeadLettersSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').DismissDeadLettersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {\n    replayDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {\n      ... on MutationReplayDeadLettersSuccess {\n        data {\n          letters\n          stored\n          stillFailing\n          reason\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ReplayDeadLettersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldMappings($connectorId: ID!) {\n    fieldMappings(connectorId: $connectorId) {\n      stream\n      source\n      target\n      transform\n      isDefault\n      defaultSource\n      defaultTransform\n    }\n  }\n',
): typeof import('./graphql').FieldMappingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreviewMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!, $samples: [JSON!]!) {\n    previewMappings(connectorId: $connectorId, mappings: $mappings, samples: $samples) {\n      stream\n      entity\n      valid\n      record\n      issues\n    }\n  }\n',
): typeof import('./graphql').PreviewMappingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateFieldMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!) {\n    updateFieldMappings(connectorId: $connectorId, mappings: $mappings) {\n      ... on MutationUpdateFieldMappingsSuccess {\n        data {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').UpdateFieldMappingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      userId\n      email\n      role\n      tenant {\n        id\n        name\n        slug\n      }\n      memberships {\n        role\n        tenant {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ... on MutationSwitchTenantSuccess {\n        data\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').SwitchTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChannelMetricsPage($filter: CanonicalFilter, $after: String) {\n    page: channelMetrics(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          date\n          channel\n          campaign\n          impressions\n          clicks\n          visitors\n          leads\n          conversions\n          cost\n          currency\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ChannelMetricsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RevenuePage($filter: CanonicalFilter, $after: String) {\n    page: charges(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          amount\n          amountRefunded\n          currency\n          status\n          occurredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').RevenuePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealsPage($filter: CanonicalFilter, $after: String) {\n    page: deals(first: 100, after: $after, filter: $filter) {\n      edges {\n        node {\n          amount\n          currency\n          stage\n          status\n          closeDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').DealsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query O365Privacy($connectorId: ID!) {\n    o365Privacy(connectorId: $connectorId) {\n      ... on QueryO365PrivacySuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').O365PrivacyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment O365PrivacyFields on O365Privacy {\n    connectorId\n    dpaAcceptedAt\n    dpaAcceptedBy\n    dpaVersion\n    currentDpaVersion\n    dpaText\n    allowedDomains\n    ownDomain\n    includeSubjects\n    syncAllowed\n  }\n',
): typeof import('./graphql').O365PrivacyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptO365Dpa($connectorId: ID!, $version: String!) {\n    acceptO365Dpa(connectorId: $connectorId, version: $version) {\n      ... on MutationAcceptO365DpaSuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').AcceptO365DpaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateO365Privacy($connectorId: ID!, $allowedDomains: [String!]!, $ownDomain: String, $includeSubjects: Boolean) {\n    updateO365Privacy(\n      connectorId: $connectorId\n      allowedDomains: $allowedDomains\n      ownDomain: $ownDomain\n      includeSubjects: $includeSubjects\n    ) {\n      ... on MutationUpdateO365PrivacySuccess {\n        data {\n          ...O365PrivacyFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').UpdateO365PrivacyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query People($filter: CanonicalFilter, $after: String) {\n    page: people(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          email\n          firstName\n          lastName\n          title\n          kind\n          updatedAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Accounts($filter: CanonicalFilter, $after: String) {\n    page: accounts(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          name\n          domain\n          industry\n          employeeCount\n          updatedAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Activities($filter: CanonicalFilter, $after: String) {\n    page: activities(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          type\n          channel\n          occurredAt\n          personExternalId\n          person {\n            email\n            firstName\n            lastName\n          }\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Deals($filter: CanonicalFilter, $after: String) {\n    page: deals(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          name\n          amount\n          currency\n          stage\n          status\n          closeDate\n          contactEmail\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').DealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Charges($filter: CanonicalFilter, $after: String) {\n    page: charges(first: 25, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          connectorId\n          externalId\n          amount\n          amountRefunded\n          currency\n          status\n          customerEmail\n          description\n          occurredAt\n          deletedAt\n          raw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ChargesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Samples($filter: CanonicalFilter) {\n    people(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    accounts(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    activities(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    deals(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    charges(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n    channelMetrics(first: 3, filter: $filter) {\n      edges {\n        node {\n          raw\n          stored\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RemapRunFields on SyncLog {\n    id\n    syncType\n    status\n    done\n    recordsRead\n    recordsUpdated\n    recordsFailed\n    errorMessage\n  }\n',
): typeof import('./graphql').RemapRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SyncRun($id: ID!) {\n    syncRun(id: $id) {\n      ...RemapRunFields\n    }\n  }\n',
): typeof import('./graphql').SyncRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyMappingsToStoredRows($connectorId: ID!, $stream: String!) {\n    applyMappingsToStoredRows(connectorId: $connectorId, stream: $stream) {\n      ... on MutationApplyMappingsToStoredRowsSuccess {\n        data {\n          ...RemapRunFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ApplyMappingsToStoredRowsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
