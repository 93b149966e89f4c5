import { Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifyError, notifySuccess } from '../../../components/notify';
import { ProblemAlert, toProblem } from '../../../components/ProblemAlert';
import { ActionError } from '../../../graphql/errors';
import { triggerWriteback } from '../../../queries/connector-actions';
import { updateSettings } from '../../../queries/connector-config';
import { keys } from '../../../queries/keys';
import { useMe } from '../../auth/use-me';
import type { ConnectorDetail } from '../types';
import { formErrorsOf, mergeWriteback, patchOf, readWriteback, toDraft, validateDraft } from './settings';
import { WritebackForm } from './WritebackForm';

/**
 * Engagement-score writeback (connectors whose type supports it): the
 * opt-in switch, the weights and target fields, and "Write back scores
 * now". Saved through `updateConnectorSettings`, merged into the existing
 * settings; managers and admins change it, viewers read it.
 */
export function WritebackPanel({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canManage } = useMe();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, connector.id) });
  const view = readWriteback(connector.settings);
  const form = useForm({ initialValues: toDraft(view), validate: validateDraft });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => updateSettings(connector.id, mergeWriteback(connector.settings, { enabled })),
    onSuccess: async (_data, enabled) => {
      notifySuccess(
        enabled ? 'Writeback on' : 'Writeback off',
        enabled
          ? `Changed scores are written to ${connector.name} after every sync.`
          : `Scores are no longer written to ${connector.name}.`,
      );
      await refresh();
    },
    onError: notifyError,
  });
  const save = useMutation({
    mutationFn: (draft: typeof form.values) => updateSettings(connector.id, mergeWriteback(connector.settings, patchOf(draft))),
    onSuccess: async () => {
      notifySuccess('Writeback settings saved', 'They apply from the next writeback.');
      form.resetDirty();
      await refresh();
    },
    onError: (error) => {
      if (error instanceof ActionError) form.setErrors(formErrorsOf(error.fieldErrors, form.values));
    },
  });
  const run = useMutation({
    mutationFn: () => triggerWriteback(connector.id),
    onSuccess: async (result) => {
      notifySuccess(
        result.status === 'already_running' ? 'A writeback is already running' : 'Writeback started',
        `Only scores that changed since the last writeback are sent; any ${connector.name} rejects are listed under Dead letters.`,
      );
      await refresh();
    },
    onError: notifyError,
  });
  const enabled = toggle.isPending ? toggle.variables : view.enabled;
  const saveError = save.error && !(save.error instanceof ActionError && save.error.fieldErrors.length > 0) ? save.error : null;
  return (
    <Stack maw={720}>
      <Card>
        <Stack>
          <Group justify="space-between">
            <Title order={4}>Writeback</Title>
            <Badge color={enabled ? 'green' : 'gray'}>{enabled ? 'On' : 'Off'}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            The engagement score of each contact, lead and account is the sum of its recent activities, each weighted by its type below and
            counting less as it ages; only the scores that changed since the last writeback are written to {connector.name}, after every
            sync or when you click “Write back scores now”.
          </Text>
          <Switch
            label={`Write engagement scores back to ${connector.name}`}
            checked={enabled}
            disabled={!canManage || toggle.isPending}
            onChange={(event) => toggle.mutate(event.currentTarget.checked)}
          />
          {canManage ? (
            <Group gap="sm">
              <Button
                leftSection={<IconUpload size={16} />}
                disabled={!enabled || !connector.connected}
                loading={run.isPending}
                onClick={() => run.mutate()}
              >
                Write back scores now
              </Button>
              {!connector.connected ? (
                <Text size="sm" c="dimmed">
                  Connect {connector.name} first.
                </Text>
              ) : !enabled ? (
                <Text size="sm" c="dimmed">
                  Turn writeback on first.
                </Text>
              ) : null}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Managers and admins turn writeback on and change its settings.
            </Text>
          )}
        </Stack>
      </Card>
      <Card>
        <form onSubmit={form.onSubmit((draft) => save.mutate(draft))}>
          <Stack>
            <Title order={4}>Score weights and target fields</Title>
            <WritebackForm form={form} readOnly={!canManage} />
            {saveError ? <ProblemAlert problem={toProblem(saveError)} /> : null}
            {canManage ? (
              <Button type="submit" w="fit-content" loading={save.isPending} disabled={!form.isDirty()}>
                Save writeback settings
              </Button>
            ) : null}
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
