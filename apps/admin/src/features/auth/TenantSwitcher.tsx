import { Select } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { notifyError } from '../../components/notify';
import { switchTenant } from '../../queries/me';
import { useMe } from './use-me';

/** For people in several tenants: switch the session to another one (every cached query belongs to a tenant, so the cache is cleared). */
export function TenantSwitcher() {
  const { me } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const change = useMutation({
    mutationFn: switchTenant,
    onSuccess: async () => {
      queryClient.clear();
      await navigate({ to: '/sensors' });
    },
    onError: notifyError,
  });
  if (me.memberships.length < 2) return null;
  return (
    <Select
      aria-label="Tenant"
      size="xs"
      w={200}
      allowDeselect={false}
      value={me.tenant.id}
      disabled={change.isPending}
      data={me.memberships.map((m) => ({ value: m.tenant.id, label: `${m.tenant.name} (${m.role})` }))}
      onChange={(id) => id && id !== me.tenant.id && change.mutate(id)}
    />
  );
}
