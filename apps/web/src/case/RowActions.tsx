import { Button, Menu, UnstyledButton } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { FactAction } from './facts';

/**
 * A row's action button: the markup and classes of Mantine's `<Button size="compact-xs" variant="default">`,
 * its variables set once in app.css (.row-action) instead of per button. A 40-visit repair-order grid has
 * 80 of them, and the Mantine component is several components (Box, styles, variables) each on the case
 * page's first render; this is one element. Same look, focus ring and keyboard behaviour.
 */
const buttonClasses = `mantine-focus-auto mantine-active ${Button.classes.root} ${UnstyledButton.classes.root} row-action`;
const RowButton = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'> & { danger?: boolean }>(function RowButton(
  { danger, children, ...props },
  ref,
) {
  return (
    <button ref={ref} type="button" className={buttonClasses} data-danger={danger || undefined} {...props}>
      <span className={Button.classes.inner}>
        <span className={Button.classes.label}>{children}</span>
      </span>
    </button>
  );
});

/** Up to three actions as buttons; more (a dispute claim's steps) in a menu. */
export function RowActions({ name, actions, onAction }: { name: string; actions: FactAction[]; onAction: (a: FactAction) => void }) {
  if (!actions.length) return null;
  if (actions.length <= 3)
    return (
      <div className="row-actions">
        {actions.map((a) => (
          <RowButton key={a.key} danger={a.danger} onClick={() => onAction(a)} aria-label={`${a.verb} ${name}`}>
            {a.verb}
          </RowButton>
        ))}
      </div>
    );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <RowButton aria-label={`Actions for ${name}`}>Actions ▾</RowButton>
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
