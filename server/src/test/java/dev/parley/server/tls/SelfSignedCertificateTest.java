package dev.parley.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {
    private static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");

    @TempDir
    Path dir;

    @Test
    void generatesOnceAnOwnerOnlyKeyAndACertificateForTheGivenHosts() throws Exception {
        SelfSignedCertificate created = SelfSignedCertificate.loadOrCreate(dir, List.of("parley.lan", "192.168.1.20"), NOW);

        assertThat(created.generated()).isTrue();
        X509Certificate certificate = SelfSignedCertificate.read(created.certificateFile());
        assertThat(names(certificate)).containsExactly("parley.lan", "192.168.1.20");
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(created.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}")
                .isEqualTo(SelfSignedCertificate.fingerprint(certificate));
        assertThat(Files.readString(created.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created.privateKeyFile()))).isEqualTo("rw-------");
    }

    @Test
    void aRestartReusesTheSameCertificate() {
        SelfSignedCertificate first = SelfSignedCertificate.loadOrCreate(dir, List.of("localhost"), NOW);
        SelfSignedCertificate second = SelfSignedCertificate.loadOrCreate(dir, List.of("localhost"), NOW.plusSeconds(86_400));

        assertThat(second.generated()).isFalse();
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void aCertificateAboutToExpireIsReplaced() {
        SelfSignedCertificate first = SelfSignedCertificate.loadOrCreate(dir, List.of("localhost"), NOW);
        Instant nearEnd = NOW.plus(SelfSignedCertificate.VALIDITY).minus(SelfSignedCertificate.RENEW_BEFORE).plusSeconds(1);

        SelfSignedCertificate renewed = SelfSignedCertificate.loadOrCreate(dir, List.of("localhost"), nearEnd);

        assertThat(renewed.generated()).isTrue();
        assertThat(renewed.fingerprint()).isNotEqualTo(first.fingerprint());
    }

    @Test
    void withoutHostsItNamesLocalhostAndTheLoopbackAddresses() throws Exception {
        SelfSignedCertificate created = SelfSignedCertificate.loadOrCreate(dir, List.of(), NOW);

        assertThat(names(SelfSignedCertificate.read(created.certificateFile()))).contains("localhost", "127.0.0.1");
    }

    private static List<String> names(X509Certificate certificate) throws Exception {
        return certificate.getSubjectAlternativeNames().stream().map(name -> name.get(1).toString()).toList();
    }
}
