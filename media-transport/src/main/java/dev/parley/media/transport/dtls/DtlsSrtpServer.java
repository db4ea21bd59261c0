package dev.parley.media.transport.dtls;

import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.transport.srtp.SrtpProfile;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.io.IOException;
import java.util.Hashtable;
import java.util.function.Consumer;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/**
 * The BouncyCastle TLS peer for one DTLS-SRTP handshake, server role (RFC 5763 §5: the ICE-lite side answers
 * {@code a=setup:passive}).
 *
 * <ul>
 *   <li>DTLS 1.2 only. Chromium offers 1.3 too (its ClientHello is ~1.4 kB with a post-quantum key share and comes in two
 *       datagrams); BouncyCastle reassembles the fragments and negotiates 1.2.</li>
 *   <li>ECDHE-ECDSA suites with our P-256 certificate.</li>
 *   <li>A client certificate is required and must hash to the fingerprint of the peer's SDP (RFC 8122 §5); otherwise the
 *       handshake fails with bad_certificate.</li>
 *   <li>use_srtp (RFC 5764 §4.1): the first of our profiles the client offers, AES-GCM preferred.</li>
 *   <li>On completion the SRTP keying material is exported with the label "EXTRACTOR-dtls_srtp" (RFC 5764 §4.2).</li>
 * </ul>
 */
final class DtlsSrtpServer extends DefaultTlsServer {

    private static final int[] CIPHER_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    };

    private final DtlsCertificate certificate;
    private final DtlsFingerprint expectedPeer;
    private final int handshakeTimeoutMillis;
    private final Consumer<SrtpKeys> onKeys;
    private SrtpProfile profile;
    private volatile SrtpKeys keys;
    private volatile boolean fingerprintMismatch;
    private volatile boolean peerClosed;

    /**
     * @param onKeys receives the SRTP keys the moment the handshake completes, before BouncyCastle returns the transport:
     *     the browser starts sending SRTP as soon as it has our Finished, so every millisecond here saves packets
     */
    DtlsSrtpServer(JcaTlsCrypto crypto, DtlsCertificate certificate, DtlsFingerprint expectedPeer, int handshakeTimeoutMillis,
            Consumer<SrtpKeys> onKeys) {
        super(crypto);
        this.certificate = certificate;
        this.expectedPeer = expectedPeer;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
        this.onKeys = onKeys;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(getCrypto(), CIPHER_SUITES);
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        return new CertificateRequest(types, TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        if (clientCertificate == null || clientCertificate.isEmpty()) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "DTLS-SRTP requires a client certificate");
        }
        if (!expectedPeer.matches(clientCertificate.getCertificateAt(0).getEncoded())) {
            fingerprintMismatch = true;
            throw new TlsFatalAlert(AlertDescription.bad_certificate, "certificate does not match the SDP fingerprint");
        }
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        TlsCertificate tlsCert = getCrypto().createCertificate(certificate.derUnsafe());
        return new JcaDefaultTlsCredentialedSigner(
                new TlsCryptoParameters(context),
                (JcaTlsCrypto) getCrypto(),
                certificate.privateKey(),
                new Certificate(new TlsCertificate[] {tlsCert}),
                SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        profile = offered == null ? null : choose(offered.getProtectionProfiles());
        if (profile == null) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "no common SRTP protection profile");
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(new int[] {profile.id()}, TlsUtils.EMPTY_BYTES));
        return extensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        byte[] material = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, profile.keyingMaterialLength());
        keys = new SrtpKeys(profile, material);
        onKeys.accept(keys);
    }

    @Override
    public void notifyAlertReceived(short alertLevel, short alertDescription) {
        if (alertLevel == AlertLevel.fatal || alertDescription == AlertDescription.close_notify) {
            peerClosed = true;
        }
    }

    SrtpKeys keys() {
        return keys;
    }

    boolean fingerprintMismatch() {
        return fingerprintMismatch;
    }

    boolean peerClosed() {
        return peerClosed;
    }

    private static SrtpProfile choose(int[] offered) {
        for (SrtpProfile ours : SrtpProfile.values()) {
            for (int id : offered) {
                if (id == ours.id()) {
                    return ours;
                }
            }
        }
        return null;
    }
}
