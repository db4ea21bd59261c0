// Who spoke last, as this page can know it before the server has active-speaker detection: the audioLevel that the
// browser reports for each received microphone stream (inbound-rtp getStats, 0..1, smoothed over ~100 ms). The loudest
// stream above a speech threshold is "heard"; a new speaker must stay loudest for HOLD polls so a cough does not flip
// the speaker view.

/** How often the levels are read (ms): fast enough to follow a conversation, cheap for the page (one getStats call). */
const POLL_MS = 700;
/** audioLevel of speech: 0.02 is about -34 dBov; background noise after noise suppression stays well below. */
const SPEECH_LEVEL = 0.02;
/** Consecutive polls a new speaker must lead before the view switches (about 1.4 s). */
const HOLD = 2;

/**
 * @param {import('../../protocol/peer-session.js').PeerSession} session its recvPc and tracks (mid → {participant_id, source}).
 * @param {(participantId: string) => void} onSpeaker called when the speaker changes.
 * @returns {() => void} stops watching.
 */
export function watchSpeaker(session, onSpeaker) {
  let candidate = null;
  let count = 0;
  let current = null;
  const poll = async () => {
    const pc = session.recvPc;
    if (!pc || pc.connectionState === 'closed') return;
    let loudest = null;
    let level = SPEECH_LEVEL;
    (await pc.getStats()).forEach((report) => {
      if (report.type !== 'inbound-rtp' || report.kind !== 'audio') return;
      const track = session.tracks?.[report.mid];
      if (!track || track.source !== 'microphone' || !(report.audioLevel > level)) return;
      level = report.audioLevel;
      loudest = track.participant_id;
    });
    if (!loudest || loudest === current) {
      candidate = null;
      return;
    }
    count = loudest === candidate ? count + 1 : 1;
    candidate = loudest;
    if (count >= HOLD) {
      current = loudest;
      onSpeaker(loudest);
    }
  };
  const timer = setInterval(() => poll().catch(() => {}), POLL_MS);
  return () => clearInterval(timer);
}
