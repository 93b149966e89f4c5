import { useSuspenseQuery } from '@tanstack/react-query';
import { canAdminister, canManage } from '../../lib/roles';
import { meQuery } from '../../queries/me';

/** The signed-in person in the current tenant (loaded by the app route before any page renders). */
export function useMe() {
  const { data: me } = useSuspenseQuery(meQuery());
  return { me, tenantId: me.tenant.id, role: me.role, canManage: canManage(me.role), canAdminister: canAdminister(me.role) };
}
