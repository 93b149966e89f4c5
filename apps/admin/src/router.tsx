import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { NotFoundPage } from './components/NotFoundPage';
import { RouteError } from './components/RouteError';
import { UnauthenticatedError } from './graphql/client';
import { InvitePage } from './features/auth/InvitePage';
import { LoginPage } from './features/auth/LoginPage';
import { ENTITY_NAMES } from './features/explorer/entities';
import { AppLayout } from './features/layout/AppLayout';
import { SensorsPage } from './features/sensors/SensorsPage';
import { meQuery } from './queries/me';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  errorComponent: RouteError,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: z.object({ next: z.string().optional() }),
  component: LoginPage,
});

/** An invitation link (`/invite#tri_...`): open to anyone holding it, signed in or not. */
const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite',
  component: InvitePage,
});

/** Every page but sign-in: needs a session (the `me` query), else goes to /login?next=... */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery());
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw redirect({ to: '/login', search: { next: location.href } });
      throw error;
    }
  },
  component: AppLayout,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/sensors' });
  },
});

const sensorsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sensors',
  validateSearch: z.object({ type: z.string().optional(), error: z.string().optional() }),
  component: SensorsPage,
});

const flag = z.union([z.literal(1), z.literal('1')]).optional();

const connectorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/connectors/$connectorId',
  validateSearch: z.object({ connected: flag, select: flag, tab: z.string().optional() }),
  // Pages past the Sensors page load on first visit (or on hover, with `defaultPreload: 'intent'`).
  component: lazyRouteComponent(() => import('./features/connector/ConnectorPage'), 'ConnectorPage'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboard',
  validateSearch: z.object({ from: z.string().optional(), to: z.string().optional() }),
  // Charts (Recharts) load with the page that shows them.
  component: lazyRouteComponent(() => import('./features/dashboard/DashboardPage'), 'DashboardPage'),
});

const attributionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/attribution',
  validateSearch: z.object({
    model: z.enum(['FIRST_TOUCH', 'LAST_TOUCH', 'LINEAR']).optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    lookback: z.coerce.number().int().min(1).max(365).optional(),
  }),
  component: lazyRouteComponent(() => import('./features/attribution/AttributionPage'), 'AttributionPage'),
});

const explorerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/data',
  validateSearch: z.object({
    entity: z.enum(ENTITY_NAMES).optional(),
    q: z.string().optional(),
    connector: z.string().optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    deleted: z.boolean().optional(),
  }),
  component: lazyRouteComponent(() => import('./features/explorer/ExplorerPage'), 'ExplorerPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  validateSearch: z.object({ tab: z.enum(['members', 'tokens', 'audit']).optional() }),
  component: lazyRouteComponent(() => import('./features/settings/SettingsPage'), 'SettingsPage'),
});

/** Every other address: a page inside the layout (signed in), not the router's bare "Not Found". */
const notFoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '$',
  component: NotFoundPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  inviteRoute,
  appRoute.addChildren([
    indexRoute,
    sensorsRoute,
    connectorRoute,
    dashboardRoute,
    attributionRoute,
    explorerRoute,
    settingsRoute,
    notFoundRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
