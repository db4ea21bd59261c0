// Keyboard shortcuts of the call, chosen like Google Meet's so people need not learn new ones: Ctrl+D (⌘D on a Mac)
// microphone, Ctrl+E camera, Ctrl+Alt+H hand, Ctrl+Alt+C chat, Ctrl+Alt+P participants, "?" this list. The modifier
// shortcuts work while typing in the chat (none of them is text editing in a textarea); "?" only outside a text field, so
// it can still be typed in a message. Letters are matched by event.code (the key's position): Alt on a Mac changes
// event.key ("˙" for Alt+H), and other keyboard layouts keep the same physical key.

import { t } from '../strings.js';

/** In the order the help dialog lists them. */
export const SHORTCUTS = [
  { action: 'microphone', mod: true, code: 'KeyD' },
  { action: 'camera', mod: true, code: 'KeyE' },
  { action: 'hand', mod: true, alt: true, code: 'KeyH' },
  { action: 'chat', mod: true, alt: true, code: 'KeyC' },
  { action: 'people', mod: true, alt: true, code: 'KeyP' },
  { action: 'help', key: '?' },
];

/** True on macOS and iOS, where people press ⌘ (metaKey) instead of Ctrl. */
export function isApple(platform = navigator.userAgentData?.platform || navigator.platform || '') {
  return /mac|iphone|ipad/i.test(platform);
}

/**
 * The action a key press asks for, or null. Pure, for tests.
 * @param {{key: string, code: string, ctrlKey: boolean, metaKey: boolean, altKey: boolean, shiftKey: boolean}} event
 * @param {{apple: boolean, typing: boolean}} context typing: focus is in a text field.
 */
export function shortcutFor(event, { apple, typing }) {
  const mod = apple ? event.metaKey : event.ctrlKey;
  const otherMod = apple ? event.ctrlKey : event.metaKey;
  for (const shortcut of SHORTCUTS) {
    if (shortcut.key) {
      if (!typing && event.key === shortcut.key && !event.ctrlKey && !event.metaKey && !event.altKey) return shortcut.action;
    } else if (mod && !otherMod && !event.shiftKey && event.code === shortcut.code && Boolean(shortcut.alt) === event.altKey) {
      return shortcut.action;
    }
  }
  return null;
}

/** How a shortcut is written for people: "Ctrl + Alt + H", "⌘ + ⌥ + H", "?". */
export function keysOf(shortcut, apple = isApple()) {
  if (shortcut.key) return [shortcut.key];
  return [apple ? '⌘' : t('call.keys.ctrl'), shortcut.alt ? (apple ? '⌥' : t('call.keys.alt')) : null,
    shortcut.code.replace('Key', '')].filter(Boolean);
}

/**
 * Listens on the document while the call is shown.
 * @param {Record<string, () => void>} actions what each action does (microphone, camera, hand, chat, people, help).
 * @param {() => boolean} active false when shortcuts must not fire (before joining, after leaving).
 * @returns {() => void} stops listening.
 */
export function attachShortcuts(actions, active) {
  const apple = isApple();
  const onKey = (event) => {
    if (event.repeat || event.defaultPrevented || !active()) return;
    const action = shortcutFor(event, { apple, typing: isTyping(event.target) });
    if (!action || !actions[action]) return;
    // Ctrl+D would bookmark the page and Ctrl+E focus the address bar: the call keeps them, as Meet does.
    event.preventDefault();
    actions[action]();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

function isTyping(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || target.matches('textarea, select, input:not([type=checkbox], [type=radio], [type=button])'));
}
