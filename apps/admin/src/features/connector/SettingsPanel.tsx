import { Button, Card, CopyButton, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { dateTime } from '../../lib/format';
import { useMe } from '../auth/use-me';
import { asObject } from './settings/form-values';
import { settingFields } from './settings/schema-fields';
import { SettingsFormView } from './settings/SettingsFormView';
import { SettingsJsonView } from './settings/SettingsJsonView';
import type { ConnectorDetail } from './types';

type View = 'form' | 'json';

/**
 * Non-secret settings (date range, account, login host) validated by the
 * connector: a form drawn from the connector's settings JSON Schema, and the
 * raw JSON as the advanced view (the only one when there is no schema to draw).
 */
export function SettingsPanel({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canManage } = useMe();
  const fields = useMemo(() => settingFields(connector.connectorType?.settingsSchema), [connector.connectorType?.settingsSchema]);
  const [view, setView] = useState<View>(fields ? 'form' : 'json');
  const stored = asObject(connector.settings);
  // Remount the views when the stored settings change (after a save), so they start from what the gateway stored.
  const version = JSON.stringify(stored);
  const props = { tenantId, connectorId: connector.id, stored, canManage };
  return (
    <Stack maw={720}>
      <Card>
        <Stack>
          <Group justify="space-between">
            <Title order={4}>Settings</Title>
            {fields ? (
              <SegmentedControl
                aria-label="Settings view"
                size="xs"
                value={view}
                onChange={(next) => setView(next === 'json' ? 'json' : 'form')}
                data={[
                  { value: 'form', label: 'Form' },
                  { value: 'json', label: 'Advanced (JSON)' },
                ]}
              />
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            Options such as the sync date range. Credentials are never shown: to change them, reconnect. Connected{' '}
            {dateTime(connector.createdAt)}.
          </Text>
          {view === 'form' && fields ? (
            <SettingsFormView key={version} {...props} connectorName={connector.name} fields={fields} />
          ) : (
            <SettingsJsonView key={version} {...props} />
          )}
        </Stack>
      </Card>
      {connector.webhookUrl ? <WebhookCard url={connector.webhookUrl} /> : null}
    </Stack>
  );
}

function WebhookCard({ url }: { url: string }) {
  return (
    <Card>
      <Stack gap="xs">
        <Title order={4}>Webhook</Title>
        <Text size="sm" c="dimmed">
          Point the vendor’s webhook here for near-real-time updates (signatures are verified).
        </Text>
        <Group>
          <TextInput flex={1} readOnly value={url} aria-label="Webhook URL" />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Card>
  );
}
