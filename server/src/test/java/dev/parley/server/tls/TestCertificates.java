package dev.parley.server.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway test CA and a server certificate it signed for {@code 127.0.0.1} and {@code localhost}, as PEM files
 * ({@code ca.crt}, {@code server.crt}, {@code server.key}): what an operator gets from their CA, for https tests.
 */
public final class TestCertificates {
    private final Path dir;
    private final X509Certificate ca;
    private final X509Certificate server;

    private TestCertificates(Path dir, X509Certificate ca, X509Certificate server) {
        this.dir = dir;
        this.ca = ca;
        this.server = server;
    }

    public static TestCertificates create(Path dir) {
        try {
            Files.createDirectories(dir);
            KeyPair caKeys = keyPair();
            X500Name caName = new X500Name("CN=Parley test CA");
            X509v3CertificateBuilder caBuilder = builder(caName, caName, caKeys);
            caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            caBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate ca = sign(caBuilder, caKeys);

            KeyPair serverKeys = keyPair();
            X509v3CertificateBuilder serverBuilder = builder(caName, new X500Name("CN=127.0.0.1"), serverKeys);
            serverBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            serverBuilder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
            X509Certificate server = sign(serverBuilder, caKeys);

            Files.writeString(dir.resolve("ca.crt"), SelfSignedCertificate.pem(ca));
            // The chain a server sends: its own certificate, then the CA's (like Let's Encrypt's fullchain.pem).
            Files.writeString(dir.resolve("server.crt"), SelfSignedCertificate.pem(server) + SelfSignedCertificate.pem(ca));
            Files.writeString(dir.resolve("server.key"), SelfSignedCertificate.pem(serverKeys.getPrivate()));
            return new TestCertificates(dir, ca, server);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("could not create the test certificates in " + dir, e);
        }
    }

    public Path certificateFile() {
        return dir.resolve("server.crt");
    }

    public Path privateKeyFile() {
        return dir.resolve("server.key");
    }

    public X509Certificate serverCertificate() {
        return server;
    }

    /** A client context that trusts this CA only (and so checks the chain and, in HttpClient, the host name). */
    public SSLContext trustingCa() throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    /** Base64 SHA-256 of the server key's SubjectPublicKeyInfo: Chromium's {@code --ignore-certificate-errors-spki-list}. */
    public String serverSpkiSha256() throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(server.getPublicKey().getEncoded()));
    }

    /** A client context that accepts any certificate, to reach a server whose certificate it cannot know in advance. */
    public static SSLContext trustingAnything() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new AcceptAll()}, null);
        return context;
    }

    /** The certificate a TLS server at host:port presents (without trusting it). */
    public static X509Certificate served(String host, int port) throws IOException, GeneralSecurityException {
        try (SSLSocket socket = (SSLSocket) trustingAnything().getSocketFactory().createSocket(host, port)) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    public static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        return SelfSignedCertificate.fingerprint(certificate);
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), subject, keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }

    /** Trusts every certificate and skips the host name check: for reading a certificate, never for trusting one. */
    private static final class AcceptAll extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
