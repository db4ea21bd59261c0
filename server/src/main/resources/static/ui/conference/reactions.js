// Reactions: the "Reactions" button opens a palette of emoji above the bar; a pick is sent and the palette closes (like
// Meet's), as do Escape and a click elsewhere. Reactions from anyone float over their tile for a few seconds.

import { h } from '../dom.js';
import { t } from '../strings.js';

/** The emoji palette; the server accepts exactly these. */
const REACTIONS = ['👍', '👏', '❤️', '😂', '😮', '🎉'];
/** How long a reaction floats over its tile (ms): long enough to notice, short enough not to clutter. */
const REACTION_MS = 4000;

/**
 * @param {(emoji: string) => void} send sends the reaction (errors are shown by the caller).
 * @returns {{button: HTMLElement, palette: HTMLElement, close(): void}}
 */
export function reactionPicker(send) {
  const button = h('button', { type: 'button', class: 'conf-btn mod-react-btn', 'aria-label': t('call.reactions'),
    title: t('call.reactions'), 'aria-expanded': 'false', 'aria-controls': 'conf-reactions' }, '😊');
  const palette = h('div', { class: 'mod-palette', id: 'conf-reactions', role: 'group', 'aria-label': t('call.reactions'),
    hidden: true }, REACTIONS.map((emoji) => h('button', { type: 'button', class: 'mod-emoji',
    'aria-label': t('call.react', { emoji }), onclick: () => {
      close(true);
      send(emoji);
    } }, emoji)));
  const outside = (event) => {
    if (!palette.contains(event.target) && !button.contains(event.target)) close(false);
  };
  const open = () => {
    palette.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', outside, true);
    palette.querySelector('button').focus();
  };
  function close(focusButton) {
    if (palette.hidden) return;
    palette.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', outside, true);
    // Back to the button only when it is on screen (on a phone it sits in the "More" menu).
    if (focusButton && button.getClientRects().length > 0) button.focus();
  }
  button.addEventListener('click', () => (palette.hidden ? open() : close(true)));
  palette.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close(true);
    }
  });
  return { button, palette, close: () => close(false) };
}

/** Floats emoji over a tile for REACTION_MS. */
export function showReaction(tile, emoji) {
  const bubble = h('span', { class: 'mod-reaction', role: 'img', 'aria-label': t('call.reaction', { emoji }) }, emoji);
  tile.el.append(bubble);
  setTimeout(() => bubble.remove(), REACTION_MS);
}
