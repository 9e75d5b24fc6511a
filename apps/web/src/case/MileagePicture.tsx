import { AxisBottom, AxisLeft } from '@visx/axis';
import { scaleLinear, scaleUtc } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useState } from 'react';
import { plainTickLabel } from '../components/plain-tick-label';
import { KeyboardPicture } from '../components/KeyboardPicture';
import { DAY_MS } from '../lib/dates';
import type { mileageModel } from './timeline-model';
import { spacedTicks } from './TimelinePicture';

const HEIGHT = 240;
const MARGIN = { right: 24, bottom: 30, left: 64 };
const LEGEND_ROW_PX = 16;
const READINGS = '#1864ab';
const LIMIT = '#c92a2a';
const TREND = '#495057';
const LABEL_GREY = '#495057';

/** Odometer readings over time, the statutory mileage limit as a line and the trend estimate to it (visx SVG). */
export function MileagePicture({ model, label }: { model: ReturnType<typeof mileageModel>; label: string }) {
  const [shown, setShown] = useState(model);
  const [selected, setSelected] = useState<number>();
  const [hovered, setHovered] = useState<string>();
  if (shown !== model) {
    setShown(model);
    setSelected(undefined);
    setHovered(undefined);
  }
  const { readings, limit, trend, marks } = model;
  const tipKey = hovered ?? (selected === undefined ? undefined : marks[selected]?.key);

  const draw = (width: number) => {
    const xs = [...readings.map((r) => r.x), ...(trend ?? []).map((t) => t.x)];
    const x = scaleUtc({
      domain: [new Date(Math.min(...xs) - 10 * DAY_MS), new Date(Math.max(...xs) + 10 * DAY_MS)],
      range: [MARGIN.left, width - MARGIN.right],
    });
    // The legend's entries side by side, wrapping to a second row on a phone.
    let [legendX, legendRow] = [8, 0];
    const legend = [
      { text: 'Odometer readings', colour: READINGS },
      ...(limit !== undefined ? [{ text: 'Statutory limit', colour: LIMIT }] : []),
      ...(trend ? [{ text: 'Trend (est.)', colour: TREND, dash: '5 4' }] : []),
    ].map((entry) => {
      const w = 28 + entry.text.length * 11 * 0.58 + 18;
      if (legendX + w > width && legendX > 8) [legendX, legendRow] = [8, legendRow + 1];
      const at = { ...entry, left: legendX, top: 10 + legendRow * LEGEND_ROW_PX };
      legendX += w;
      return at;
    });
    const plotTop = 18 + (legendRow + 1) * LEGEND_ROW_PX;
    const most = Math.max(limit ?? 0, ...readings.map((r) => r.miles)) * 1.08 || 1000;
    const y = scaleLinear({ domain: [0, most], range: [HEIGHT - MARGIN.bottom, plotTop], nice: true });
    const point = readings.find((r) => r.key === tipKey);
    const picture = (
      <svg width={width} height={HEIGHT} aria-hidden="true" style={{ display: 'block' }}>
        {legend.map((entry) => (
          <g key={entry.text} transform={`translate(${entry.left}, ${entry.top})`}>
            <line x1={0} x2={22} y1={0} y2={0} stroke={entry.colour} strokeWidth={2} strokeDasharray={entry.dash} />
            <text x={28} y={0} dominantBaseline="middle" fontSize={11} fill="#343a40">
              {entry.text}
            </text>
          </g>
        ))}
        <AxisLeft
          left={MARGIN.left}
          scale={y}
          numTicks={5}
          tickFormat={(v) => Number(v).toLocaleString('en-US')}
          stroke="#adb5bd"
          tickStroke="#adb5bd"
          tickLabelProps={{ fill: LABEL_GREY, fontSize: 11, textAnchor: 'end', dx: -4, dy: 3 }}
          tickComponent={plainTickLabel}
          label="miles"
          labelProps={{ fill: LABEL_GREY, fontSize: 11, textAnchor: 'middle' }}
          labelOffset={40}
        />
        <AxisBottom
          top={HEIGHT - MARGIN.bottom}
          scale={x}
          tickValues={spacedTicks(x, width - MARGIN.left - MARGIN.right)}
          stroke="#adb5bd"
          tickStroke="#adb5bd"
          tickLabelProps={{ fill: LABEL_GREY, fontSize: 11, textAnchor: 'middle' }}
          tickComponent={plainTickLabel}
        />
        {limit !== undefined && (
          <g>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(limit)} y2={y(limit)} stroke={LIMIT} strokeWidth={1.5} />
            <text x={width - MARGIN.right} y={y(limit) - 4} textAnchor="end" fontSize={11} fill={LIMIT}>
              limit {limit.toLocaleString('en-US')} mi
            </text>
          </g>
        )}
        {trend && (
          <LinePath data={[...trend]} x={(d) => x(d.x)} y={(d) => y(d.miles)} stroke={TREND} strokeWidth={1.5} strokeDasharray="5 4" />
        )}
        <LinePath data={readings} x={(d) => x(d.x)} y={(d) => y(d.miles)} stroke={READINGS} strokeWidth={2} />
        {readings.map((r) => {
          const lit = r.key === tipKey;
          return (
            <circle
              key={r.key}
              data-mark={r.key}
              cx={x(r.x)}
              cy={y(r.miles)}
              r={lit ? 6 : 4}
              fill={READINGS}
              stroke={lit ? '#212529' : 'white'}
              strokeWidth={lit ? 2 : 1}
              onMouseEnter={() => setHovered(r.key)}
              onMouseLeave={() => setHovered(undefined)}
            />
          );
        })}
      </svg>
    );
    return { picture, tip: point && { key: point.key, left: x(point.x), top: y(point.miles) } };
  };

  return (
    <KeyboardPicture label={label} height={HEIGHT} marks={marks} selected={selected} onSelect={setSelected}>
      {draw}
    </KeyboardPicture>
  );
}
