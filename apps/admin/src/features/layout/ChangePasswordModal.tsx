import { Alert, Button, Checkbox, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { notifySuccess } from '../../components/notify';
import { changePassword } from '../../queries/account';

/** Change your own password. Every other session of yours ends; API tokens stay unless you tick the box. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '', revokeTokens: false },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: (v) => (v.length >= 10 ? null : 'At least 10 characters'),
      confirm: (v, all) => (v === all.newPassword ? null : 'The passwords differ'),
    },
  });
  const change = useMutation({
    mutationFn: (v: typeof form.values) =>
      changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword, revokeTokens: v.revokeTokens }),
    onSuccess: (result) => {
      notifySuccess(
        'Password changed',
        `Your other sessions were signed out${result.tokensRevoked ? `; ${result.tokensRevoked} API token(s) revoked` : ''}.`,
      );
      form.reset();
      change.reset();
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Change password">
      <form onSubmit={form.onSubmit((v) => change.mutate(v))}>
        <Stack>
          <PasswordInput label="Current password" autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <PasswordInput label="New password" autoComplete="new-password" {...form.getInputProps('newPassword')} />
          <PasswordInput label="Repeat the new password" autoComplete="new-password" {...form.getInputProps('confirm')} />
          <Checkbox label="Also revoke my API tokens" {...form.getInputProps('revokeTokens', { type: 'checkbox' })} />
          <Text size="xs" c="dimmed">
            Your other sessions are signed out. API tokens keep working unless you revoke them (do, if your password may have leaked).
          </Text>
          {change.error ? <Alert color="red">{change.error.message}</Alert> : null}
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
