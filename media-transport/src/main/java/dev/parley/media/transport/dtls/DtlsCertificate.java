package dev.parley.media.transport.dtls;

import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed ECDSA P-256 certificate this process shows in every DTLS handshake (RFC 8827 §6.5: WebRTC peers
 * authenticate certificates by the SDP fingerprint, not by a CA, so one self-signed certificate per process is enough).
 * P-256 is what browsers generate themselves and verify fastest.
 */
public final class DtlsCertificate {

    private static volatile DtlsCertificate processCertificate;

    private final byte[] der;
    private final PrivateKey privateKey;
    private final DtlsFingerprint fingerprint;

    private DtlsCertificate(byte[] der, PrivateKey privateKey) {
        this.der = der;
        this.privateKey = privateKey;
        this.fingerprint = DtlsFingerprint.ofCertificate("sha-256", der);
    }

    /** The certificate shared by every endpoint of this process, generated on first use. */
    public static DtlsCertificate processCertificate() {
        DtlsCertificate cert = processCertificate;
        if (cert == null) {
            synchronized (DtlsCertificate.class) {
                cert = processCertificate;
                if (cert == null) {
                    cert = generate();
                    processCertificate = cert;
                }
            }
        }
        return cert;
    }

    /** A new key pair and a self-signed certificate valid from one day ago for 30 days. */
    public static DtlsCertificate generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=parley");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(30))),
                    name,
                    keys.getPublic());
            byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded();
            return new DtlsCertificate(der, keys.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot create the DTLS certificate", e);
        }
    }

    /** The sha-256 fingerprint to put in SDP. */
    public DtlsFingerprint fingerprint() {
        return fingerprint;
    }

    /** The DER encoding (a copy). */
    public byte[] der() {
        return der.clone();
    }

    /** The private key, for DTLS signing (and for test clients that play the browser). */
    public PrivateKey privateKey() {
        return privateKey;
    }

    byte[] derUnsafe() {
        return der;
    }
}
