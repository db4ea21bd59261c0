// The bottom control bar, laid out like Meet: the centre toolbar (microphone, camera, then what other modules add, "More
// options", leave) and an end group (participants, chat). Toggle buttons say what pressing them does and expose aria-pressed.
// On narrow screens CSS hides every button without data-bar="keep"; overflow-menu.js then offers it in the "More" menu, so
// nothing is ever cut off (conference.css, "Bottom bar").

import { h } from '../dom.js';
import { t } from '../strings.js';
import { confIcon } from './icons.js';

/**
 * @param {object} handlers {onMicrophone(enabled), onCamera(enabled), onLeave()}; each may return a promise.
 * @returns {{el: HTMLElement, end: HTMLElement, mic: HTMLElement, camera: HTMLElement, leave: HTMLElement,
 *   add(button, options), setMicrophone(on), micButton, cameraButton, setCamera(on), setDisabled(disabled)}}
 */
export function controlBar({ onMicrophone, onCamera, onLeave }) {
  const mic = toggle('mic', 'micOff', 'microphone', onMicrophone);
  const cam = toggle('camera', 'cameraOff', 'camera', onCamera);
  const leave = h('button', { type: 'button', class: 'conf-btn conf-btn-leave', 'aria-label': t('call.leave'),
    title: t('call.leave'), dataset: { bar: 'keep' }, onclick: () => onLeave() }, confIcon('callEnd'));
  const el = h('div', { class: 'conf-controls', role: 'toolbar', 'aria-label': t('call.controls') }, mic.el, cam.el, leave);
  const end = h('div', { class: 'conf-bar-end', role: 'group', 'aria-label': t('call.panels') });
  return {
    el,
    end,
    mic: mic.el,
    camera: cam.el,
    leave,
    /**
     * Adds a button: to the centre toolbar before "More options" and leave (place "center"), or to the end group ("end").
     * keep: it stays in the bar on a phone too (otherwise a phone reaches it through the "More" menu).
     */
    add(button, { place = 'center', keep = false } = {}) {
      if (keep) button.dataset.bar = 'keep';
      if (place === 'end') end.append(button);
      else el.insertBefore(button, el.querySelector('.conf-more') || leave);
    },
    setMicrophone: mic.set,
    setCamera: cam.set,
    // For the device dialog (device-dialog.js), which shows a blocked or missing device on these two buttons.
    micButton: mic.el,
    cameraButton: cam.el,
    setDisabled(disabled) {
      [mic.el, cam.el].forEach((button) => { button.disabled = disabled; });
    },
  };
}

function toggle(onIcon, offIcon, device, handler) {
  let on = true;
  const el = h('button', { type: 'button', class: 'conf-btn', dataset: { bar: 'keep', control: device } });
  const set = (value) => {
    on = value;
    const label = t(on ? `call.${device}.off` : `call.${device}.on`);
    el.replaceChildren(confIcon(on ? onIcon : offIcon));
    el.setAttribute('aria-label', label);
    el.setAttribute('title', label);
    el.setAttribute('aria-pressed', String(!on));
    el.classList.toggle('is-off', !on);
  };
  el.addEventListener('click', async () => {
    el.disabled = true;
    const next = !on;
    set(next);
    try {
      await handler(next);
    } catch (error) {
      console.warn(`Could not turn ${device} ${next ? 'on' : 'off'}`, error);
    } finally {
      el.disabled = false;
    }
  });
  set(true);
  return { el, set };
}
