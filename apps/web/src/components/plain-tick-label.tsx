import type { TickRendererProps } from '@visx/axis';

/**
 * An axis tick label as one plain SVG `<text>`. visx draws tick labels with `<Text>` (@visx/text), which measures every
 * word by putting it in the document and asking its length: a forced layout per new label, on the case page's first
 * render. Our tick labels are one short line each, placed by the same props (x, y, anchor, offsets, font).
 */
export function plainTickLabel({ formattedValue, x, y, dx, dy, fill, fontSize, fontFamily, textAnchor }: TickRendererProps) {
  return (
    <text x={x} y={y} dx={dx} dy={dy} fill={fill} fontSize={fontSize} fontFamily={fontFamily} textAnchor={textAnchor}>
      {formattedValue}
    </text>
  );
}
