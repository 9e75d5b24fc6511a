import { Tooltip } from '@visx/tooltip';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One mark of a picture that the keyboard can step to. */
export interface KeyboardMark {
  key: string;
  /** What the mark means, in words: said on each step, shown in its tooltip. */
  label: string;
  /** When the mark does something (e.g. correct a repair visit): Enter does it, as a click does. */
  action?: string;
}

/** Where the tooltip of a mark sits, in the picture's pixels (its anchor: a bar's middle, a marker's centre). */
export interface Tip {
  key: string;
  left: number;
  top: number;
}

/**
 * The container's width, read once in a layout effect (the picture is drawn before the first paint, at the right width),
 * then followed with a ResizeObserver. Until then `undefined`: the box keeps its height, so nothing below it moves.
 */
function useWidth() {
  const element = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const box = element.current;
    if (!box) return;
    // jsdom (component tests) has no layout: a desktop width there.
    setWidth(box.clientWidth || 800);
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry.contentRect.width);
      if (next > 0) setWidth(next);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [element, width] as const;
}

/**
 * A picture (SVG drawn by its parent) that is one keyboard stop: the arrow keys step through its marks in date order (Home,
 * End: first, last), each one is shown (tooltip and highlight, drawn by the parent from `selected`) and said in words
 * below it (a live region); Enter does what a click does; with `onZoom`, + and − zoom and 0 shows the whole picture.
 * `label` describes the picture as a whole; the marks' words are also in the page's table view.
 */
export function KeyboardPicture<Mark extends KeyboardMark>({
  label,
  height,
  marks,
  selected,
  onSelect,
  onAction,
  onZoom,
  children,
}: {
  label: string;
  height: number;
  marks: Mark[];
  selected: number | undefined;
  onSelect: (index: number | undefined) => void;
  onAction?: (mark: Mark) => void;
  onZoom?: (zoom: 'in' | 'out' | 'whole') => void;
  /** Draws the picture at the container's width, with the tooltip to show (hovered or selected mark) placed in it. */
  children: (width: number) => { picture: ReactNode; tip?: Tip };
}) {
  const [element, width] = useWidth();
  const hintId = useId();
  const statusId = useId();
  const mark = selected === undefined ? undefined : marks[selected];
  const drawn = width === undefined ? undefined : children(width);
  const tip = drawn?.tip;
  const tipped = tip && marks.find((m) => m.key === tip.key);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!marks.length) return;
    const last = marks.length - 1;
    const next = () => onSelect(selected === undefined ? 0 : Math.min(last, selected + 1));
    const previous = () => onSelect(selected === undefined ? last : Math.max(0, selected - 1));
    const keys: Record<string, (() => void) | undefined> = {
      ArrowRight: next,
      ArrowDown: next,
      ArrowLeft: previous,
      ArrowUp: previous,
      Home: () => onSelect(0),
      End: () => onSelect(last),
      Enter: () => {
        if (mark?.action && onAction) onAction(mark);
      },
      '+': onZoom && (() => onZoom('in')),
      '=': onZoom && (() => onZoom('in')),
      '-': onZoom && (() => onZoom('out')),
      '0': onZoom && (() => onZoom('whole')),
      Escape: () => onSelect(undefined),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };

  // The tooltip opens towards the middle of the picture, so it stays inside it at either edge.
  const flipX = tip && width !== undefined && tip.left > width / 2;
  const flipY = tip && tip.top > height / 2;
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
        style={{ position: 'relative', width: '100%', height, marginTop: 6 }}
      >
        {drawn?.picture}
        {tip && tipped && (
          <Tooltip
            left={tip.left}
            top={tip.top}
            offsetLeft={flipX ? -12 : 12}
            offsetTop={flipY ? -12 : 12}
            className="chart-tooltip"
            aria-hidden
            style={{ position: 'absolute', transform: `translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})` }}
          >
            {tipped.label}
            {tipped.action && onAction ? <em> · click or Enter: {tipped.action}</em> : null}
          </Tooltip>
        )}
      </div>
      <p id={statusId} className="chart-status" aria-live="polite">
        {mark ? `${selected! + 1} of ${marks.length}: ${mark.label}${mark.action && onAction ? ` (Enter: ${mark.action})` : ''}` : ''}
      </p>
      <p id={hintId} className="chart-hint">
        Arrow keys: step through the marks in date order (Home, End: first, last) · Enter: open the selected mark
        {onZoom ? ' · + and −: zoom · 0: whole picture' : ''} · Escape: clear
      </p>
    </div>
  );
}
