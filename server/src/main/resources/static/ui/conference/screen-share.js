// Screen sharing on the meeting page: the "Share screen" button in the control bar, the sharer's indicator with its own
// Stop button, refusals from the server in words, and the spotlight for others' screens. Media work is in
// ../../protocol/peer-session.js (startScreen/stopScreen); capture settings in ./screen-capture.js.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { confIcon } from './icons.js';
import { captureScreen, SCREEN_ENCODING } from './screen-capture.js';
import { ScreenSpotlight } from './screen-spotlight.js';

/** How long a refusal or "the host stopped your share" stays on screen (ms). */
const NOTICE_MS = 8_000;

/**
 * Wires screen sharing into a conference view.
 * @param {object} options
 * @param {import('../../protocol/peer-session.js').PeerSession} options.session
 * @param {HTMLElement} options.root the .conf element.
 * @param {HTMLElement} options.stage where the spotlight and the indicator go (before the grid).
 * @param {ReturnType<import('./controls.js').controlBar>} options.controls the control bar: the button is added to it.
 * @param {object} [options.mediaDevices] where getDisplayMedia is looked for (phones and some browsers have none).
 * @param {(participantId: string) => string} options.nameOf
 */
export function attachScreenShare({ session, root, stage, controls, nameOf, mediaDevices = navigator.mediaDevices }) {
  const spotlight = new ScreenSpotlight(root, nameOf);
  const notice = h('p', { class: 'screen-notice', role: 'alert' });
  const stopButton = h('button', { type: 'button', class: 'btn screen-indicator-stop', onclick: () => session.stopScreen() },
    t('call.screen.stopShort'));
  const indicator = h('div', { class: 'screen-indicator', role: 'status' },
    h('span', { class: 'screen-indicator-dot', 'aria-hidden': 'true' }), h('span', {}, t('call.screen.sharing')),
    stopButton);
  const button = h('button', { type: 'button', class: 'conf-btn screen-btn', disabled: true }, confIcon('screenShare'));
  let noticeTimer = null;

  const say = (text) => {
    clearTimeout(noticeTimer);
    notice.textContent = text;
    if (text) noticeTimer = setTimeout(() => { notice.textContent = ''; }, NOTICE_MS);
  };
  const refresh = () => {
    const sharing = session.sharingScreen;
    root.dataset.sharing = sharing ? 'true' : 'false';
    const label = t(sharing ? 'call.screen.stop' : 'call.screen.share');
    button.setAttribute('aria-label', label);
    button.setAttribute('title', label);
    button.setAttribute('aria-pressed', String(sharing));
  };
  const start = async () => {
    try {
      await session.signaling.request('screen_share_check');
    } catch (error) {
      say(error.message || t('call.screen.refused'));
      return;
    }
    let stream;
    try {
      stream = await captureScreen();
    } catch (error) {
      if (error.name !== 'NotAllowedError') say(t('call.screen.captureFailed', { reason: error.message }));
      return;
    }
    say('');
    try {
      await session.startScreen(stream, SCREEN_ENCODING);
    } catch (error) {
      stream.getTracks().forEach((track) => track.stop());
      say(error.message || t('call.screen.refused'));
    }
    refresh();
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await (session.sharingScreen ? session.stopScreen() : start());
    } finally {
      button.disabled = false;
      refresh();
    }
  });

  session.on('joined', () => { button.disabled = false; });
  session.on('screen-stopped', ({ reason }) => {
    if (reason) say(reason);
    refresh();
  });
  session.on('track', (event) => {
    if (event.kind === 'video' && event.source === 'screen') spotlight.show(event);
    if (event.kind === 'audio' && event.source === 'screen_audio') spotlight.play(event);
  });
  session.on('track-ended', ({ producerId }) => spotlight.hide(producerId));
  session.on('participant-left', ({ participantId }) => spotlight.hideParticipant(participantId));
  session.on('reset', () => spotlight.clear());
  session.on('state', ({ state }) => { if (state === 'left') spotlight.clear(); });

  stage.prepend(spotlight.el, indicator, notice);
  // Phones (and browsers without the API) cannot share a screen: no button that can only fail.
  button.hidden = typeof mediaDevices?.getDisplayMedia !== 'function';
  controls.add(button);
  refresh();
  return { spotlight, button };
}
