package dev.parley.media.sfu.browser;

import dev.parley.media.transport.dtls.DtlsCertificate;
import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.transport.srtp.SrtpProfile;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Hashtable;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;

/**
 * The DTLS-SRTP client half of a fake browser (RFC 5764): DTLS 1.2, ECDSA client certificate, use_srtp with AES-GCM, keys
 * exported with the "EXTRACTOR-dtls_srtp" label. The server certificate is not pinned here: the SFU tests check forwarding,
 * media-transport's own tests check pinning.
 */
final class BrowserDtlsClient extends DefaultTlsClient {
    private final DtlsCertificate certificate;
    private SrtpKeys keys;

    BrowserDtlsClient(DtlsCertificate certificate) {
        super(new JcaTlsCryptoProvider().create(new SecureRandom()));
        this.certificate = certificate;
    }

    SrtpKeys keys() {
        return keys;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return new int[] {CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256};
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getClientExtensions() throws IOException {
        Hashtable extensions = super.getClientExtensions();
        int[] profiles = {SrtpProfile.AEAD_AES_128_GCM.id()};
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(profiles, TlsUtils.EMPTY_BYTES));
        return extensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        SrtpProfile profile = SrtpProfile.AEAD_AES_128_GCM;
        keys = new SrtpKeys(profile, context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, profile.keyingMaterialLength()));
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) {
                // accepted: see the class comment
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                TlsCertificate own = getCrypto().createCertificate(certificate.der());
                return new JcaDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), (JcaTlsCrypto) getCrypto(),
                        certificate.privateKey(), new Certificate(new TlsCertificate[] {own}),
                        SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
            }
        };
    }
}
