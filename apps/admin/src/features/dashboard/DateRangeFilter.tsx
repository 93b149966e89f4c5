import { Button, Group } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { lastDays, type DayRange } from './range';

const PRESETS = [7, 30, 90, 365];

/** Presets (7, 30, 90, 365 days) and a calendar for any range. */
export function DateRangeFilter({ value, onChange }: { value: DayRange; onChange: (range: DayRange) => void }) {
  return (
    <Group gap="xs">
      <Button.Group>
        {PRESETS.map((days) => {
          const preset = lastDays(days);
          const active = preset.from === value.from && preset.to === value.to;
          return (
            <Button key={days} size="xs" variant={active ? 'filled' : 'default'} onClick={() => onChange(preset)}>
              {days === 365 ? '1 year' : `${days} days`}
            </Button>
          );
        })}
      </Button.Group>
      <DatePickerInput
        type="range"
        size="xs"
        aria-label="Date range"
        leftSection={<IconCalendar size={14} />}
        value={[value.from, value.to]}
        valueFormat="MMM D, YYYY"
        onChange={([from, to]) => from && to && onChange({ from, to })}
        w={240}
      />
    </Group>
  );
}
