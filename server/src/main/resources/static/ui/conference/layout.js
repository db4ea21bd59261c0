// Sizes the remote tiles like a video-call grid: every tile keeps 16:9, and the column count is the one that gives the
// largest tiles that still fit the stage (3 people on a laptop: two side by side; 9 people: 3 × 3). Pure function plus a
// ResizeObserver that writes the result into CSS variables; CSS does the rest. Below: the grid/speaker view and pinning.

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

/**
 * Grid or speaker view, and pinning. The large ("main") tile is, in this order:
 * 1. the pinned tile (in either view: pinning means "show this one large");
 * 2. in speaker view, while someone shares a screen: none — the screen is the large one (screen-spotlight.js);
 * 3. in speaker view otherwise: the most recent speaker this page heard (speaker-watch.js measures the audio level of each
 *    remote microphone), else the first person who was here.
 * It writes .conf[data-view="grid"|"speaker"] and .conf-tile.is-main; conference.css draws the speaker view as the main
 * tile over a strip of the others.
 */
export class StageLayout {
  /**
   * @param {object} options
   * @param {HTMLElement} options.root the .conf element.
   * @param {() => Map<string, {el: HTMLElement, setPinned(pinned: boolean): void}>} options.tiles the remote tiles, in join order.
   * @param {() => boolean} options.screenShared someone shares a screen (the spotlight shows it).
   */
  constructor({ root, tiles, screenShared }) {
    this.root = root;
    this.tiles = tiles;
    this.screenShared = screenShared;
    this.mode = 'grid';
    this.pinned = null;
    this.speaker = null;
    // Tiles announce pin requests with a bubbling event (tile.js), so a tile needs no reference to the layout.
    root.addEventListener('conf-pin', (event) => this.togglePin(event.detail.participantId));
    this.refresh();
  }

  setMode(mode) {
    this.mode = mode;
    this.refresh();
  }

  togglePin(participantId) {
    this.pinned = this.pinned === participantId ? null : participantId;
    this.refresh();
  }

  /** Someone was heard speaking: the speaker view follows them (when nothing is pinned). */
  heard(participantId) {
    if (this.speaker === participantId) return;
    this.speaker = participantId;
    if (this.mode === 'speaker' && !this.pinned) this.refresh();
  }

  /** The participant whose tile is large, or null (grid, or the shared screen is large). */
  main() {
    const tiles = this.tiles();
    if (this.pinned && !tiles.has(this.pinned)) this.pinned = null;
    if (this.pinned) return this.pinned;
    if (this.mode !== 'speaker' || this.screenShared() || tiles.size === 0) return null;
    return tiles.has(this.speaker) ? this.speaker : tiles.keys().next().value;
  }

  refresh() {
    const main = this.main();
    const tiles = this.tiles();
    for (const [id, tile] of tiles) {
      tile.el.classList.toggle('is-main', id === main);
      tile.setPinned(id === this.pinned);
    }
    this.root.dataset.view = main ? 'speaker' : 'grid';
    this.root.dataset.mode = this.mode;
    this.root.dataset.pinned = this.pinned ? 'true' : 'false';
    this.root.dataset.strip = main && tiles.size === 1 ? 'empty' : 'full';
    this.root.style.setProperty('--strip-count', String(Math.max(1, tiles.size - (main ? 1 : 0))));
  }
}
