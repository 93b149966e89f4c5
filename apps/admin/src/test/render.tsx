import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/** Render with the console's providers (Mantine, a fresh query client without retries). */
export function renderWithProviders(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </MantineProvider>,
  );
}

/** Answer `/graphql` POSTs with `data(body)`; returns the request bodies seen. */
export function mockGraphQL(data: (body: { query: string; variables: Record<string, unknown> }) => unknown) {
  const seen: { query: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as { query: string; variables: Record<string, unknown> };
    seen.push(body);
    return new Response(JSON.stringify({ data: data(body) }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return seen;
}
