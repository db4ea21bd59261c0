// What the person typed before the join flow, kept in memory only (a passcode must never sit in the URL or in storage):
// the meeting page sets it, the join view reads it. Lost on reload, which then simply asks again.

const entries = new Map();

export const joinState = {
  set(meetingId, { passcode = '', displayName = '' }) {
    entries.set(String(meetingId), { passcode, displayName });
  },
  get(meetingId) {
    return entries.get(String(meetingId)) || { passcode: '', displayName: '' };
  },
};
