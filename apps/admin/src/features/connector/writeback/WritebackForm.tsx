import { ActionIcon, Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { WritebackDraft } from './settings';

const label = (object: string) => `${object.charAt(0).toUpperCase()}${object.slice(1)} field`;

/** The weight of each activity type and the field each object's score goes to; read-only for viewers. */
export function WritebackForm({ form, readOnly }: { form: UseFormReturnType<WritebackDraft>; readOnly: boolean }) {
  const { weights, fields } = form.getValues();
  return (
    <Stack gap="md">
      <div>
        <Text fw={600} size="sm">
          Weight per activity type
        </Text>
        <Text size="xs" c="dimmed">
          How much one activity of that type adds to the score when it just happened.
        </Text>
      </div>
      {weights.map((row, i) => (
        <Group key={form.key(`weights.${i}`)} align="flex-start" gap="xs" data-testid="writeback-weight">
          <TextInput
            aria-label={`Activity type ${i + 1}`}
            placeholder="e.g. meeting"
            readOnly={readOnly}
            w={200}
            {...form.getInputProps(`weights.${i}.type`)}
          />
          <NumberInput
            aria-label={`Weight of ${row.type || `activity type ${i + 1}`}`}
            min={0}
            step={0.5}
            decimalScale={4}
            readOnly={readOnly}
            w={140}
            {...form.getInputProps(`weights.${i}.weight`)}
          />
          {readOnly ? null : (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${row.type || `activity type ${i + 1}`}`}
              onClick={() => form.removeListItem('weights', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {readOnly ? null : (
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('weights', { type: '', weight: 1 })}
        >
          Add activity type
        </Button>
      )}
      <Group align="flex-start">
        <NumberInput
          label="Any other activity type"
          description="Empty: the connector’s default"
          min={0}
          step={0.5}
          decimalScale={4}
          readOnly={readOnly}
          w={220}
          {...form.getInputProps('defaultWeight')}
        />
        <NumberInput
          label="Half-life (days)"
          description="Age at which an activity counts half"
          min={1}
          readOnly={readOnly}
          w={220}
          {...form.getInputProps('halfLifeDays')}
        />
      </Group>
      <Text fw={600} size="sm" mt="sm">
        Target fields
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {Object.keys(fields).map((object) => (
          <TextInput
            key={form.key(`fields.${object}`)}
            label={label(object)}
            placeholder="Connector default"
            readOnly={readOnly}
            {...form.getInputProps(`fields.${object}`)}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
