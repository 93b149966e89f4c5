import { Button, Card, CopyButton, Group, JsonInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert, toProblem } from '../../components/ProblemAlert';
import { ActionError } from '../../graphql/errors';
import { dateTime } from '../../lib/format';
import { updateSettings } from '../../queries/connector-config';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';
import type { ConnectorDetail } from './types';

const JsonObject = z.record(z.string(), z.unknown());

const parseObject = (text: string): Record<string, unknown> | null => {
  try {
    const parsed = JsonObject.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** Non-secret settings (date range, account, login host) validated by the connector, and the webhook URL. */
export function SettingsPanel({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canManage } = useMe();
  const queryClient = useQueryClient();
  const [text, setText] = useState(JSON.stringify(connector.settings ?? {}, null, 2));
  const parsed = parseObject(text);
  const save = useMutation({
    mutationFn: (settings: Record<string, unknown>) => updateSettings(connector.id, settings),
    onSuccess: async () => {
      notifySuccess('Settings saved', 'They apply from the next sync.');
      await queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, connector.id) });
    },
  });
  const fieldErrors = save.error instanceof ActionError ? save.error.fieldErrors : [];
  return (
    <Stack maw={720}>
      <Card>
        <Stack>
          <Title order={4}>Settings</Title>
          <Text size="sm" c="dimmed">
            Options such as the sync date range. Credentials are never shown: to change them, reconnect. Connected{' '}
            {dateTime(connector.createdAt)}.
          </Text>
          <JsonInput
            label="Settings (JSON)"
            autosize
            minRows={4}
            formatOnBlur
            readOnly={!canManage}
            value={text}
            onChange={setText}
            error={parsed ? fieldErrors.map((f) => `${f.path}: ${f.message}`).join('; ') || undefined : 'Settings are a JSON object'}
          />
          {save.error && fieldErrors.length === 0 ? <ProblemAlert problem={toProblem(save.error)} /> : null}
          {canManage ? (
            <Button w="fit-content" disabled={!parsed} loading={save.isPending} onClick={() => parsed && save.mutate(parsed)}>
              Save settings
            </Button>
          ) : null}
        </Stack>
      </Card>
      {connector.webhookUrl ? (
        <Card>
          <Stack gap="xs">
            <Title order={4}>Webhook</Title>
            <Text size="sm" c="dimmed">
              Point the vendor’s webhook here for near-real-time updates (signatures are verified).
            </Text>
            <Group>
              <TextInput flex={1} readOnly value={connector.webhookUrl} aria-label="Webhook URL" />
              <CopyButton value={connector.webhookUrl}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
