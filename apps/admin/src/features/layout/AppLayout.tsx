import { AppShell, Burger, Group, NavLink, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconPlugConnected, IconSettings, IconTable, IconTargetArrow } from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { TenantSwitcher } from '../auth/TenantSwitcher';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { Logo } from './Logo';
import { UserMenu } from './UserMenu';

const NAV = [
  { to: '/dashboard', label: 'Dashboard', icon: IconChartBar },
  { to: '/attribution', label: 'Attribution', icon: IconTargetArrow },
  { to: '/sensors', label: 'Sensors', icon: IconPlugConnected },
  { to: '/data', label: 'Data explorer', icon: IconTable },
  { to: '/settings', label: 'Settings', icon: IconSettings },
] as const;

/** The shell every signed-in page lives in: header (tenant, theme, account) and the sidebar. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const path = useRouterState({ select: (s) => s.location.pathname });
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Logo />
          </Group>
          <Group gap="sm">
            <TenantSwitcher />
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <ScrollArea>
          {NAV.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} />}
              active={path.startsWith(item.to) || (item.to === '/sensors' && path.startsWith('/connectors'))}
              onClick={close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
