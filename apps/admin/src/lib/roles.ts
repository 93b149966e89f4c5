import type { Role } from '../graphql/generated/graphql';

const RANK: Record<Role, number> = { viewer: 1, manager: 2, admin: 3 };

/** At least `needed`: what the gateway's scope-auth enforces, mirrored so the UI hides what would be refused. */
export const atLeast = (role: Role, needed: Role) => RANK[role] >= RANK[needed];

/** Connect, sync, edit schedules and mappings: managers and admins. */
export const canManage = (role: Role) => atLeast(role, 'manager');

/** Disconnect, members, audit log: admins. */
export const canAdminister = (role: Role) => atLeast(role, 'admin');
