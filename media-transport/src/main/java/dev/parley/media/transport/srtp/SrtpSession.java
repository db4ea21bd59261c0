package dev.parley.media.transport.srtp;

import java.security.GeneralSecurityException;
import java.util.function.IntFunction;
import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jitsi.srtp.SrtpPolicy;
import org.jitsi.srtp.crypto.Aes;
import org.jitsi.utils.logging2.Logger;
import org.jitsi.utils.logging2.LoggerImpl;

/**
 * SRTP and SRTCP for one DTLS association: a context per SSRC and direction, derived from the exported master keys
 * (RFC 3711 §4.3). We write with our side's key and read with the peer's (RFC 5764 §4.2).
 *
 * <p>Replay protection is on for receiving. It is off for sending, because the SFU legitimately sends a packet again
 * (a NACK answered without RTX re-sends the same sequence number).
 *
 * <p>Threading: each direction may be used from a different thread; jitsi-srtp contexts synchronize per SSRC context,
 * which stays uncontended as long as one thread receives and one thread sends per SSRC.
 */
public final class SrtpSession {

    /** SSRCs per direction; a peer connection of a 10-person meeting uses a few dozen at most. */
    public static final int MAX_SSRCS = 64;

    private static final int RTP_HEADER = 12;
    private static final int RTCP_HEADER = 8;
    /** RFC 3550 §5.1: the SSRC follows version/flags, sequence number and timestamp. */
    private static final int RTP_SSRC_AT = 8;
    /** RFC 3550 §6.4: the sender SSRC follows the first 4-byte RTCP header word. */
    private static final int RTCP_SSRC_AT = 4;
    private static final Transform<SrtpCryptoContext> UNPROTECT_RTP = (c, p) -> c.reverseTransformPacket(p, false);
    private static final Transform<SrtcpCryptoContext> UNPROTECT_RTCP = SrtcpCryptoContext::reverseTransformPacket;
    private static final Transform<SrtpCryptoContext> PROTECT_RTP = SrtpCryptoContext::transformPacket;
    private static final Transform<SrtcpCryptoContext> PROTECT_RTCP = SrtcpCryptoContext::transformPacket;
    private static final Logger LOGGER = new LoggerImpl(SrtpSession.class.getName());

    static {
        // jitsi-srtp otherwise benchmarks OpenSSL, SunJCE and BouncyCastle AES on first use: 1–6 s of CPU, measured here,
        // on whichever thread unprotects the first packet (the UDP reader). The JDK's AES-GCM/CTR use AES-NI intrinsics
        // and were within 15 % of OpenSSL in that benchmark, without a native library in the process.
        Aes.setFactoryClassName("SunJCE");
    }

    private final SrtpProfile profile;
    private final SrtpContextFactory readFactory;
    private final SrtpContextFactory writeFactory;
    private final SsrcTable<SrtpCryptoContext> readRtp = new SsrcTable<>(MAX_SSRCS);
    private final SsrcTable<SrtpCryptoContext> writeRtp = new SsrcTable<>(MAX_SSRCS);
    private final SsrcTable<SrtcpCryptoContext> readRtcp = new SsrcTable<>(MAX_SSRCS);
    private final SsrcTable<SrtcpCryptoContext> writeRtcp = new SsrcTable<>(MAX_SSRCS);
    private final IntFunction<SrtpCryptoContext> newReadRtp;
    private final IntFunction<SrtpCryptoContext> newWriteRtp;
    private final IntFunction<SrtcpCryptoContext> newReadRtcp;
    private final IntFunction<SrtcpCryptoContext> newWriteRtcp;

    /**
     * @param keys the exported keying material
     * @param server true on the DTLS server side (Parley), false for a client (tests, bots)
     */
    public SrtpSession(SrtpKeys keys, boolean server) {
        this.profile = keys.profile();
        this.readFactory = new SrtpContextFactory(
                false, keys.writeKey(!server), keys.writeSalt(!server), policy(profile), policy(profile), LOGGER);
        this.writeFactory = new SrtpContextFactory(
                true, keys.writeKey(server), keys.writeSalt(server), policy(profile), policy(profile), LOGGER);
        this.newReadRtp = ssrc -> rtpContext(readFactory, ssrc);
        this.newWriteRtp = ssrc -> rtpContext(writeFactory, ssrc);
        this.newReadRtcp = ssrc -> rtcpContext(readFactory, ssrc);
        this.newWriteRtcp = ssrc -> rtcpContext(writeFactory, ssrc);
    }

