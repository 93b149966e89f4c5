import { Fieldset, Stack, Text } from '@mantine/core';
import { errorsAt, valueAt, withValue, type FieldError, type Settings } from './form-values';
import type { SettingField } from './schema-fields';
import { SettingInput } from './SettingInput';

interface Props {
  fields: SettingField[];
  values: Settings;
  onChange: (values: Settings) => void;
  errors: FieldError[];
  readOnly: boolean;
  onInvalid: (path: string, invalid: boolean) => void;
}

/** The connector's settings as form fields, drawn from its settings JSON Schema; nested objects as a fieldset. */
export function SettingsForm({ fields, values, onChange, errors, readOnly, onInvalid }: Props) {
  const input = (field: SettingField) =>
    field.kind === 'object' ? null : (
      <SettingInput
        key={field.path}
        field={field}
        value={valueAt(values, field)}
        onChange={(value) => onChange(withValue(values, field, value))}
        errors={errorsAt(errors, field.path)}
        readOnly={readOnly}
        onInvalid={onInvalid}
      />
    );
  return (
    <Stack data-testid="settings-form">
      {fields.map((field) =>
        field.kind === 'object' ? (
          <Fieldset key={field.path} legend={field.label} aria-label={field.label}>
            <Stack gap="sm">
              {field.description ? (
                <Text size="xs" c="dimmed">
                  {field.description}
                </Text>
              ) : null}
              {errors
                .filter((e) => e.path === field.path)
                .map((e) => (
                  <Text key={e.message} size="xs" c="red">
                    {e.message}
                  </Text>
                ))}
              {field.fields.map(input)}
            </Stack>
          </Fieldset>
        ) : (
          input(field)
        ),
      )}
    </Stack>
  );
}
