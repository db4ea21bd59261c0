// The parts the green room and the in-call device dialog share: the camera/microphone/speaker pickers, the notice that says
// why a device is missing and how to fix it (with "Try again"), and the state of a microphone or camera button.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { canChooseSpeaker, problemText } from './devices.js';
import { confIcon } from './icons.js';

const PICKERS = [
  { kind: 'video', list: 'videoinput', label: 'greenroom.picker.camera', icon: 'camera' },
  { kind: 'audio', list: 'audioinput', label: 'greenroom.picker.microphone', icon: 'mic' },
  { kind: 'speaker', list: 'audiooutput', label: 'greenroom.picker.speaker', icon: 'speaker' },
];

let pickerCount = 0;

/**
 * Three labelled selects; a choice takes effect at once (and is remembered by LocalMedia).
 * @param {import('./local-media.js').LocalMedia} media
 * @param {() => HTMLElement} audioRoot where the remote audio elements are (for the speaker choice).
 * @returns {{el: HTMLElement, refresh()}}
 */
export function devicePickers(media, audioRoot) {
  const prefix = `device-${++pickerCount}`;
  const rows = PICKERS.filter((p) => p.kind !== 'speaker' || canChooseSpeaker).map((picker) => {
    const select = h('select', { id: `${prefix}-${picker.list}`, class: 'device-select', dataset: { kind: picker.list } });
    select.addEventListener('change', async () => {
      select.disabled = true;
      try {
        if (picker.kind === 'speaker') await media.useSpeaker(select.value, audioRoot());
        else await media.useDevice(picker.kind, select.value);
      } finally {
        select.disabled = false;
        refresh();
      }
    });
    const row = h('div', { class: 'device-row' },
      h('label', { for: select.id, class: 'device-label' }, confIcon(picker.icon), h('span', {}, t(picker.label))),
      select);
    return { picker, select, row };
  });

  function refresh() {
    for (const { picker, select, row } of rows) {
      const devices = media.devices[picker.list];
      const chosen = picker.kind === 'speaker' ? media.speakerId : media.deviceId(picker.kind);
      select.replaceChildren(...devices.map((d) => h('option', { value: d.deviceId }, d.label)));
      select.value = devices.some((d) => d.deviceId === chosen) ? chosen : (devices[0]?.deviceId ?? '');
      // Before permission (or with none plugged in) there is nothing to choose: the problem notice says why.
      row.hidden = devices.length === 0 || (picker.kind !== 'speaker' && media.problems[picker.kind] === 'denied');
    }
  }
  refresh();
  return { el: h('div', { class: 'device-pickers' }, rows.map((r) => r.row)), refresh };
}

/**
 * What is wrong with the microphone and camera, in words, with the fix and a "Try again" per device; empty when all works.
 * @returns {{el: HTMLElement, refresh()}}
 */
export function problemNotice(media) {
  const el = h('div', { class: 'device-problems', role: 'status', 'aria-live': 'polite' });
  function refresh() {
    const failing = ['audio', 'video'].filter((kind) => !media.track(kind));
    const problemOf = (kind) => media.problems[kind] || 'missing';
    // Camera and microphone refused alike (the usual "Block" click): one notice, one "Try again".
    const groups = failing.length === 2 && problemOf('audio') === problemOf('video')
      ? [{ kind: 'both', kinds: failing }] : failing.map((kind) => ({ kind, kinds: [kind] }));
    const items = groups.map(({ kind, kinds }) => {
      const problem = problemOf(kinds[0]);
      const { title, fix } = problemText(kind, problem);
      const retry = h('button', { type: 'button', class: 'btn device-retry' }, t('common.retry'));
      retry.addEventListener('click', async () => {
        retry.disabled = true;
        for (const each of kinds) await media.retry(each);
        retry.disabled = false;
      });
      return h('div', { class: 'device-problem', dataset: { kind, problem } },
        confIcon(kind === 'audio' ? 'micOff' : 'cameraOff'),
        h('div', { class: 'device-problem-text' }, h('strong', {}, title), h('span', {}, fix)),
        retry);
    });
    el.replaceChildren(...items);
    el.hidden = items.length === 0;
  }
  refresh();
  return { el, refresh };
}

/**
 * Shows a kind's real state on a round microphone or camera button: data-device is on, off or the problem; a button for a
 * device that does not work says so in its name, with a warning mark, instead of claiming "on".
 */
export function showDeviceState(button, media, kind) {
  const state = media.state(kind);
  button.dataset.device = state;
  if (state === 'on' || state === 'off') return;
  const label = t(`greenroom.button.${kind}.${state === 'denied' || state === 'missing' ? state : 'unavailable'}`);
  button.replaceChildren(confIcon(kind === 'audio' ? 'micOff' : 'cameraOff'), h('span', { class: 'device-warn', 'aria-hidden': 'true' }, '!'));
  button.setAttribute('aria-label', label);
  button.setAttribute('title', label);
  button.setAttribute('aria-pressed', 'true');
  button.classList.add('is-off');
}

/** The self view follows the local devices: the current camera track, camera off, microphone muted or missing. */
export function showOnTile(tile, media) {
  // Only a new track is set: setting the same one again would restart the <video> and flicker.
  const camera = media.track('video');
  if (tile.videoTrack !== camera) tile.setVideoTrack(camera);
  tile.setCameraPaused(!media.enabled('video'));
  tile.setMicMuted(media.state('audio') !== 'on');
}
