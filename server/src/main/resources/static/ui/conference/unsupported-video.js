// "This person's video can't be shown on your device": the SFU forwards without transcoding, so a camera or screen in a codec
// this browser cannot decode never arrives (the server says track_unsupported, docs/protocol.md). Without this note the
// tile would show initials as if the camera were off.

import { h } from '../dom.js';
import { t } from '../strings.js';

/**
 * Puts the note on the publisher's tile until that track ends.
 * @param {object} options
 * @param {import('../../protocol/peer-session.js').PeerSession} options.session
 * @param {(participantId: string) => {el: HTMLElement} | undefined} options.tileOf the participant's tile, if shown.
 */
export function attachUnsupportedVideo({ session, tileOf }) {
  const notes = new Map(); // producerId → {participantId, el}
  const drop = (producerId) => {
    const note = notes.get(producerId);
    if (!note) return;
    note.el.remove();
    notes.delete(producerId);
    const tile = tileOf(note.participantId);
    const others = [...notes.values()].some((n) => n.participantId === note.participantId);
    if (tile && !others) delete tile.el.dataset.video;
  };
  session.on('track-unsupported', ({ participantId, producerId, kind }) => {
    const tile = tileOf(participantId);
    if (kind !== 'video' || !tile || notes.has(producerId)) return;
    const el = h('p', { class: 'conf-tile-unsupported', role: 'status' }, t('connection.videoUnsupported'));
    tile.el.append(el);
    tile.el.dataset.video = 'unsupported';
    notes.set(producerId, { participantId, el });
  });
  session.on('track-ended', ({ producerId }) => drop(producerId));
  session.on('participant-left', ({ participantId }) => {
    [...notes].filter(([, n]) => n.participantId === participantId).forEach(([producerId]) => drop(producerId));
  });
  session.on('reset', () => [...notes.keys()].forEach(drop));
}
