import { Code, ScrollArea } from '@mantine/core';

/** Raw vendor data, pretty-printed and scrollable. */
export function JsonView({ value, maxHeight = 360 }: { value: unknown; maxHeight?: number }) {
  return (
    <ScrollArea.Autosize mah={maxHeight}>
      <Code block fz="xs">
        {JSON.stringify(value, null, 2)}
      </Code>
    </ScrollArea.Autosize>
  );
}
