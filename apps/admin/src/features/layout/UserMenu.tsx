import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconKey, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { logout } from '../../queries/me';
import { useMe } from '../auth/use-me';
import { ChangePasswordModal } from './ChangePasswordModal';

export function UserMenu() {
  const { me } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [changing, setChanging] = useState(false);
  const signOut = async () => {
    await logout();
    queryClient.clear();
    await navigate({ to: '/login', search: {} });
  };
  return (
    <>
      <ChangePasswordModal opened={changing} onClose={() => setChanging(false)} />
      <Menu position="bottom-end" withArrow>
        <Menu.Target>
          <UnstyledButton aria-label="Account">
            <Avatar size="md" color="blue" radius="xl">
              {me.email.slice(0, 2).toUpperCase()}
            </Avatar>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm">{me.email}</Text>
            <Text size="xs" c="dimmed">
              {me.role} · {me.tenant.name}
            </Text>
          </Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChanging(true)}>
            Change password
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
