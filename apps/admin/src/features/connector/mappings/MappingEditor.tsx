import { Alert, Button, Card, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../components/notify';
import { keys } from '../../../queries/keys';
import { fieldMappingsQuery, updateFieldMappings } from '../../../queries/mappings';
import { useMe } from '../../auth/use-me';
import { useConnectorActions } from '../../sensors/use-connector-actions';
import type { ConnectorDetail } from '../types';
import { MappingForm } from './MappingForm';
import { MappingPreview } from './MappingPreview';
import { ApplyToStoredRows } from './ApplyToStoredRows';
import { changedStreams, draftErrors, overridesOf, toDraft, type DraftRow } from './draft';

/** Field mappings: per canonical field, the default or the tenant's override, with a live preview on sample rows. */
export function MappingEditor({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canManage } = useMe();
  const { data, isPending } = useQuery(fieldMappingsQuery(tenantId, connector.id));
  const actions = useConnectorActions(tenantId);
  // The streams the last save changed, for "Apply to stored rows"; null before a save.
  const [saved, setSaved] = useState<string[] | null>(null);
  // Here, not in the editor: the editor is remounted with the saved mappings and must stay on the same stream.
  const [stream, setStream] = useState(connector.connectorType?.streams[0]?.name ?? '');
  if (isPending || !data) return <Skeleton h={240} />;
  return (
    <Stack>
      {saved ? (
        <Alert color="blue" title="Mappings saved" withCloseButton onClose={() => setSaved(null)}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text size="sm">
                New mappings apply to records synced from now on. Apply them to the rows already stored (re-mapped from their raw vendor
                rows, no vendor call), or run a full sync to re-import everything.
              </Text>
              {canManage && connector.connected ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => actions.sync.mutate({ id: connector.id, full: true })}
                  loading={actions.sync.isPending}
                >
                  Run a full sync now
                </Button>
              ) : null}
            </Group>
            {canManage ? <ApplyToStoredRows tenantId={tenantId} connectorId={connector.id} streams={saved} /> : null}
          </Stack>
        </Alert>
      ) : null}
      <LoadedEditor
        key={JSON.stringify(data)}
        connector={connector}
        initial={toDraft(data)}
        tenantId={tenantId}
        canManage={canManage}
        stream={stream}
        onStream={setStream}
        onSaved={setSaved}
      />
    </Stack>
  );
}

interface LoadedProps {
  connector: ConnectorDetail;
  initial: DraftRow[];
  tenantId: string;
  canManage: boolean;
  stream: string;
  onStream: (stream: string) => void;
  onSaved: (streams: string[]) => void;
}

/** Before saving mappings that reject every sample row: say so, and save only when confirmed. */
function confirmRejected(save: () => void) {
  modals.openConfirmModal({
    title: 'Every sample row would be rejected',
    children: (
      <Text size="sm">
        With these mappings none of the sample rows in the preview is a valid record: synced rows like them would go to the dead letters
        instead of being stored. Check the red issues in the preview. Save anyway?
      </Text>
    ),
    labels: { confirm: 'Save anyway', cancel: 'Keep editing' },
    confirmProps: { color: 'red' },
    onConfirm: save,
  });
}

function LoadedEditor({ connector, initial, tenantId, canManage, stream, onStream, onSaved }: LoadedProps) {
  const queryClient = useQueryClient();
  const streams = connector.connectorType?.streams ?? [];
  const [rows, setRows] = useState(initial);
  const [allRejected, setAllRejected] = useState(false);
  const errors = draftErrors(rows);
  const dirty = JSON.stringify(overridesOf(rows)) !== JSON.stringify(overridesOf(initial));
  const save = useMutation({
    mutationFn: () => updateFieldMappings(connector.id, overridesOf(rows)),
    onSuccess: async () => {
      notifySuccess('Field mappings saved', 'They apply to every record synced from now on.');
      onSaved(changedStreams(initial, rows));
      await queryClient.invalidateQueries({ queryKey: keys.mappings(tenantId, connector.id) });
    },
    onError: notifyError,
  });
  const entity = streams.find((s) => s.name === stream)?.entity ?? '';
  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Stream"
          value={stream}
          onChange={onStream}
          data={streams.map((s) => ({ value: s.name, label: `${s.name} → ${s.entity}` }))}
        />
        {canManage ? (
          <Button
            disabled={!dirty || errors.length > 0}
            loading={save.isPending}
            onClick={() => (allRejected ? confirmRejected(() => save.mutate()) : save.mutate())}
          >
            Save mappings
          </Button>
        ) : null}
      </Group>
      <Card p="sm">
        <MappingForm rows={rows} stream={stream} readOnly={!canManage} onChange={setRows} />
      </Card>
      <Title order={5}>Preview on sample rows</Title>
      <MappingPreview connectorId={connector.id} stream={stream} entity={entity} rows={rows} onVerdict={setAllRejected} />
    </Stack>
  );
}
