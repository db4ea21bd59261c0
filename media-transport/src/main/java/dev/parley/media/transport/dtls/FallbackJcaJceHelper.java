package dev.parley.media.transport.dtls;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import org.bouncycastle.jcajce.util.DefaultJcaJceHelper;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/**
 * The JCA lookups of a DTLS handshake: the JDK's providers first, BouncyCastle's provider for a signature algorithm the
 * JDK does not know.
 *
 * <p>Why: our CertificateRequest lists every scheme bctls supports, RSA-PSS (rsa_pss_rsae_*, rsa_pss_pss_*) included.
 * OpenSSL (GStreamer's webrtcbin) and BoringSSL (Chromium with an RSA RTCCertificate) then sign their CertificateVerify
 * with RSA-PSS, and bctls asks the JCA for "SHA256WITHRSAANDMGF1", a name only BouncyCastle's provider knows; the JDK
 * answered NoSuchAlgorithmException and the handshake ended in internal_error(80) (issue 12). Everything else (ECDHE,
 * ECDSA, AES-GCM, HMAC) stays on the JDK, whose EC code is the faster one. The provider is passed, never installed in
 * {@link java.security.Security}, so nothing else in the JVM changes.
 */
final class FallbackJcaJceHelper extends DefaultJcaJceHelper {

    /** One instance for the process: building a provider registers hundreds of algorithms. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final FallbackJcaJceHelper INSTANCE = new FallbackJcaJceHelper();

    private FallbackJcaJceHelper() {
    }

    /** A TLS crypto for one handshake (its own SecureRandom: each handshake runs on its own thread). */
    static JcaTlsCrypto crypto() {
        SecureRandom random = new SecureRandom();
        return new JcaTlsCrypto(INSTANCE, random, random) {
        };
    }

    @Override
    public Signature createSignature(String algorithm) throws NoSuchAlgorithmException {
        try {
            return super.createSignature(algorithm);
        } catch (NoSuchAlgorithmException e) {
            return Signature.getInstance(algorithm, BOUNCY_CASTLE);
        }
    }
}
