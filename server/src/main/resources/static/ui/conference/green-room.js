// The green room, before "Join now": the camera preview with microphone and camera buttons (join muted or with the camera
// off), a live microphone level, the camera/microphone/speaker pickers, what is wrong with a device and how to fix it, the
// meeting's title and the name the others will see. "Join now" also gives the page the user gesture that audio needs.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { devicePickers, problemNotice, showDeviceState, showOnTile } from './device-picker.js';
import { confIcon } from './icons.js';
import { levelMeter } from './level-meter.js';

/**
 * @param {object} options
 * @param {import('./local-media.js').LocalMedia} options.media
 * @param {import('./tile.js').Tile} options.selfTile the preview (it moves to the stage when joining).
 * @param {string} options.title the meeting's title.
 * @param {string} options.displayName the name the others will see.
 * @param {() => void} options.onJoin
 * @returns {{el: HTMLElement, joinButton: HTMLButtonElement, stop()}}
 */
export function greenRoom({ media, selfTile, title, displayName, onJoin }) {
  const meter = levelMeter();
  const mic = toggle(media, 'audio');
  const camera = toggle(media, 'video');
  const pickers = devicePickers(media, () => null);
  const problems = problemNotice(media);
  const joinButton = h('button', { type: 'button', class: 'btn btn-primary conf-join', onclick: () => onJoin() },
    t('greenroom.join'));
  const el = h('div', { class: 'conf-lobby green-room' },
    h('div', { class: 'gr-preview-column' },
      h('div', { class: 'conf-lobby-preview gr-preview' }, selfTile.el,
        h('div', { class: 'gr-toggles' }, mic.el, camera.el, meter.el)),
      pickers.el),
    h('div', { class: 'conf-lobby-side gr-side' },
      h('h2', {}, t('greenroom.ready')),
      h('p', { class: 'conf-lobby-id gr-title' }, title),
      h('p', { class: 'gr-name' }, t('greenroom.joinAs'), ' ', h('strong', { class: 'gr-name-value' }, displayName)),
      problems.el,
      joinButton,
      h('p', { class: 'gr-hint', hidden: true }, t('greenroom.receiveOnly'))));

  const hint = el.querySelector('.gr-hint');
  const refresh = () => {
    mic.refresh();
    camera.refresh();
    pickers.refresh();
    problems.refresh();
    meter.setTrack(media.enabled('audio') ? media.track('audio') : null);
    meter.el.hidden = !media.track('audio');
    showOnTile(selfTile, media);
    hint.hidden = Boolean(media.track('audio') || media.track('video'));
  };
  const off = media.on('change', refresh);
  refresh();
  return {
    el,
    joinButton,
    stop() {
      off();
      meter.stop();
    },
  };
}

/** A round microphone or camera button over the preview: the choice applies when joining (and at once to the preview). */
function toggle(media, kind) {
  const device = kind === 'audio' ? 'microphone' : 'camera';
  const el = h('button', { type: 'button', class: 'conf-btn gr-toggle', dataset: { toggle: device } });
  const refresh = () => {
    const on = media.enabled(kind);
    const label = t(`greenroom.button.${kind}.${on ? 'turnOff' : 'turnOn'}`);
    el.replaceChildren(confIcon(on ? (kind === 'audio' ? 'mic' : 'camera') : (kind === 'audio' ? 'micOff' : 'cameraOff')));
    el.setAttribute('aria-label', label);
    el.setAttribute('title', label);
    el.setAttribute('aria-pressed', String(!on));
    el.classList.toggle('is-off', !on);
    showDeviceState(el, media, kind);
  };
  el.addEventListener('click', async () => {
    el.disabled = true;
    try {
      // A device that does not work: the button asks for it again (the notice beside says how to fix a refusal).
      if (!media.track(kind)) await media.retry(kind);
      else await media.setEnabled(kind, !media.enabled(kind));
    } finally {
      el.disabled = false;
    }
  });
  refresh();
  return { el, refresh };
}
