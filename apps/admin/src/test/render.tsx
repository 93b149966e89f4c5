import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { MeQuery, Role } from '../graphql/generated/graphql';
import { meQuery } from '../queries/me';

/** Someone signed in to the tenant `t1` with `role`, as the `me` query returns them. */
export const signedInAs = (role: Role): MeQuery['me'] => {
  const tenant = { id: 't1', name: 'Acme', slug: 'acme' };
  return { userId: `u-${role}`, email: `${role}@example.com`, role, tenant, memberships: [{ role, tenant }] };
};

/**
 * Render with the console's providers (Mantine, a fresh query client without
 * retries); with `role`, as someone signed in with that role (for components
 * that call `useMe()`).
 */
export function renderWithProviders(ui: ReactElement, { role }: { role?: Role } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (role) client.setQueryData(meQuery().queryKey, signedInAs(role));
  return render(
    <MantineProvider>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </MantineProvider>,
  );
}

/** The console's pages, under the pathless `app` route as in src/router.tsx (so `getRouteApi('/app/sensors')` finds its match). */
const PAGES = ['/sensors', '/connectors/$connectorId', '/dashboard', '/data', '/settings'] as const;

/**
 * {@link renderWithProviders} inside a router at `url` (memory history):
 * every page path renders `ui`, so links resolve and a component can read
 * and change its search params. Returns the router to inspect the location.
 *
 * @example
 * const { router } = renderAtUrl(<SensorsPage />, '/sensors?type=salesforce&error=access_denied', { role: 'admin' });
 */
export function renderAtUrl(ui: ReactElement, url: string, options: { role?: Role } = {}) {
  const root = createRootRoute({ component: Outlet });
  const app = createRoute({ getParentRoute: () => root, id: 'app', component: Outlet });
  const pages = PAGES.map((path) => createRoute({ getParentRoute: () => app, path, component: () => ui }));
  const router = createRouter({
    routeTree: root.addChildren([app.addChildren(pages)]),
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  return { router, ...renderWithProviders(<RouterProvider router={router} />, options) };
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
