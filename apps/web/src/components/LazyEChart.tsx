import { preloadable } from './preloadable';

/** The chart engine (ECharts, the heaviest chunk) in its own chunk, loaded when a page with a picture first needs it. */
export const EChart = preloadable(() => import('./EChart'));
