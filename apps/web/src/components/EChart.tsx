import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

echarts.use([
  CustomChart,
  LineChart,
  ScatterChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkAreaComponent,
  LegendComponent,
  DataZoomComponent,
  AriaComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** One mark of a picture that the keyboard can step to: its place in the option, and what it says. */
export interface ChartItem {
  seriesIndex: number;
  dataIndex: number;
  /** Where it sits on the x axis (the picture is zoomed out when a step goes to a mark outside the window). */
  x: number;
  /** What the mark means, in words: said on each step (the tooltip shows the same). */
  label: string;
  /** When the mark does something on click (e.g. correct a repair visit): Enter does it too. */
  action?: string;
}

const KEYS_HINT =
  'Arrow keys: step through the marks in date order (Home, End: first, last) · Enter: open the selected mark · + and −: zoom · 0: whole picture · Escape: clear';

/**
 * An ECharts picture (SVG renderer, tree-shaken). With `items`, the picture is one keyboard stop: the arrow keys step through
 * its marks, each one is shown (tooltip and highlight) and said in words below it (a live region), Enter does what a click
 * does, + and − zoom. `label` describes the picture as a whole.
 */
export function EChart({
  option,
  height,
  label,
  items,
  onItemClick,
}: {
  option: ChartOption;
  height: number;
  label: string;
  items?: ChartItem[];
  onItemClick?: (data: unknown) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const hintId = useId();
  const statusId = useId();
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
    setSelected(undefined);
  }, [option]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    const handler = (params: { data?: unknown }) => onItemClick(params.data);
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onItemClick]);

  const item = selected === undefined ? undefined : items?.[selected];
  const show = (index: number) => {
    const instance = chart.current;
    const next = items?.[index];
    if (!instance || !next) return;
    if (item) instance.dispatchAction({ type: 'downplay', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
    // A mark outside the zoomed window cannot show its tooltip: zoom out to the whole picture first.
    const [min, max] = xWindow(instance);
    if (next.x < min || next.x > max) instance.dispatchAction({ type: 'dataZoom', start: 0, end: 100 });
    instance.dispatchAction({ type: 'highlight', seriesIndex: next.seriesIndex, dataIndex: next.dataIndex });
    instance.dispatchAction({ type: 'showTip', seriesIndex: next.seriesIndex, dataIndex: next.dataIndex });
    setSelected(index);
  };
  const zoom = (factor: number | 'all') => {
    const instance = chart.current;
    const window = (instance?.getOption() as { dataZoom?: Array<{ start?: number; end?: number }> } | undefined)?.dataZoom?.[0];
    if (!instance || !window) return;
    if (factor === 'all') return instance.dispatchAction({ type: 'dataZoom', start: 0, end: 100 });
    const [start, end] = [window.start ?? 0, window.end ?? 100];
    const centre = (start + end) / 2;
    const half = Math.min(50, Math.max(2, ((end - start) * factor) / 2));
    instance.dispatchAction({ type: 'dataZoom', start: Math.max(0, centre - half), end: Math.min(100, centre + half) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!items?.length) return;
    const last = items.length - 1;
    const step: Record<string, () => void> = {
      ArrowRight: () => show(selected === undefined ? 0 : Math.min(last, selected + 1)),
      ArrowDown: () => show(selected === undefined ? 0 : Math.min(last, selected + 1)),
      ArrowLeft: () => show(selected === undefined ? last : Math.max(0, selected - 1)),
      ArrowUp: () => show(selected === undefined ? last : Math.max(0, selected - 1)),
      Home: () => show(0),
      End: () => show(last),
      Enter: () => {
        if (item?.action && onItemClick) onItemClick((option.series as Array<{ data: unknown[] }>)[item.seriesIndex].data[item.dataIndex]);
      },
      '+': () => zoom(0.5),
      '=': () => zoom(0.5),
      '-': () => zoom(2),
      '0': () => zoom('all'),
      Escape: () => {
        if (item) chart.current?.dispatchAction({ type: 'downplay', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
        chart.current?.dispatchAction({ type: 'hideTip' });
        setSelected(undefined);
      },
    };
    const handler = step[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };

  if (!items) return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
  return (
    <div>
      <div
        ref={element}
        className="chart-keyboard"
        role="application"
        aria-roledescription="picture with keyboard navigation"
        aria-label={label}
        aria-describedby={`${hintId} ${statusId}`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ width: '100%', height }}
      />
      <p id={statusId} className="chart-status" aria-live="polite">
        {item ? `${selected! + 1} of ${items.length}: ${item.label}${item.action && onItemClick ? ` (Enter: ${item.action})` : ''}` : ''}
      </p>
      <p id={hintId} className="chart-hint">
        {KEYS_HINT}
      </p>
    </div>
  );
}

/**
 * The x axis' current window (after any zoom), in axis values. ECharts has no public getter for it: this reads the axis
 * model; should that ever change, every mark counts as outside, and stepping to one zooms out (still correct, just wider).
 */
function xWindow(instance: echarts.ECharts): number[] {
  try {
    const model = (
      instance as unknown as { getModel(): { getComponent(kind: string, index: number): { axis: { scale: { getExtent(): number[] } } } } }
    ).getModel();
    return model.getComponent('xAxis', 0).axis.scale.getExtent();
  } catch {
    return [Infinity, -Infinity];
  }
}

export default EChart;
