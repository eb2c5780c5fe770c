/**
 * Whether the summary table fits the room the pane gives it, measured on the preview's own box (the
 * task pane's width is the user's to drag, and the box is narrower than the window by the pane's
 * margins), and measured again whenever that box changes size (ResizeObserver).
 */
import { type RefObject, useLayoutEffect, useRef, useState } from "react";

/** The table's scroller's borders, left and right. */
const BORDERS_PX = 2;
/** What a browser gives an element whose font size cannot be read. */
const DEFAULT_FONT_PX = 16;

export interface TableFit {
  /** The box whose width is the room. */
  readonly box: RefObject<HTMLDivElement | null>;
  /** An element in the table's font: its em is the table's. */
  readonly ruler: RefObject<HTMLSpanElement | null>;
  /** Unknown until the box has been laid out (never, where nothing is laid out, as in jsdom). */
  readonly fits: boolean | undefined;
}

/**
 * The table is `widthEm` wide in its own font; where it is shown, its drawn width counts instead,
 * since a heading word wider than its column widens the table (table-layout: auto).
 */
export function useTableFits(widthEm: number): TableFit {
  const box = useRef<HTMLDivElement>(null);
  const ruler = useRef<HTMLSpanElement>(null);
  const [fits, setFits] = useState<boolean | undefined>(undefined);
  /** The widest the table was drawn, so that showing it once teaches what it needs. */
  const drawn = useRef(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const measure = (): void => {
      const room = element.clientWidth;
      // Not laid out (a hidden step): keep what was decided.
      if (room === 0) return;
      const table = element.querySelector("table");
      if (table) drawn.current = Math.max(drawn.current, table.offsetWidth);
      const em = ruler.current ? parseFloat(getComputedStyle(ruler.current).fontSize) : NaN;
      const needed = Math.max(widthEm * (Number.isFinite(em) ? em : DEFAULT_FONT_PX), drawn.current);
      setFits(room >= Math.ceil(needed) + BORDERS_PX);
    };
    // Before the first paint (a layout effect), so a narrow pane never flashes the table.
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [widthEm]);
  return { box, ruler, fits };
}
