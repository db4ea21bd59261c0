package dev.parley.server.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed ECDSA P-256 server certificate kept in {@code <dir>/self-signed.crt} and {@code self-signed.key} (owner-only).
 * Generated once and reused on every start, so a browser's "proceed anyway" (or a trusted copy of the certificate) survives
 * restarts; replaced only when it has expired or is about to.
 *
 * @param certificateFile the PEM certificate
 * @param privateKeyFile  the PEM private key (PKCS#8)
 * @param fingerprint     SHA-256 of the certificate, as browsers show it (AB:CD:…)
 * @param generated       whether this start created it
 */
record SelfSignedCertificate(Path certificateFile, Path privateKeyFile, String fingerprint, boolean generated) {
    /** Long enough for a trial; browsers do not apply their 398-day limit to certificates they do not trust anyway. */
    static final Duration VALIDITY = Duration.ofDays(825);
    /** An older certificate is replaced this long before it expires, so a trial is never cut off mid-meeting. */
    static final Duration RENEW_BEFORE = Duration.ofDays(7);

    static SelfSignedCertificate loadOrCreate(Path dir, List<String> hosts, Instant now) {
        Path certificate = dir.resolve("self-signed.crt");
        Path key = dir.resolve("self-signed.key");
        try {
            if (Files.isRegularFile(certificate) && Files.isRegularFile(key)) {
                X509Certificate existing = read(certificate);
                if (existing.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE))) {
                    return new SelfSignedCertificate(certificate, key, fingerprint(existing), false);
                }
            }
            Files.createDirectories(dir);
            X509Certificate created = write(certificate, key, hosts.isEmpty() ? defaultHosts() : hosts, now);
            return new SelfSignedCertificate(certificate, key, fingerprint(created), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the self-signed certificate in " + dir.toAbsolutePath(), e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("could not create the self-signed certificate in " + dir.toAbsolutePath(), e);
        }
    }

    static X509Certificate read(Path pem) throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** Colon-separated upper-case hex of the SHA-256 of the DER certificate. */
    static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    private static X509Certificate write(Path certificateFile, Path keyFile, List<String> hosts, Instant now)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=" + hosts.getFirst().replace(",", "") + ",O=Parley self-signed");
        var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), name, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames(hosts));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        writeOwnerOnly(keyFile, pem(keys.getPrivate()));
        Files.writeString(certificateFile, pem(certificate));
        return certificate;
    }

    private static GeneralNames subjectAlternativeNames(List<String> hosts) {
        List<GeneralName> names = new ArrayList<>();
        for (String host : hosts) {
            boolean address = host.contains(":") || host.matches("[0-9.]+");
            names.add(new GeneralName(address ? GeneralName.iPAddress : GeneralName.dNSName, host));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    /** localhost, the loopback addresses, this machine's name and every interface address: what a LAN trial types. */
    static List<String> defaultHosts() {
        Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        try {
            hosts.add(InetAddress.getLocalHost().getHostName());
        } catch (IOException unknown) {
            // No resolvable host name: the addresses below still work.
        }
        try {
            NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .map(address -> address.getHostAddress().replaceFirst("%.*$", ""))
                    .forEach(hosts::add);
        } catch (SocketException e) {
            // Interfaces unreadable: localhost only.
        }
        return List.copyOf(hosts);
    }

    static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            // The key as PKCS#8 ("PRIVATE KEY"), the form every PEM reader (Spring Boot's, nginx's) accepts.
            writer.writeObject(object instanceof PrivateKey key ? new JcaPKCS8Generator(key, null) : object);
        }
        return out.toString();
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content);
    }
}
