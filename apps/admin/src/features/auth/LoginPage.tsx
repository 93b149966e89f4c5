import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { login } from '../../queries/me';
import { Logo } from '../layout/Logo';

const route = getRouteApi('/login');

/** Sign in with email and password (an HTTP-only session cookie). */
export function LoginPage() {
  const { next } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: (v) => (/\S+@\S+/.test(v) ? null : 'Enter your email'), password: (v) => (v ? null : 'Enter your password') },
  });
  const signIn = useMutation({
    mutationFn: (values: { email: string; password: string }) => login(values.email, values.password),
    onSuccess: async (error) => {
      if (error) return;
      queryClient.clear();
      const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/sensors';
      await navigate({ href: target });
    },
  });
  const failure = signIn.data ?? (signIn.error ? signIn.error.message : null);
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={380}>
        <form onSubmit={form.onSubmit((values) => signIn.mutate(values))}>
          <Stack>
            <Logo />
            <div>
              <Title order={2}>Sign in</Title>
              <Text c="dimmed" size="sm">
                The first admin’s login is printed once when the gateway starts.
              </Text>
            </div>
            {failure ? (
              <Alert color="red" title="Could not sign in">
                {failure}
              </Alert>
            ) : null}
            <TextInput label="Email" type="email" autoComplete="username" autoFocus {...form.getInputProps('email')} />
            <PasswordInput label="Password" autoComplete="current-password" {...form.getInputProps('password')} />
            <Button type="submit" loading={signIn.isPending}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
