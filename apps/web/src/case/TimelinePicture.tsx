import { Button, Group, Text } from '@mantine/core';
import { AxisBottom } from '@visx/axis';
import { scaleUtc } from '@visx/scale';
import { useId, useState } from 'react';
import { plainTickLabel } from '../components/plain-tick-label';
import { KeyboardPicture, type Tip } from '../components/KeyboardPicture';
import { fromUtc } from '../lib/dates';
import { RULE_STYLE, type PictureMark, type TimelineMarker, type TimelineModel } from './timeline-model';

const LANE_PX = 40;
/** Each rule's tag has its own row above the lanes (rows in date order): tags of close rules never overlap. */
const TAG_ROW_PX = 15;
const AXIS_PX = 34;
const RIGHT_PX = 24;
const LABEL_GREY = '#495057';

const lanesTop = (model: TimelineModel) => 8 + model.rules.length * TAG_ROW_PX;
export const timelineHeight = (model: TimelineModel) => lanesTop(model) + model.lanes.length * LANE_PX + AXIS_PX;

/** Text width estimate (SVG text is not measured: a measurement would force a layout): ~0.58 em a character. */
const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.58;

/**
 * Date ticks ~64 px apart at least: d3's nice ticks for the width, then every 2nd, 3rd… if they are still too close (d3 has
 * no 6-month step), counted from a 1 January so the year keeps its label.
 */
