import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert, toProblem } from '../../../components/ProblemAlert';
import { changedSettings, unclaimed, type Settings } from './form-values';
import type { SettingField } from './schema-fields';
import { SettingsForm } from './SettingsForm';
import { useSaveSettings } from './use-save-settings';

interface Props {
  tenantId: string;
  connectorId: string;
  connectorName: string;
  fields: SettingField[];
  stored: Settings;
  canManage: boolean;
}

/** The settings form: only the settings that changed are sent; a cleared one goes back to its default. */
export function SettingsFormView({ tenantId, connectorId, connectorName, fields, stored, canManage }: Props) {
  const [values, setValues] = useState(stored);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const { save, fieldErrors } = useSaveSettings(tenantId, connectorId);
  const changes = changedSettings(fields, stored, values);
  const others = unclaimed(fieldErrors, fields);
  const onInvalid = (path: string, bad: boolean) =>
    setInvalid((current) => new Set(bad ? [...current, path] : [...current].filter((p) => p !== path)));
  if (fields.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {connectorName} has no settings of its own. The advanced view shows what is stored.
      </Text>
    );
  return (
    <Stack>
      <SettingsForm fields={fields} values={values} onChange={setValues} errors={fieldErrors} readOnly={!canManage} onInvalid={onInvalid} />
      {others.length > 0 ? (
        <Alert color="red" title={save.error?.message ?? 'Invalid settings'}>
          {others.map((e) => `${e.path}: ${e.message}`).join('; ')}
        </Alert>
      ) : null}
      {save.error && fieldErrors.length === 0 ? <ProblemAlert problem={toProblem(save.error)} /> : null}
      {canManage ? (
        <Button
          w="fit-content"
          disabled={Object.keys(changes).length === 0 || invalid.size > 0}
          loading={save.isPending}
          onClick={() => save.mutate(changes)}
        >
          Save settings
        </Button>
      ) : null}
    </Stack>
  );
}
