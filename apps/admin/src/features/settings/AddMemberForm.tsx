import { Button, Group, PasswordInput, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert, toProblem } from '../../components/ProblemAlert';
import type { Role } from '../../graphql/generated/graphql';
import { addMember } from '../../queries/admin';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';

const ROLES: { value: Role; label: string }[] = [
  { value: 'viewer', label: 'Viewer: sees everything, changes nothing' },
  { value: 'manager', label: 'Manager: connects, syncs, edits mappings' },
  { value: 'admin', label: 'Admin: also members, disconnect, audit log' },
];
const isRole = (v: string): v is Role => ROLES.some((r) => r.value === v);

/** Add someone (a new email creates the user; give a password so they can sign in). */
export function AddMemberForm() {
  const { tenantId } = useMe();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { email: '', name: '', role: 'viewer', password: '' } });
  const add = useMutation({
    mutationFn: (v: typeof form.values) =>
      addMember({ email: v.email.trim(), role: isRole(v.role) ? v.role : 'viewer', name: v.name || null, password: v.password || null }),
    onSuccess: async () => {
      notifySuccess('Member added', `${form.values.email} can sign in as ${form.values.role}.`);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: keys.members(tenantId) });
    },
  });
  return (
    <form onSubmit={form.onSubmit((v) => add.mutate(v))}>
      <Text fw={600} mt="lg" mb="xs">
        Add a member
      </Text>
      <Group align="flex-end">
        <TextInput label="Email" required type="email" {...form.getInputProps('email')} />
        <TextInput label="Name" {...form.getInputProps('name')} />
        <Select label="Role" data={ROLES} allowDeselect={false} w={320} {...form.getInputProps('role')} />
        <PasswordInput label="Password (new users)" autoComplete="new-password" {...form.getInputProps('password')} />
        <Button type="submit" loading={add.isPending}>
          Add member
        </Button>
      </Group>
      {add.error ? <ProblemAlert mt="sm" problem={toProblem(add.error)} /> : null}
    </form>
  );
}
