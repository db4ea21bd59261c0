// The spotlight layout: while someone shares a screen, it fills the stage and the camera tiles shrink to a strip
// (screen.css, keyed on .conf[data-layout="spotlight"]). With two presenters (when the host allows it) both screens share
// the spotlight side by side. Back to the grid when the last share ends.

import { h } from '../dom.js';
import { t } from '../strings.js';

export class ScreenSpotlight {
  /**
   * @param {HTMLElement} root the .conf element: gets data-layout "spotlight" or "grid".
   * @param {(participantId: string) => string} nameOf the sharer's display name for the label.
   */
  constructor(root, nameOf) {
    this.root = root;
    this.nameOf = nameOf;
    /** producerId → {participantId, el} */
    this.screens = new Map();
    this.el = h('div', { class: 'screen-spotlight', role: 'region', 'aria-label': t('call.screen.region') });
    this.refresh();
  }

  /** A remote screen track arrived (source "screen"). */
  show({ participantId, producerId, track }) {
    this.hide(producerId);
    const video = h('video', { autoplay: true, playsinline: true, muted: true, class: 'screen-spotlight-video' });
    video.muted = true;
    video.srcObject = new MediaStream([track]);
    const el = h('figure', { class: 'screen-spotlight-item', dataset: { participantId, producerId } },
      video, h('figcaption', { class: 'screen-spotlight-name' }, t('call.screen.presenting', { name: this.nameOf(participantId) })));
    this.screens.set(producerId, { participantId, el });
    this.el.append(el);
    video.play().catch(() => {});
    this.refresh();
  }

  /** A remote screen's audio (source "screen_audio"): played by its own element, apart from the sharer's microphone. */
  play({ participantId, producerId, track }) {
    this.hide(producerId);
    const audio = h('audio', { autoplay: true, class: 'screen-spotlight-audio' });
    audio.srcObject = new MediaStream([track]);
    this.screens.set(producerId, { participantId, el: audio, audio: true });
    this.el.append(audio);
    audio.play().catch(() => {});
    this.refresh();
  }

  hide(producerId) {
    const screen = this.screens.get(producerId);
    if (!screen) return;
    (screen.audio ? screen.el : screen.el.querySelector('video')).srcObject = null;
    screen.el.remove();
    this.screens.delete(producerId);
    this.refresh();
  }

  hideParticipant(participantId) {
    for (const [producerId, screen] of this.screens) {
      if (screen.participantId === participantId) this.hide(producerId);
    }
  }

  clear() {
    [...this.screens.keys()].forEach((producerId) => this.hide(producerId));
  }

  refresh() {
    const videos = [...this.screens.values()].filter((screen) => !screen.audio).length;
    this.root.dataset.layout = videos > 0 ? 'spotlight' : 'grid';
  }
}
