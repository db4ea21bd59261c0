// Sizes the remote tiles like a video-call grid: every tile keeps 16:9, and the column count is the one that gives the
// largest tiles that still fit the stage (3 people on a laptop: two side by side; 9 people: 3 × 3). Pure function plus a
// ResizeObserver that writes the result into CSS variables; CSS does the rest.

const ASPECT = 16 / 9;

/**
 * @param {number} width stage width in CSS px
 * @param {number} height stage height in CSS px
 * @param {number} count tiles
 * @param {number} gap space between tiles in CSS px
 * @returns {{columns: number, tileWidth: number}} the layout with the largest tile area
 */
export function bestGrid(width, height, count, gap) {
  let best = { columns: 1, tileWidth: 0 };
  for (let columns = 1; columns <= Math.max(1, count); columns++) {
    const rows = Math.ceil(count / columns);
    const byWidth = (width - (columns - 1) * gap) / columns;
    const byHeight = ((height - (rows - 1) * gap) / rows) * ASPECT;
    const tileWidth = Math.floor(Math.max(0, Math.min(byWidth, byHeight)));
    if (tileWidth > best.tileWidth) best = { columns, tileWidth };
  }
  return best;
}

/** Keeps `grid`'s --tile-width in step with its size and its number of children; returns a function that stops it. */
export function autoLayout(grid, gap) {
  const apply = () => {
    const { tileWidth } = bestGrid(grid.clientWidth, grid.clientHeight, grid.children.length, gap);
    grid.style.setProperty('--tile-width', `${tileWidth}px`);
  };
  const resize = new ResizeObserver(apply);
  const children = new MutationObserver(apply);
  resize.observe(grid);
  children.observe(grid, { childList: true });
  apply();
  return () => {
    resize.disconnect();
    children.disconnect();
  };
}
