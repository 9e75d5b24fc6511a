import { Button, Group, Menu } from '@mantine/core';
import type { FactAction } from './facts';

/** Up to three actions as buttons; more (a dispute claim's steps) in a menu. */
export function RowActions({ name, actions, onAction }: { name: string; actions: FactAction[]; onAction: (a: FactAction) => void }) {
  if (!actions.length) return null;
  if (actions.length <= 3)
    return (
      <Group gap={4} wrap="nowrap">
        {actions.map((a) => (
          <Button
            key={a.key}
            size="compact-xs"
            variant="default"
            c={a.danger ? 'red.9' : undefined}
            onClick={() => onAction(a)}
            aria-label={`${a.verb} ${name}`}
          >
            {a.verb}
          </Button>
        ))}
      </Group>
    );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="compact-xs" variant="default" aria-label={`Actions for ${name}`}>
          Actions ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((a) => (
          <Menu.Item key={a.key} c={a.danger ? 'red.9' : undefined} onClick={() => onAction(a)}>
            {a.verb}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
