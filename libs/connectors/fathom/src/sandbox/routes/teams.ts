import { mountList, type PagingSpec } from '@tributary/sandbox';
import type { Hono } from 'hono';
import { textResponse } from '../errors.js';
import type { Store } from '../store.js';

const PAGING: PagingSpec = { style: 'cursor', cursorParam: 'cursor', defaultLimit: 10, maxLimit: 10 };

/**
 * `GET /teams` -> `{limit, next_cursor, items: [{name, created_at}]}` and
 * `GET /team_members?team=` -> `{limit, next_cursor, items: [{name, email, created_at}]}`
 * (Fathom's SDK, `listTeams` / `listTeamMembers`).
 */
export function mountTeams(app: Hono, store: Store): void {
  const envelope = <T>(page: { items: T[]; next: string | null; limit: number }) => ({
    limit: page.limit,
    next_cursor: page.next,
    items: page.items,
  });
  const badRequest = () => textResponse(400, 'Invalid value for cursor');
  mountList(app, { path: '/teams', paging: PAGING, records: () => store.world.teams, envelope, badRequest });
  mountList(app, {
    path: '/team_members',
    paging: PAGING,
    records: (_c, params) => {
      const team = params.get('team');
      return store.world.members
        .filter((m) => !team || m.team === team)
        .map((m) => ({ name: m.name, email: m.email, created_at: m.created_at }));
    },
    envelope,
    badRequest,
  });
}