    /** The negotiated profile (for its tag length). */
    public SrtpProfile profile() {
        return profile;
    }

    /** Authenticates, replay-checks and decrypts an SRTP packet in place; on OK the view's length excludes the tag. */
    public SrtpResult unprotectRtp(PacketView packet) {
        return transform(packet, RTP_HEADER + profile.tagLength(), 0, RTP_SSRC_AT, readRtp, newReadRtp, UNPROTECT_RTP);
    }

    /** Authenticates, replay-checks and decrypts an SRTCP packet in place (tag and SRTCP index removed on OK). */
    public SrtpResult unprotectRtcp(PacketView packet) {
        return transform(packet, RTCP_HEADER + 4 + profile.tagLength(), 0, RTCP_SSRC_AT, readRtcp, newReadRtcp,
                UNPROTECT_RTCP);
    }

    /** Encrypts and appends the tag in place; the view moves to a new array if the caller left no room. */
    public SrtpResult protectRtp(PacketView packet) {
        return transform(packet, RTP_HEADER, profile.maxOverhead(), RTP_SSRC_AT, writeRtp, newWriteRtp, PROTECT_RTP);
    }

    /** Encrypts an RTCP compound packet and appends the SRTCP index and tag in place. */
    public SrtpResult protectRtcp(PacketView packet) {
        return transform(packet, RTCP_HEADER, profile.maxOverhead(), RTCP_SSRC_AT, writeRtcp, newWriteRtcp,
                PROTECT_RTCP);
    }

    /**
     * The shared steps: length check, room for what protecting appends ({@code room} bytes; jitsi's native AES-GCM
     * writes the tag in place, so the room must exist before), the context of the packet's SSRC, the transform, the
     * status mapped to a result. Never throws.
     */
    private <C> SrtpResult transform(PacketView packet, int minLength, int room, int ssrcAt, SsrcTable<C> contexts,
            IntFunction<C> newContext, Transform<C> operation) {
        if (packet.getLength() < minLength) {
            return SrtpResult.INVALID;
        }
        packet.grow(room);
        C context = contexts.get(ssrc(packet, ssrcAt), newContext);
        if (context == null) {
            return SrtpResult.TOO_MANY_SSRCS;
        }
        try {
            return result(operation.apply(context, packet));
        } catch (GeneralSecurityException | RuntimeException e) {
            return SrtpResult.INVALID;
        }
    }

    /** Releases the key material held by the factories. */
    public void close() {
        readFactory.close();
        writeFactory.close();
    }

    private static SrtpPolicy policy(SrtpProfile profile) {
        SrtpPolicy policy = switch (profile) {
            case AEAD_AES_128_GCM -> new SrtpPolicy(SrtpPolicy.AESGCM_ENCRYPTION, profile.keyLength(),
                    SrtpPolicy.NULL_AUTHENTICATION, 0, profile.tagLength(), profile.saltLength());
            case AES128_CM_HMAC_SHA1_80 -> new SrtpPolicy(SrtpPolicy.AESCM_ENCRYPTION, profile.keyLength(),
                    SrtpPolicy.HMACSHA1_AUTHENTICATION, 20, profile.tagLength(), profile.saltLength());
        };
        policy.setReceiveReplayEnabled(true);
        policy.setSendReplayEnabled(false);
        return policy;
    }

    private static SrtpCryptoContext rtpContext(SrtpContextFactory factory, int ssrc) {
        try {
            return factory.deriveContext(ssrc, 0);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static SrtcpCryptoContext rtcpContext(SrtpContextFactory factory, int ssrc) {
        try {
            return factory.deriveControlContext(ssrc);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static int ssrc(PacketView packet, int at) {
        byte[] b = packet.getBuffer();
        int i = packet.getOffset() + at;
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    /** One jitsi-srtp operation on a context. */
    @FunctionalInterface
    private interface Transform<C> {
        SrtpErrorStatus apply(C context, PacketView packet) throws GeneralSecurityException;
    }

    private static SrtpResult result(SrtpErrorStatus status) {
        return switch (status) {
            case OK -> SrtpResult.OK;
            case AUTH_FAIL -> SrtpResult.AUTH_FAILED;
            case REPLAY_FAIL, REPLAY_OLD -> SrtpResult.REPLAY;
            default -> SrtpResult.INVALID;
        };
    }
}
