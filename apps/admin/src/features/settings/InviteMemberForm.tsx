import { Alert, Button, Code, CopyButton, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert, toProblem } from '../../components/ProblemAlert';
import type { Role } from '../../graphql/generated/graphql';
import { inviteMember } from '../../queries/admin';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';

// Short labels fit the input; what each role may do is the field's description (a long label was cut off).
const ROLES: { value: Role; label: string; can: string }[] = [
  { value: 'viewer', label: 'Viewer', can: 'Sees everything, changes nothing' },
  { value: 'manager', label: 'Manager', can: 'Connects, syncs, edits mappings' },
  { value: 'admin', label: 'Admin', can: 'Also members, disconnect, audit log' },
];
const isRole = (v: string): v is Role => ROLES.some((r) => r.value === v);

/**
 * Invite someone by email. Nobody sets a password for them: they choose
 * their own when they open the link (or accept while signed in, when they
 * already have an account). The link is shown here once, or mailed.
 */
export function InviteMemberForm() {
  const { tenantId } = useMe();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { email: '', role: 'viewer' } });
  const invite = useMutation({
    mutationFn: (v: typeof form.values) => inviteMember(v.email.trim(), isRole(v.role) ? v.role : 'viewer'),
    onSuccess: async () => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: keys.members(tenantId) });
    },
  });
  const sent = invite.data;
  return (
    <form onSubmit={form.onSubmit((v) => invite.mutate(v))}>
      <Text fw={600} mt="lg" mb="xs">
        Invite a member
      </Text>
      <Group align="flex-end">
        <TextInput label="Email" required type="email" {...form.getInputProps('email')} />
        <Select
          label="Role"
          data={ROLES.map(({ value, label }) => ({ value, label }))}
          description={ROLES.find((r) => r.value === form.values.role)?.can}
          allowDeselect={false}
          w={260}
          {...form.getInputProps('role')}
        />
        <Button type="submit" loading={invite.isPending}>
          Invite
        </Button>
      </Group>
      {invite.error ? <ProblemAlert mt="sm" problem={toProblem(invite.error)} /> : null}
      {sent ? (
        <Alert
          mt="sm"
          color="green"
          title={`Invitation for ${sent.invitation.email} (${sent.invitation.role})`}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => invite.reset()}
        >
          {sent.link ? (
            <Stack gap="xs">
              <Text size="sm">Send them this link. It works once, expires, and is not shown again.</Text>
              <Code block data-testid="invitation-link">
                {sent.link}
              </Code>
              <CopyButton value={sent.link}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy} w="fit-content">
                    {copied ? 'Copied' : 'Copy link'}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          ) : (
            <Text size="sm">The link was mailed to them.</Text>
          )}
        </Alert>
      ) : null}
    </form>
  );
}
