import { Alert, AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { useSession, useSignOut } from '../session';

export function Layout() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure();
  const manufacturer = session.organisation.kind === 'manufacturer';
  const links = [
    { to: '/cases', label: 'Cases' },
    { to: '/docket', label: 'Docket' },
    { to: '/manufacturers', label: 'Manufacturers' },
    { to: '/jurisdictions', label: 'Jurisdictions' },
    // Letters carry the signer's own signature block: every law-firm user keeps theirs.
    ...(manufacturer ? [] : [{ to: '/signature', label: 'My signature' }]),
    ...(session.user.role === 'admin' ? [{ to: '/admin', label: 'Administration' }] : []),
  ];
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={1} size="h4">
              Lemon Ledger
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm">
              {session.user.name} · {session.organisation.name}
            </Text>
            <Button
              variant="default"
              size="xs"
              onClick={async () => {
                await signOut();
                navigate('/sign-in?signedOut=1');
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {links.map((link) => (
          <NavLink key={link.to} component={RouterNavLink} to={link.to} label={link.label} onClick={close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        {manufacturer && (
          <Alert color="blue" variant="light" mb="md" title="Read-only" role="note">
            Shared with {session.organisation.name} by the law firm — read-only; your reads are recorded.
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
