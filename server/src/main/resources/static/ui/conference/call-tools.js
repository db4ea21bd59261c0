// What the call offers beyond the media buttons, wired into a conference view: the "More options" menu (layout, hide self
// view, full screen, keyboard shortcuts, plus the bar buttons a narrow screen hides), pinning and the speaker view, the
// keyboard shortcuts and their help dialog.

import { t } from '../strings.js';
import { helpDialog } from './help-dialog.js';
import { confIcon } from './icons.js';
import { StageLayout } from './layout.js';
import { overflowMenu } from './overflow-menu.js';
import { attachShortcuts } from './shortcuts.js';
import { watchSpeaker } from './speaker-watch.js';

/**
 * @param {import('./conference-view.js').ConferenceView} view after its modules added their bar buttons.
 * @returns {{menu, layout: StageLayout, help}}
 */
export function attachCallTools(view) {
  const root = view.el;
  const bar = view.controls;
  const menu = overflowMenu({ barButtons: () => [...bar.el.querySelectorAll('.conf-btn'), ...bar.end.querySelectorAll('.conf-btn')] });
  bar.el.insertBefore(menu.button, bar.leave);
  root.append(menu.el);
  const help = helpDialog(root);
  const layout = new StageLayout({ root, tiles: () => view.tiles, screenShared: () => root.dataset.layout === 'spotlight' });

  for (const mode of ['grid', 'speaker']) {
    menu.addItem({ id: `layout-${mode}`, group: 'layout', role: 'menuitemradio', label: t(`call.layout.${mode}`),
      icon: confIcon(mode), checked: () => layout.mode === mode, onSelect: () => layout.setMode(mode) });
  }
  menu.addItem({ id: 'self-view', group: 'view', role: 'menuitemcheckbox', label: t('call.selfView.hide'), icon: confIcon('selfView'),
    checked: () => root.dataset.hideSelf === 'true',
    onSelect: () => { root.dataset.hideSelf = String(root.dataset.hideSelf !== 'true'); } });
  // iPhone Safari has no Fullscreen API for elements: the entry is left out there.
  menu.addItem({ id: 'fullscreen', group: 'view', role: 'menuitemcheckbox', label: t('call.fullscreen'), icon: confIcon('fullscreen'),
    visible: () => document.fullscreenEnabled === true, checked: () => document.fullscreenElement === root,
    onSelect: () => toggleFullscreen(root) });
  menu.addItem({ id: 'shortcuts', group: 'help', label: t('call.help.open'), icon: confIcon('keyboard'), onSelect: () => help.open() });

  const press = (selector) => () => root.querySelector(selector)?.click();
  const stopKeys = attachShortcuts({
    microphone: () => bar.mic.click(),
    camera: () => bar.camera.click(),
    hand: press('.mod-hand-btn'),
    chat: press('.chat-toggle'),
    people: press('.mod-toggle'),
    help: () => help.open(),
  }, () => root.dataset.phase === 'call' && root.isConnected && !help.el.open);
  const stopSpeaker = watchSpeaker(view.session, (id) => layout.heard(id));
  const refresh = () => layout.refresh();
  view.session.on('joined', refresh);
  view.session.on('participant-joined', refresh);
  view.session.on('participant-left', refresh);
  view.session.on('reset', refresh);
  // The spotlight (screen-spotlight.js) switches data-layout when a share starts or ends: the speaker view follows.
  new MutationObserver(refresh).observe(root, { attributes: true, attributeFilter: ['data-layout'] });
  return { menu, layout, help, stop: () => { stopKeys(); stopSpeaker(); } };
}

async function toggleFullscreen(el) {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await el.requestFullscreen();
  } catch (error) {
    console.warn('Full screen refused', error);
  }
}
