// "Keyboard shortcuts": a modal dialog listing shortcuts.js, opened with "?" or from the "More options" menu.
// A native <dialog> opened with showModal(): the browser makes the rest of the page inert, closes it on Escape and
// announces it as a modal dialog; we keep Tab inside it, label it and give focus back to what opened it.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { keysOf, SHORTCUTS } from './shortcuts.js';

/**
 * @param {HTMLElement} root where the dialog lives (the .conf element, so it stays visible in full screen).
 * @returns {{el: HTMLDialogElement, open(), close()}}
 */
export function helpDialog(root) {
  const close = h('button', { type: 'button', class: 'btn btn-primary conf-dialog-close', onclick: () => el.close() },
    t('common.close'));
  const rows = SHORTCUTS.map((shortcut) => h('div', { class: 'conf-keys-row' },
    h('dt', {}, t(`call.shortcut.${shortcut.action}`)),
    h('dd', {}, keysOf(shortcut).flatMap((key, i) => [i > 0 ? ' + ' : null, h('kbd', {}, key)]))));
  const el = h('dialog', { class: 'conf-dialog', 'aria-labelledby': 'conf-help-title', 'aria-describedby': 'conf-help-hint' },
    h('h2', { id: 'conf-help-title', class: 'conf-dialog-title' }, t('call.help.title')),
    h('p', { id: 'conf-help-hint', class: 'conf-dialog-hint' }, t('call.help.hint')),
    h('dl', { class: 'conf-keys' }, rows),
    h('div', { class: 'conf-dialog-actions' }, close));
  let opener = null;
  // A click on the backdrop (outside the dialog's box) closes it, as in Meet.
  el.addEventListener('click', (event) => {
    if (event.target !== el) return;
    const box = el.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) el.close();
  });
  // showModal() makes the page inert, but Tab past the last button would leave for the browser's own UI: keep it inside.
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...el.querySelectorAll('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  });
  el.addEventListener('close', () => opener?.focus?.());
  root.append(el);
  return {
    el,
    open() {
      if (el.open) return;
      opener = document.activeElement;
      el.showModal();
      close.focus();
    },
    close: () => el.close(),
  };
}
