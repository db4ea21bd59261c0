// The bottom control bar: microphone, camera, leave. Toggle buttons say what pressing them does and expose aria-pressed.

import { h } from '../dom.js';
import { confIcon } from './icons.js';

/**
 * @param {object} handlers {onMicrophone(enabled), onCamera(enabled), onLeave()}; each may return a promise.
 * @returns {{el: HTMLElement, setMicrophone(on), setCamera(on), setDisabled(disabled), micButton, cameraButton}}
 */
export function controlBar({ onMicrophone, onCamera, onLeave }) {
  const mic = toggle('mic', 'micOff', 'microphone', onMicrophone);
  const cam = toggle('camera', 'cameraOff', 'camera', onCamera);
  const leave = h('button', { type: 'button', class: 'conf-btn conf-btn-leave', 'aria-label': 'Leave call', title: 'Leave call',
    onclick: () => onLeave() }, confIcon('callEnd'));
  const el = h('div', { class: 'conf-controls', role: 'toolbar', 'aria-label': 'Call controls' }, mic.el, cam.el, leave);
  return {
    el,
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
  const el = h('button', { type: 'button', class: 'conf-btn' });
  const set = (value) => {
    on = value;
    const label = `${on ? 'Turn off' : 'Turn on'} ${device}`;
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
