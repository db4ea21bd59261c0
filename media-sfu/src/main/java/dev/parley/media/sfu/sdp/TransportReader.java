package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import dev.parley.media.wire.sdp.MediaDescription;
import dev.parley.media.wire.sdp.SdpParseException;
import dev.parley.media.wire.sdp.SessionDescription;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what both negotiations need from browser SDP: the parsed description, mids, BUNDLE and the ICE/DTLS parameters. */
final class TransportReader {
    /** Hash functions (RFC 8122 §5) and their digest sizes in bytes; the DTLS layer checks the peer certificate against one. */
    private static final Map<String, Integer> DIGEST_BYTES =
            Map.of("sha-1", 20, "sha-224", 28, "sha-256", 32, "sha-384", 48, "sha-512", 64);

    private TransportReader() {
    }

    /** Parses browser SDP, turning every refusal of the wire parser into a sentence for the client. */
    static SessionDescription parse(String sdp, String what) throws SdpException {
        try {
            return SessionDescription.parse(sdp);
        } catch (SdpParseException e) {
            throw new SdpException("The " + what + " is not valid SDP: " + e.getMessage());
        } catch (RuntimeException e) {
            // The wire parser promises not to throw anything else; a bug there must still not escape as a 500.
            throw new SdpException("The " + what + " could not be read: " + e.getClass().getSimpleName());
        }
    }

    /** Unified Plan (RFC 8829 §5.2.1): every m-section has a mid, and mids are unique. */
    static void requireUniqueMids(SessionDescription sdp, String what) throws SdpException {
        if (sdp.media().isEmpty()) {
            throw new SdpException("The " + what + " has no m= sections.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sdp.media().size(); i++) {
            String mid = sdp.media().get(i).mid();
            if (mid == null) {
                throw new SdpException("m-section " + i + " of the " + what + " has no a=mid (Parley needs Unified Plan).");
            }
            if (!seen.add(mid)) {
                throw new SdpException("The " + what + " uses mid '" + mid + "' for two m-sections.");
            }
        }
    }

    /**
     * The BUNDLE group (RFC 9143): it must exist and hold every section that is not rejected, because the SFU serves one
     * ICE/DTLS transport per peer connection. Returns the section whose transport attributes count (the group's first mid).
     */
    static MediaDescription requireBundle(SessionDescription sdp, String what) throws SdpException {
        List<String> bundle = sdp.bundleMids();
        if (bundle.isEmpty()) {
            throw new SdpException("The " + what + " has no a=group:BUNDLE; Parley serves one transport per peer connection "
                    + "(use bundlePolicy 'max-bundle').");
        }
        for (MediaDescription m : sdp.media()) {
            if (isLive(m) && !bundle.contains(m.mid())) {
                throw new SdpException("m-section '" + m.mid() + "' of the " + what + " is outside the BUNDLE group.");
            }
        }
        MediaDescription tagged = sdp.mediaByMid(bundle.get(0));
        if (tagged == null || !isLive(tagged)) {
            throw new SdpException("The BUNDLE group of the " + what + " starts with mid '" + bundle.get(0)
                    + "', which is missing or rejected.");
        }
        return tagged;
    }

    /**
     * Whether a section is in use: a port other than 0, or port 0 with {@code a=bundle-only} (RFC 8843 §6: a bundled section
     * that only works inside the BUNDLE group). Port 0 alone means rejected or stopped (RFC 3264 §6).
     */
    static boolean isLive(MediaDescription m) {
        return m.port() != 0 || m.hasAttribute("bundle-only");
    }

    /** ICE credentials (RFC 8839 §5.4) and DTLS fingerprint (RFC 8122) of the section, falling back to session level. */
    static RemoteTransportParameters read(SessionDescription sdp, MediaDescription m, String what) throws SdpException {
        String ufrag = sdp.iceUfragFor(m);
        String pwd = sdp.icePwdFor(m);
        if (ufrag == null || !isIceChars(ufrag, 4)) {
            throw new SdpException("The " + what + " needs a=ice-ufrag of 4 to 256 ICE characters (RFC 8839 §5.4).");
        }
        if (pwd == null || !isIceChars(pwd, 22)) {
            throw new SdpException("The " + what + " needs a=ice-pwd of 22 to 256 ICE characters (RFC 8839 §5.4).");
        }
        DtlsFingerprint fingerprint = sdp.fingerprintFor(m);
        if (fingerprint == null) {
            throw new SdpException("The " + what + " has no a=fingerprint, so its DTLS certificate cannot be verified.");
        }
        Integer size = DIGEST_BYTES.get(fingerprint.algorithm());
        if (size == null || size * 3 - 1 != fingerprint.value().length()) {
            throw new SdpException("The " + what + " has an a=fingerprint Parley cannot check ('" + fingerprint.algorithm()
                    + "' with " + (fingerprint.value().length() + 1) / 3 + " bytes); use sha-256.");
        }
        return new RemoteTransportParameters(new IceParameters(ufrag, pwd), fingerprint);
    }

    /** RFC 8839 §5.4: ice-char = ALPHA / DIGIT / "+" / "/", between {@code min} and 256 of them. */
    private static boolean isIceChars(String s, int min) {
        if (s.length() < min || s.length() > 256) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
