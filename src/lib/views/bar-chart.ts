/**
 * Geometry of a small grouped bar chart: one block per category (a term), one horizontal bar per
 * series (a current) in it, each bar named by its series in text, so the chart reads without colour.
 */

/** One bar's input: its series' short name and class, its value and how the value is written. */
export interface BarInput {
  series: string;
  seriesClass: string;
  value: number;
  text: string;
}

/** A laid-out bar. */
export interface Bar extends BarInput {
  y: number;
  width: number;
  /** Where its value is written. */
  valueX: number;
}

/** A laid-out category: its label line and its bars. */
export interface BarBlock {
  label: string;
  labelY: number;
  bars: Bar[];
}

/** The whole chart. */
export interface BarChart {
  width: number;
  height: number;
  /** Left edge of the bars (series names sit left of it). */
  barX: number;
  barHeight: number;
  blocks: BarBlock[];
}

const WIDTH = 320;
const BAR_X = 48;
/** Room right of the longest bar for its value. */
const VALUE_ROOM = 40;
const BAR_HEIGHT = 9;
const BAR_GAP = 3;
const LABEL_HEIGHT = 16;
const BLOCK_GAP = 10;

/**
 * Lay out the chart; bars are scaled to the largest value (a chart of zeros draws no bars).
 * @example layoutBarChart([{ label: 'a', bars: [{ series: 'X', seriesClass: 'x', value: 2, text: '2' }] }]).blocks[0]?.bars[0]?.width
 * // 232
 */
export function layoutBarChart(categories: { label: string; bars: BarInput[] }[]): BarChart {
  const max = Math.max(0, ...categories.flatMap((c) => c.bars.map((b) => b.value)));
  const span = WIDTH - BAR_X - VALUE_ROOM;
  let y = 0;
  const blocks = categories.map((c) => {
    const labelY = y + LABEL_HEIGHT - 4;
    y += LABEL_HEIGHT;
    const bars = c.bars.map((b) => {
      const width = max > 0 ? Math.round((b.value / max) * span) : 0;
      const bar = { ...b, y, width, valueX: BAR_X + width + 4 };
      y += BAR_HEIGHT + BAR_GAP;
      return bar;
    });
    y += BLOCK_GAP;
    return { label: c.label, labelY, bars };
  });
  return { width: WIDTH, height: Math.max(y - BLOCK_GAP, 1), barX: BAR_X, barHeight: BAR_HEIGHT, blocks };
}
