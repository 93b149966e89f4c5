import { createTheme } from '@mantine/core';

/** One theme for the console; Mantine derives the dark palette from it. */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Badge: { defaultProps: { radius: 'sm' } },
  },
});
