// The "More options" menu of the control bar (WAI-ARIA menu button pattern). It holds two kinds of entries:
// 1. every bar button that CSS hid because the screen is narrow (conference.css hides buttons without data-bar="keep" on
//    phones): the entry presses that button, so a phone reaches everything a laptop shows in the bar;
// 2. the entries that live only here (layout, hide self view, full screen, keyboard shortcuts), added with addItem().
// The list is rebuilt at every opening, so it always matches what the bar shows at that moment.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { confIcon } from './icons.js';

/**
 * @param {object} options
 * @param {() => HTMLElement[]} options.barButtons the bar's buttons, in bar order (hidden ones become entries).
 * @returns {{button: HTMLElement, el: HTMLElement, addItem(item), open(), close(), isOpen(): boolean}}
 */
export function overflowMenu({ barButtons }) {
  const items = [];
  const button = h('button', { type: 'button', class: 'conf-btn conf-more', dataset: { bar: 'keep' },
    'aria-label': t('call.more'), title: t('call.more'), 'aria-haspopup': 'menu', 'aria-expanded': 'false',
    'aria-controls': 'conf-more-menu' }, confIcon('more'));
  const el = h('div', { class: 'conf-menu', id: 'conf-more-menu', role: 'menu', 'aria-label': t('call.more'), hidden: true });

  const entries = () => [...el.querySelectorAll('[role^="menuitem"]')];
  const isOpen = () => !el.hidden;

  function open() {
    const mirrored = barButtons().filter((b) => !b.hidden && !b.disabled && b.getClientRects().length === 0);
    const fixed = items.filter((item) => !item.visible || item.visible());
    const groups = [...new Set(fixed.map((item) => item.group))];
    el.replaceChildren(
      ...mirrored.map((source) => entry({ role: 'menuitem', label: source.getAttribute('aria-label'),
        icon: iconOf(source), pressed: source.getAttribute('aria-pressed'), onSelect: () => source.click() })),
      ...groups.flatMap((group, index) => [
        index > 0 || mirrored.length > 0 ? h('div', { role: 'separator', class: 'conf-menu-sep' }) : null,
        ...fixed.filter((item) => item.group === group).map((item) => entry({ ...item,
          label: typeof item.label === 'function' ? item.label() : item.label,
          checked: item.checked ? String(Boolean(item.checked())) : null })),
      ]).filter(Boolean));
    el.hidden = false;
    place();
    button.setAttribute('aria-expanded', 'true');
    entries()[0]?.focus();
    document.addEventListener('pointerdown', outside, true);
  }

  /** Above the "More" button, centred on it, but never past the window's edges. */
  function place() {
    const anchor = button.getBoundingClientRect();
    const width = el.offsetWidth;
    const left = Math.min(Math.max(8, anchor.left + anchor.width / 2 - width / 2), window.innerWidth - width - 8);
    el.style.left = `${Math.round(left)}px`;
    el.style.right = 'auto';
  }

  function close({ focusButton = false } = {}) {
    if (!isOpen()) return;
    el.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', outside, true);
    if (focusButton) button.focus();
  }

  function outside(event) {
    if (!el.contains(event.target) && !button.contains(event.target)) close();
  }

  function entry({ role, label, icon = null, checked = null, pressed = null, onSelect }) {
    const state = checked ?? (pressed === 'true' ? 'true' : null);
    return h('button', { type: 'button', role: role === 'menuitem' && state ? 'menuitemcheckbox' : role,
      class: 'conf-menu-item', tabindex: '-1', 'aria-checked': state ?? (role === 'menuitem' ? null : 'false'),
      onclick: () => {
        close({ focusButton: true });
        onSelect();
      } },
    h('span', { class: 'conf-menu-icon', 'aria-hidden': 'true' }, icon), h('span', { class: 'conf-menu-label' }, label));
  }

  el.addEventListener('keydown', (event) => {
    const list = entries();
    const at = list.indexOf(document.activeElement);
    const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      list[(moves[event.key] + list.length) % list.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close({ focusButton: true });
    } else if (event.key === 'Tab') {
      close();
    }
  });
  button.addEventListener('click', () => (isOpen() ? close() : open()));

  return {
    button,
    el,
    /**
     * @param {{id: string, group: string, role?: 'menuitem'|'menuitemcheckbox'|'menuitemradio', label: string|(() => string),
     *   icon?: Node, checked?: () => boolean, visible?: () => boolean, onSelect: () => void}} item
     */
    addItem(item) {
      items.push({ role: 'menuitem', ...item });
    },
    open,
    close,
    isOpen,
  };
}

/** The bar button's own icon (an svg) or text (the reactions emoji), copied for the menu entry. */
function iconOf(source) {
  const svg = source.querySelector('svg');
  if (svg) return svg.cloneNode(true);
  return source.firstChild?.nodeType === Node.TEXT_NODE ? source.firstChild.textContent : null;
}
