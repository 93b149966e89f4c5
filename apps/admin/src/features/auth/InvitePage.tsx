import { Alert, Button, Center, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { acceptInvitation, previewInvitation, type InvitationPreview } from '../../queries/account';
import { Logo } from '../layout/Logo';

/** The token rides in the link's fragment (`/invite#tri_...`): browsers never send it to a server or in a Referer. */
const tokenFromHash = () => window.location.hash.replace(/^#/, '');

function ChoosePassword({ token, preview }: { token: string; preview: InvitationPreview }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: '', password: '', confirm: '' },
    validate: {
      password: (v) => (v.length >= 10 ? null : 'At least 10 characters'),
      confirm: (v, all) => (v === all.password ? null : 'The passwords differ'),
    },
  });
  const accept = useMutation({
    mutationFn: (v: typeof form.values) =>
      acceptInvitation(token, { password: v.password, ...(v.name.trim() ? { name: v.name.trim() } : {}) }),
    onSuccess: async () => {
      queryClient.clear();
      await navigate({ to: '/sensors' });
    },
  });
  return (
    <form onSubmit={form.onSubmit((v) => accept.mutate(v))}>
      <Stack>
        <Text size="sm">
          Choose the password you will sign in with as <b>{preview.email}</b>. Nobody else knows it.
        </Text>
        {preview.mode === 'create' ? <TextInput label="Your name" autoComplete="name" {...form.getInputProps('name')} /> : null}
        <PasswordInput label="New password" autoComplete="new-password" {...form.getInputProps('password')} />
        <PasswordInput label="Repeat the password" autoComplete="new-password" {...form.getInputProps('confirm')} />
        {accept.error ? <Alert color="red">{accept.error.message}</Alert> : null}
        <Button type="submit" loading={accept.isPending}>
          Join {preview.tenant.name}
        </Button>
      </Stack>
    </form>
  );
}

function SignedInAccept({ token, preview }: { token: string; preview: InvitationPreview }) {
  const navigate = useNavigate();
  const signIn = () => navigate({ to: '/login', search: { next: `/invite#${token}` } });
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptInvitation(token, {}),
    onSuccess: async () => {
      queryClient.clear();
      await navigate({ to: '/sensors' });
    },
  });
  if (preview.signedInAs !== preview.email) {
    return (
      <Stack>
        <Text size="sm">
          You already have an account as <b>{preview.email}</b>. Sign in as {preview.email}, then open this link again.
          {preview.signedInAs ? ` You are signed in as ${preview.signedInAs}.` : ''}
        </Text>
        <Button onClick={() => void signIn()}>Sign in as {preview.email}</Button>
      </Stack>
    );
  }
  return (
    <Stack>
      {accept.error ? <Alert color="red">{accept.error.message}</Alert> : null}
      <Button onClick={() => accept.mutate()} loading={accept.isPending}>
        Join {preview.tenant.name}
      </Button>
    </Stack>
  );
}

/** Accept an invitation: choose your own password (a new account), or accept signed in as the invited account. */
export function InvitePage() {
  const token = tokenFromHash();
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => previewInvitation(token),
    retry: false,
    enabled: token !== '',
  });
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420}>
        <Stack>
          <Logo />
          {preview.data ? (
            <>
              <div>
                <Title order={2}>Join {preview.data.tenant.name}</Title>
                <Text c="dimmed" size="sm">
                  as {preview.data.role}, invited as {preview.data.email}
                </Text>
              </div>
              {preview.data.mode === 'sign_in' ? (
                <SignedInAccept token={token} preview={preview.data} />
              ) : (
                <ChoosePassword token={token} preview={preview.data} />
              )}
            </>
          ) : preview.error || !token ? (
            <Alert color="red" title="This invitation link does not work">
              {preview.error?.message ?? 'The link is incomplete: open it exactly as you received it.'}
            </Alert>
          ) : (
            <Loader />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
