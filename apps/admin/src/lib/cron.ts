import cronstrue from 'cronstrue';

/** Schedules people pick most; the editor offers them as presets. */
export const CRON_PRESETS: { label: string; cron: string }[] = [
  { label: 'Every 15 minutes', cron: '*/15 * * * *' },
  { label: 'Every hour', cron: '0 * * * *' },
  { label: 'Every 4 hours', cron: '0 */4 * * *' },
  { label: 'Daily at 02:00', cron: '0 2 * * *' },
  { label: 'Weekdays at 07:00', cron: '0 7 * * 1-5' },
];

export type CronDescription = { ok: true; text: string } | { ok: false; error: string };

/**
 * A 5-field cron in words, checked locally first (the gateway's
 * `cronPreview` is the authority and adds the next runs).
 *
 * @example
 * describeCron('0 *\/4 * * *') // { ok: true, text: 'On the hour, every 4 hours' }
 */
export function describeCron(cron: string): CronDescription {
  const trimmed = cron.trim();
  if (!trimmed) return { ok: false, error: 'Enter a schedule' };
  const fields = trimmed.split(/\s+/);
  if (fields.length !== 5)
    return { ok: false, error: `A schedule has 5 fields (minute hour day month weekday); this has ${fields.length}` };
  try {
    return { ok: true, text: cronstrue.toString(trimmed, { use24HourTimeFormat: true, verbose: false }) };
  } catch (error) {
    const message = typeof error === 'string' ? error : error instanceof Error ? error.message : 'Not a valid schedule';
    return { ok: false, error: message.replace(/^Error: /, '') };
  }
}
