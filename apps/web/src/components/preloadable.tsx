import { useEffect, useSyncExternalStore, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { ErrorBlock } from './States';

/**
 * A code-split component without Suspense. `React.lazy` suspends on its first render even when its
 * chunk has long arrived (it learns that a tick later), so the Suspense fallback is committed, and
 * React then holds the real content back for up to 300 ms (its fallback throttle): on the cold case
 * page that cost ~300 ms per split component. Here the chunk is fetched by `preload()` (as early as
 * the route is known, or on first render); until it has arrived the component renders `fallback`,
 * and the real one in the render right after the chunk arrives. A chunk that cannot be loaded (the
 * network, or a new build replaced it) shows why, with a reload.
 */
// `any`: a component with any props; they are passed through unchanged.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function preloadable<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let state: { component?: T; error?: unknown } = {};
  let loading: Promise<unknown> | undefined;
  const listeners = new Set<() => void>();
  const settle = (next: typeof state) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const preload = () =>
    (loading ??= load().then(
      (module) => settle({ component: module.default }),
      (error: unknown) => settle({ error: error ?? new Error('a part of the app could not be loaded') }),
    ));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  function Preloadable({ fallback = null, ...props }: ComponentProps<T> & { fallback?: ReactNode }) {
    const { component: Component, error } = useSyncExternalStore(subscribe, () => state);
    useEffect(() => {
      void preload();
    }, []);
    if (error !== undefined)
      return <ErrorBlock title="A part of the app could not be loaded" error={error} retry={() => window.location.reload()} />;
    return Component ? <Component {...(props as ComponentProps<T>)} /> : fallback;
  }
  return Object.assign(Preloadable, { preload });
}
