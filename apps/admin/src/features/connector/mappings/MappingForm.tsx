import { ActionIcon, Badge, Button, Group, Select, Table, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Transform } from '../../../graphql/generated/graphql';
import { isOverride, removeRow, resetRow, TRANSFORMS, upsertRow, type DraftRow } from './draft';

interface Props {
  rows: DraftRow[];
  stream: string;
  readOnly: boolean;
  onChange: (rows: DraftRow[]) => void;
}

const transformData = TRANSFORMS.map((t) => ({ value: t, label: t }));
const isTransform = (v: string | null): v is Transform => TRANSFORMS.some((t) => t === v);

/** The rows of one stream: canonical field, source path, transform, and whether it is the default or an override. */
export function MappingForm({ rows, stream, readOnly, onChange }: Props) {
  const [newTarget, setNewTarget] = useState('');
  const visible = rows.filter((r) => r.stream === stream);
  const set = (row: DraftRow) => onChange(upsertRow(rows, row));
  const add = () => {
    if (!newTarget.trim()) return;
    set({ stream, target: newTarget.trim(), source: '', transform: 'none', defaultSource: null, defaultTransform: null });
    setNewTarget('');
  };
  return (
    <Table aria-label={`Field mappings of ${stream}`} verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Canonical field</Table.Th>
          <Table.Th>Source path in the vendor row</Table.Th>
          <Table.Th w={150}>Transform</Table.Th>
          <Table.Th w={170}>Rule</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {visible.map((row) => (
          <Table.Tr key={row.target} data-testid={`mapping-${row.target}`}>
            <Table.Td ff="monospace">{row.target}</Table.Td>
            <Table.Td>
              <TextInput
                aria-label={`Source of ${row.target}`}
                size="xs"
                ff="monospace"
                value={row.source}
                readOnly={readOnly}
                error={!row.source.trim() ? 'Required' : undefined}
                onChange={(e) => set({ ...row, source: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td>
              <Select
                aria-label={`Transform of ${row.target}`}
                size="xs"
                data={transformData}
                value={row.transform}
                readOnly={readOnly}
                allowDeselect={false}
                onChange={(v) => isTransform(v) && set({ ...row, transform: v })}
              />
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                {isOverride(row) ? <Badge color="orange">Override</Badge> : <Badge color="gray">Default</Badge>}
                {!readOnly && isOverride(row) ? (
                  row.defaultSource === null ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${row.target}`}
                      onClick={() => onChange(removeRow(rows, row))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  ) : (
                    <Tooltip label={`Default: ${row.defaultSource} (${row.defaultTransform ?? 'none'})`}>
                      <ActionIcon variant="subtle" aria-label={`Reset ${row.target} to default`} onClick={() => set(resetRow(row))}>
                        <IconArrowBackUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )
                ) : null}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
        {!readOnly ? (
          <Table.Tr>
            <Table.Td colSpan={4}>
              <Group gap="xs">
                <TextInput
                  size="xs"
                  placeholder="Another canonical field, e.g. title"
                  // Wide enough for the whole placeholder.
                  w={300}
                  value={newTarget}
                  onChange={(e) => setNewTarget(e.currentTarget.value)}
                />
                <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={add}>
                  Map a field
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ) : null}
      </Table.Tbody>
    </Table>
  );
}