export function spacedTicks(x: ReturnType<typeof scaleUtc<number>>, plotPx: number): Date[] {
  const ticks = x.ticks(Math.max(2, Math.floor(plotPx / 64)));
  const step = Math.max(1, Math.ceil((ticks.length * 64) / plotPx));
  const january = Math.max(
    0,
    ticks.findIndex((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1),
  );
  return ticks.filter((_, i) => (((i - january) % step) + step) % step === 0);
}

/** A marker's shape centred on (x, y): ■ notice, ◆ dispute step, ▲ final repair, a pin for a deadline. */
function markerPath(shape: TimelineMarker['shape'], x: number, y: number) {
  switch (shape) {
    case 'rect':
      return `M${x - 6},${y - 6}h12v12h-12Z`;
    case 'diamond':
      return `M${x},${y - 8}L${x + 8},${y}L${x},${y + 8}L${x - 8},${y}Z`;
    case 'triangle':
      return `M${x},${y - 8}L${x + 8},${y + 6}L${x - 8},${y + 6}Z`;
    case 'pin':
      return `M${x},${y + 8}L${x - 5.2},${y - 1}A6,6 0 1 1 ${x + 5.2},${y - 1}Z`;
  }
}

/**
 * The case's timeline, drawn with visx (SVG in React's own render): a lane per defect with its repair visits, the merged days
 * out of service, notices and dispute steps, deadline pins by status; the presumption period (band and bar), its ends, the
 * warranty's end and today as rules with tags. Hover or keyboard focus shows a mark's words; a click (or Enter) on a repair
 * visit calls `onCorrect`. The first view runs to a little past the last visit; + / − zoom, 0 (or "Whole timeline") shows all.
 */
export function TimelinePicture({
  model,
  label,
  onCorrect,
}: {
  model: TimelineModel;
  label: string;
  /** Absent in a read-only view: nothing to click. */
  onCorrect?: (repairAttemptId: string) => void;
}) {
  const [shown, setShown] = useState(model);
  const [selected, setSelected] = useState<number>();
  const [hovered, setHovered] = useState<string>();
  const [window, setWindow] = useState<[number, number]>(model.view);
  // New data (e.g. after a correction): start again from the first view, nothing selected.
  if (shown !== model) {
    setShown(model);
    setSelected(undefined);
    setHovered(undefined);
    setWindow(model.view);
  }
  const clipId = `timeline-clip-${useId().replace(/[^\w-]/g, '')}`;
  const { marks, lanes, whole } = model;
  const height = timelineHeight(model);
  const top = lanesTop(model);

  const select = (index: number | undefined) => {
    const mark = index === undefined ? undefined : marks[index];
    // A mark outside the zoomed window could not show its tooltip: the whole picture first.
    if (mark && (mark.x < window[0] || mark.x > window[1])) setWindow(whole);
    setSelected(index);
  };
  const zoom = (how: 'in' | 'out' | 'whole') => {
    if (how === 'whole') return setWindow(whole);
    const span = window[1] - window[0];
    const next = Math.min(whole[1] - whole[0], Math.max((whole[1] - whole[0]) / 25, how === 'in' ? span / 2 : span * 2));
    const centre = (window[0] + window[1]) / 2;
    const start = Math.min(Math.max(whole[0], centre - next / 2), whole[1] - next);
    setWindow([start, start + next]);
  };
  const act = (mark: PictureMark) => {
    if (mark.repairAttemptId && onCorrect) onCorrect(mark.repairAttemptId);
  };
  const later = marks.filter((m) => m.x > window[1]).length;
  const selectedKey = selected === undefined ? undefined : marks[selected]?.key;
  const tipKey = hovered ?? selectedKey;

  const draw = (width: number) => {
    // A phone: lane names sit above each lane's marks (full width, no truncation), so the time axis keeps the whole width.
    const compact = width < 560;
    const labelPx = compact ? 8 : 178;
    const laneTop = (lane: number) => top + lane * LANE_PX;
    const laneY = (lane: number) => laneTop(lane) + (compact ? 25 : LANE_PX / 2);
    const right = width - RIGHT_PX;
    const x = scaleUtc({ domain: [new Date(window[0]), new Date(window[1])], range: [labelPx, right] });
    const inPlot = (px: number) => Math.min(right, Math.max(labelPx, px));
    const lit = (key: string) => key === selectedKey || key === hovered;
    const pointer = (key: string) => ({ onMouseEnter: () => setHovered(key), onMouseLeave: () => setHovered(undefined) });
    const laneFont = compact ? 10 : 12;
    const laneChars = compact ? Infinity : Math.floor((labelPx - 10) / (laneFont * 0.58));
    const plotBottom = top + lanes.length * LANE_PX;
    const laneNames = lanes.map((name, lane) => (
      <text
        key={lane}
        x={compact ? labelPx : labelPx - 8}
        y={compact ? laneTop(lane) + 11 : laneY(lane)}
        textAnchor={compact ? 'start' : 'end'}
        dominantBaseline={compact ? undefined : 'middle'}
        fontSize={laneFont}
        fill={LABEL_GREY}
        // Over the band and the rules on a phone: a white halo keeps the name legible.
        stroke={compact ? 'white' : undefined}
        strokeWidth={compact ? 3 : undefined}
        paintOrder="stroke"
      >
        {name.length > laneChars ? `${name.slice(0, laneChars - 1)}…` : name}
        <title>{name}</title>
      </text>
    ));

    // Deadline flags take turns above and below their pin; a flag that would overlap the last one drawn on its side is
    // left out (its pin, tooltip and the table view keep it).
    const lastRight = { above: -Infinity, below: -Infinity };
    const flags = model.markers
      .filter((m) => m.flag)
      .map((m, i) => {
        // On a phone the lane's name is above the pins: flags go beside them, one row.
        const side = i % 2 && !compact ? ('below' as const) : ('above' as const);
        const at = x(m.x);
        let text = m.flag!;
        if (compact) {
          // Beside the pin, on the side with more room, cut to fit (the tooltip and the table keep the whole title).
          const room = Math.max(width - at, at) - 10;
          const fits = Math.floor(room / (10 * 0.58));
          if (text.length > fits) text = fits >= 10 ? `${text.slice(0, fits - 1)}…` : '';
        }
        const w = textWidth(text, 10);
        const left = compact ? (width - at >= at ? at + 8 : at - 8 - w) : Math.min(Math.max(at - w / 2, labelPx), right - w);
        if (!text || at < labelPx || at > right || left < Math.max(lastRight[side] + 6, 0)) return undefined;
        lastRight[side] = left + w;
        const y = compact ? laneY(m.lane) + 3 : side === 'above' ? laneY(m.lane) - 12 : laneY(m.lane) + 20;
        return { key: m.key, text, left, y };
      })
      .filter((f) => f !== undefined);

    const anchor = (key: string): Tip | undefined => {
      const bar = model.bars.find((b) => b.key === key);
      if (bar) return { key, left: inPlot((x(bar.from) + x(bar.to)) / 2), top: laneY(bar.lane) };
      const marker = model.markers.find((m) => m.key === key);
      if (marker) return { key, left: x(marker.x), top: laneY(marker.lane) };
      const row = model.rules.findIndex((r) => r.key === key);
      if (row >= 0) return { key, left: inPlot(x(model.rules[row].x)), top: 4 + row * TAG_ROW_PX };
      return undefined;
    };
    const tip = tipKey === undefined ? undefined : anchor(tipKey);

    const picture = (
      <svg width={width} height={height} aria-hidden="true" style={{ display: 'block' }}>
        <defs>
          <clipPath id={clipId}>
            <rect x={labelPx} y={0} width={Math.max(0, right - labelPx)} height={height} />
          </clipPath>
        </defs>
        {lanes.map((lane, i) => (
          <line key={lane + i} x1={labelPx} x2={right} y1={laneTop(i + 1)} y2={laneTop(i + 1)} stroke="#e9ecef" />
        ))}
        {!compact && laneNames}
        <g clipPath={`url(#${clipId})`}>
          {model.band && (
            <rect
              x={x(model.band.from)}
              y={top}
              width={Math.max(0, x(model.band.to) - x(model.band.from))}
              height={lanes.length * LANE_PX}
              fill="rgba(64, 192, 87, 0.10)"
            />
          )}
          {model.bars.map((bar) => {
            const h = LANE_PX * (bar.thin ? 0.3 : 0.55);
            const from = x(bar.from);
            const w = Math.max(3, x(bar.to) - from);
            const correctable = bar.repairAttemptId !== undefined && onCorrect !== undefined;
            return (
              <g
                key={bar.key}
                data-mark={bar.key}
                {...pointer(bar.key)}
                onClick={correctable ? () => onCorrect(bar.repairAttemptId!) : undefined}
                style={correctable ? { cursor: 'pointer' } : undefined}
              >
                <rect
                  x={from}
                  y={laneY(bar.lane) - h / 2}
                  width={w}
                  height={h}
                  fill={bar.colour}
                  stroke={lit(bar.key) ? '#212529' : undefined}
                  strokeWidth={2}
                />
                {/* A one-day visit is 3 px wide: a wider, invisible target for the pointer. */}
                {w < 12 && <rect x={from + w / 2 - 6} y={laneY(bar.lane) - h / 2} width={12} height={h} fill="transparent" />}
              </g>
            );
          })}
          {model.rules.map((rule) => {
            const style = RULE_STYLE[rule.line];
            const at = x(rule.x);
            return (
              <g key={rule.key} data-mark={rule.key} {...pointer(rule.key)}>
                <line
                  x1={at}
                  x2={at}
                  y1={top}
                  y2={plotBottom}
                  stroke={style.colour}
                  strokeWidth={lit(rule.key) ? style.width + 1 : style.width}
                  strokeDasharray={style.dash}
                />
                <line x1={at} x2={at} y1={top} y2={plotBottom} stroke="transparent" strokeWidth={10} />
              </g>
            );
          })}
          {model.markers.map((m) => (
            <path
              key={m.key}
              data-mark={m.key}
              d={markerPath(m.shape, x(m.x), laneY(m.lane))}
              fill={m.colour}
              stroke={lit(m.key) ? '#212529' : 'white'}
              strokeWidth={lit(m.key) ? 2 : 1}
              {...pointer(m.key)}
            />
          ))}
          {flags.map((f) => (
            // A white halo: where a flag crosses the today or period-end rule, the rule stops short of the letters.
            <text key={f.key} x={f.left} y={f.y} fontSize={10} fill="#343a40" stroke="white" strokeWidth={3} paintOrder="stroke">
              {f.text}
            </text>
          ))}
        </g>
        {compact && laneNames}
        {model.rules.map((rule, row) => {
          const at = x(rule.x);
          if (at < labelPx || at > right) return null;
          const w = textWidth(rule.tag, 11);
          const anchorAt = at - w / 2 < labelPx ? 'start' : at + w / 2 > right ? 'end' : 'middle';
          return (
            <text
              key={rule.key}
              x={at}
              y={4 + (row + 1) * TAG_ROW_PX - 3}
              textAnchor={anchorAt}
              fontSize={11}
              fontWeight="bold"
              fill={RULE_STYLE[rule.line].colour}
              {...pointer(rule.key)}
            >
              {rule.tag}
            </text>
          );
        })}
        <AxisBottom
          top={plotBottom + 4}
          scale={x}
          tickValues={spacedTicks(x, right - labelPx)}
          stroke="#adb5bd"
          tickStroke="#adb5bd"
          tickLabelProps={{ fill: LABEL_GREY, fontSize: 11, textAnchor: 'middle' }}
          tickComponent={plainTickLabel}
        />
      </svg>
    );
    return { picture, tip };
  };

  return (
    <>
      <KeyboardPicture
        label={label}
        height={height}
        marks={marks}
        selected={selected}
        onSelect={select}
        onAction={onCorrect ? act : undefined}
        onZoom={zoom}
      >
        {draw}
      </KeyboardPicture>
      <Group gap="xs" justify="space-between" mt={4}>
        <Text size="xs" className="tabular">
          Showing {fromUtc(window[0])} → {fromUtc(window[1])}
          {later ? ` · ${later} more ${later === 1 ? 'mark' : 'marks'} later` : ''}
        </Text>
        <Group gap={4}>
          <Button size="compact-xs" variant="default" onClick={() => zoom('in')}>
            Zoom in
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => zoom('out')}>
            Zoom out
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => zoom('whole')}>
            Whole timeline
          </Button>
        </Group>
      </Group>
    </>
  );
}
