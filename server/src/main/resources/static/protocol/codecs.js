// What this browser can decode, for the join message's receive_codecs (docs/protocol.md): the SFU forwards without
// transcoding, so the server sends a participant only tracks in codecs listed here and says track_unsupported for the rest.
// UI-free: no DOM.

/** Entries that are not codecs of their own (retransmission, redundancy, forward error correction, DTMF, comfort noise). */
const NOT_MEDIA = new Set(['rtx', 'red', 'ulpfec', 'flexfec-03', 'telephone-event', 'cn']);
/** The server reads at most 64 entries. */
const MAX = 64;

/**
 * @param {{getCapabilities: (kind: string) => RTCRtpCapabilities | null}} [Receiver] RTCRtpReceiver, injectable for tests.
 * @returns {{mime_type: string, sdp_fmtp_line?: string}[] | undefined} undefined when the browser cannot tell (the server
 *   then assumes Opus and VP8).
 */
export function receiveCodecs(Receiver = globalThis.RTCRtpReceiver) {
  if (typeof Receiver?.getCapabilities !== 'function') return undefined;
  const codecs = [];
  for (const kind of ['audio', 'video']) {
    for (const codec of Receiver.getCapabilities(kind)?.codecs || []) {
      const name = codec.mimeType.split('/')[1]?.toLowerCase();
      if (NOT_MEDIA.has(name)) continue;
      codecs.push(codec.sdpFmtpLine ? { mime_type: codec.mimeType, sdp_fmtp_line: codec.sdpFmtpLine }
        : { mime_type: codec.mimeType });
    }
  }
  return codecs.slice(0, MAX);
}
