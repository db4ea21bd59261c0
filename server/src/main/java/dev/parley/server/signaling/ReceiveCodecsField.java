package dev.parley.server.signaling;

import dev.parley.media.sfu.rtp.ReceiveCapabilities;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads join's optional {@code receive_codecs}: the browser's {@code RTCRtpReceiver.getCapabilities('audio'|'video').codecs}
 * as {@code [{mime_type, sdp_fmtp_line?}]}, so the server forwards a participant only what it decodes (docs/protocol.md).
 * Absent means Opus and VP8 ({@link ReceiveCapabilities#DEFAULT}).
 */
final class ReceiveCodecsField {
    /** Chromium 156 lists about 30 entries (RTX, RED and FEC included); Firefox about 10. */
    static final int MAX_CODECS = 64;
    static final int MAX_MIME_TYPE = 64;
    static final int MAX_FMTP_LINE = 512;

    private ReceiveCodecsField() {
    }

    static ReceiveCapabilities read(JsonNode field) {
        if (field == null || field.isNull()) {
            return ReceiveCapabilities.DEFAULT;
        }
        if (!field.isArray() || field.size() > MAX_CODECS) {
            throw invalid("must be an array of at most " + MAX_CODECS + " codecs");
        }
        List<ReceiveCapabilities.Decodable> codecs = new ArrayList<>();
        for (JsonNode codec : field) {
            JsonNode mime = codec.get("mime_type");
            JsonNode fmtp = codec.get("sdp_fmtp_line");
            if (!codec.isObject() || mime == null || !mime.isString() || mime.asString().isEmpty()
                    || mime.asString().length() > MAX_MIME_TYPE) {
                throw invalid("needs a mime_type of 1 to " + MAX_MIME_TYPE + " characters in every entry");
            }
            boolean fmtpOk = fmtp == null || fmtp.isNull() || fmtp.isString() && fmtp.asString().length() <= MAX_FMTP_LINE;
            if (!fmtpOk) {
                throw invalid("has an sdp_fmtp_line that is not a string of at most " + MAX_FMTP_LINE + " characters");
            }
            codecs.add(ReceiveCapabilities.Decodable.of(mime.asString(),
                    fmtp == null || fmtp.isNull() ? null : fmtp.asString()));
        }
        return new ReceiveCapabilities(codecs);
    }

    private static SignalingException invalid(String what) {
        return new SignalingException("invalid_message", "Field 'receive_codecs' " + what + ".");
    }
}
