// How a participant's name is shown everywhere in the conference UI (tiles, participants panel, chat): a guest's name is one
// anybody could type, so it is marked, and nobody passes for an account holder of the same name (docs/protocol.md "joined").

import { t } from '../strings.js';

/** @param {{name: string, guest?: boolean}} participant a participant view from joined / participant_joined. */
export function shownName({ name, guest = false }) {
  return guest ? t('call.guestName', { name }) : name;
}
