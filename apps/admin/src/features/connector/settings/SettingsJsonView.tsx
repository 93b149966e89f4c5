import { Button, JsonInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { ProblemAlert, toProblem } from '../../../components/ProblemAlert';
import type { Settings } from './form-values';
import { useSaveSettings } from './use-save-settings';

const JsonObject = z.record(z.string(), z.unknown());

const parseObject = (text: string): Settings | null => {
  try {
    const parsed = JsonObject.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

interface Props {
  tenantId: string;
  connectorId: string;
  stored: Settings;
  canManage: boolean;
}

/** Every stored setting as raw JSON, for what the form does not draw (the "Advanced" view). */
export function SettingsJsonView({ tenantId, connectorId, stored, canManage }: Props) {
  const [text, setText] = useState(JSON.stringify(stored, null, 2));
  const parsed = parseObject(text);
  const { save, fieldErrors } = useSaveSettings(tenantId, connectorId);
  return (
    <Stack>
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
  );
}
