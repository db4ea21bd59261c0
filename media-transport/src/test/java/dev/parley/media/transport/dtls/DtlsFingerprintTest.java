package dev.parley.media.transport.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.sdp.DtlsFingerprint;
import org.junit.jupiter.api.Test;

class DtlsFingerprintTest {

    @Test
    void certificateMatchesItsOwnFingerprintOnly() {
        DtlsCertificate a = DtlsCertificate.generate();
        DtlsCertificate b = DtlsCertificate.generate();

        assertThat(a.fingerprint().algorithm()).isEqualTo("sha-256");
        assertThat(a.fingerprint().value()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(a.fingerprint().matches(a.der())).isTrue();
        assertThat(a.fingerprint().matches(b.der())).isFalse();
    }

    @Test
    void parsesSdpValuesCaseInsensitively() {
        DtlsCertificate cert = DtlsCertificate.generate();
        String sdp = "SHA-256 " + cert.fingerprint().value().toLowerCase();

        DtlsFingerprint parsed = DtlsFingerprint.parse(sdp);

        assertThat(parsed).isEqualTo(cert.fingerprint());
        assertThat(parsed.sdpValue()).isEqualTo("sha-256 " + cert.fingerprint().value());
        assertThat(DtlsFingerprint.ofCertificate("sha-1", cert.der()).matches(cert.der())).isTrue();
    }

    @Test
    void anUnknownHashNeverMatchesAndGarbageDoesNotParse() {
        DtlsCertificate cert = DtlsCertificate.generate();
        assertThat(DtlsFingerprint.parse("md5 AA:BB").matches(cert.der())).isFalse();
        assertThat(DtlsFingerprint.parse("sha-256")).isNull();
        assertThat(DtlsFingerprint.parse(null)).isNull();
    }

    @Test
    void processCertificateIsGeneratedOnce() {
        assertThat(DtlsCertificate.processCertificate()).isSameAs(DtlsCertificate.processCertificate());
    }
}
