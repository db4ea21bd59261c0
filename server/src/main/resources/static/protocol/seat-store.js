// Where a page keeps its seat's resume token (docs/protocol.md "Reconnecting"). UI-free. sessionStorage survives a reload
// of this tab and is not shared with other tabs, so a reload takes the seat back and a second tab joins as someone new.

export class SeatStore {
  /**
   * @param {Storage|null} storage sessionStorage, or null (then nothing is kept and a reload joins afresh).
   * @param {string} conferenceId one token per conference.
   */
  constructor(storage, conferenceId) {
    this.storage = storage;
    this.key = `parley.seat.${conferenceId}`;
  }

  /** The kept token, or null. */
  token() {
    try {
      return this.storage?.getItem(this.key) || null;
    } catch {
      return null;
    }
  }

  /** Keeps the resume_token of a joined reply (if any) and returns the reply. */
  keep(joined) {
    try {
      if (joined.resume_token) this.storage?.setItem(this.key, joined.resume_token);
    } catch {
      // Storage may be unavailable (private mode, quota): a reload then joins afresh.
    }
    return joined;
  }

  forget() {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing was kept.
    }
  }
}
