// Devices during the call: a settings button in the control bar opens a dialog to switch camera, microphone (both with
// replaceTrack: the call goes on, no rejoin) and speaker (setSinkId), with the microphone level and what is wrong with a
// device. It also keeps the bar's microphone and camera buttons true: a device that does not work shows as such, and
// pressing its button opens this dialog with the fix instead of pretending to turn it on.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { devicePickers, problemNotice, showDeviceState, showOnTile } from './device-picker.js';
import { confIcon } from './icons.js';
import { levelMeter } from './level-meter.js';

/**
 * @param {object} options
 * @param {import('./local-media.js').LocalMedia} options.media
 * @param {import('../../protocol/peer-session.js').PeerSession} options.session
 * @param {{setMicrophone(on), setCamera(on), micButton: HTMLElement, cameraButton: HTMLElement}} options.controls
 * @param {HTMLElement} options.root the .conf element: the dialog goes in it, and its audio elements follow the speaker.
 * @param {import('./tile.js').Tile} options.selfTile the self view, which shows the current camera.
 * @returns {{button: HTMLElement, open(), close()}}
 */
export function attachDeviceSettings({ media, session, controls, root, selfTile }) {
  const meter = levelMeter({ evenWhenMuted: true });
  const mutedNote = h('p', { class: 'device-muted-note', hidden: true }, t('greenroom.dialog.muted'));
  const pickers = devicePickers(media, () => root);
  const problems = problemNotice(media);
  const closeButton = h('button', { type: 'button', class: 'btn btn-primary device-dialog-close' }, t('common.close'));
  const dialog = h('dialog', { class: 'device-dialog', 'aria-labelledby': 'device-dialog-title' },
    h('h2', { id: 'device-dialog-title' }, t('greenroom.dialog.title')),
    problems.el,
    pickers.el,
    h('div', { class: 'device-row device-level-row' },
      h('span', { class: 'device-label' }, confIcon('mic'), h('span', {}, t('greenroom.dialog.level'))), meter.el),
    mutedNote,
    h('div', { class: 'device-dialog-actions' }, closeButton));
  const button = h('button', { type: 'button', class: 'conf-btn device-settings-btn', 'aria-label': t('greenroom.settings'),
    title: t('greenroom.settings'), 'aria-haspopup': 'dialog', onclick: () => open() }, confIcon('settings'));

  function open() {
    pickers.refresh();
    problems.refresh();
    media.refreshDevices();
    if (!dialog.open) dialog.showModal();
    meter.setTrack(media.track('audio'));
  }
  function close() {
    dialog.close();
  }
  closeButton.addEventListener('click', close);
  dialog.addEventListener('close', () => meter.setTrack(null));
  // A click on the backdrop (outside the box) closes it, as people expect of a settings sheet.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });

  // The bar's buttons: a device that does not work opens the dialog (capture: before the toggle's own click handler).
  for (const [kind, el] of [['audio', controls.micButton], ['video', controls.cameraButton]]) {
    el.addEventListener('click', (event) => {
      if (media.track(kind)) return;
      event.stopImmediatePropagation();
      open();
    }, { capture: true });
  }
  const refresh = () => {
    controls.setMicrophone(media.enabled('audio'));
    controls.setCamera(media.enabled('video'));
    showDeviceState(controls.micButton, media, 'audio');
    showDeviceState(controls.cameraButton, media, 'video');
    showOnTile(selfTile, media);
    pickers.refresh();
    problems.refresh();
    if (dialog.open) meter.setTrack(media.track('audio'));
    meter.el.closest('.device-row').hidden = !media.track('audio');
    mutedNote.hidden = !media.track('audio') || media.enabled('audio');
  };
  media.on('change', refresh);
  refresh();
  // A new remote audio element (a tile's first track) plays on the chosen speaker; after the tile got it (next task).
  session.on('track', ({ kind }) => {
    if (kind === 'audio') setTimeout(() => media.applySpeaker(root), 0);
  });

  controls.cameraButton.after(button);
  root.append(dialog);
  return { button, open, close };
}
