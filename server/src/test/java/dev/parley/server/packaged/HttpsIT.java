package dev.parley.server.packaged;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.parley.loadtest.bench.ServerProcess;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.tls.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13: https on Parley's own port, as an operator turns it on — a self-signed certificate for a LAN trial (generated once
 * into the data dir, reused on restart, its fingerprint logged, a browser loads the app) and a PEM certificate from their CA.
 */
class HttpsIT {
    /**
     * The server hashes a dummy password while it starts, through the bounded hashing queue (5 s timeout by default); on the
     * loaded 2-core machine (load average 35) that took longer and the start failed. Not what these tests are about.
     */
    static final String PATIENT_HASHING = "--parley.password-hashing.queue-timeout=120s";

    /** The self-signed certificate cannot be known before the server makes it: Chromium accepts it as a visitor would. */
    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture(List.of("--ignore-certificate-errors"));

    @Test
    void aSelfSignedCertificateIsGeneratedOnceReusedOnRestartAndLoadsInABrowser() throws Exception {
        Path work = PackagedServer.workDirectory("https-self-signed");
        List<String> selfSigned = List.of("--parley.tls.self-signed=true", PATIENT_HASHING);
        Path certificateFile = work.resolve("data/tls/self-signed.crt");
        String fingerprint;
        try (ServerProcess server = PackagedServer.startHttps(work, selfSigned, TestCertificates.trustingAnything())) {
            fingerprint = TestCertificates.fingerprint(TestCertificates.served("127.0.0.1", server.base().getPort()));
            assertThat(fingerprint).as("the certificate served is the one in the data dir")
                    .isEqualTo(TestCertificates.fingerprint(read(certificateFile)));
            String log = Files.readString(work.resolve("server.log"));
            assertThat(log).contains("generated a self-signed TLS certificate", "sha256=" + fingerprint);
            String key = Files.readString(work.resolve("data/tls/self-signed.key"));
            assertThat(log).doesNotContain(key.lines().filter(line -> !line.startsWith("-----")).findFirst().orElseThrow());

            browser.useBaseUrl(server.base().toString());
            Page page = browser.newUserPage();
            page.navigate("/login");
            assertThat(page.getByLabel("Username")).isVisible();
            // A secure context is what camera and microphone need: the point of https.
            assertThat(page.evaluate("() => window.isSecureContext && !!navigator.mediaDevices")).isEqualTo(true);
            browser.screenshot(page, "login");
        }
        try (ServerProcess restarted = PackagedServer.startHttps(work, selfSigned, TestCertificates.trustingAnything())) {
            assertThat(TestCertificates.fingerprint(TestCertificates.served("127.0.0.1", restarted.base().getPort())))
                    .as("the same certificate after a restart").isEqualTo(fingerprint);
            assertThat(Files.readString(work.resolve("server.log"))).contains("using the self-signed TLS certificate");
        }
    }

    @Test
    void aConfiguredPemCertificateIsServedWithItsChain() throws Exception {
        Path work = PackagedServer.workDirectory("https-pem");
        TestCertificates certificates = TestCertificates.create(work.resolve("certs"));
        List<String> pem = List.of("--parley.tls.certificate=" + certificates.certificateFile(),
                "--parley.tls.private-key=" + certificates.privateKeyFile(), PATIENT_HASHING);
        // Readiness already went through a client that trusts only the test CA and checks the host name (127.0.0.1).
        try (ServerProcess server = PackagedServer.startHttps(work, pem, certificates.trustingCa())) {
            assertThat(TestCertificates.served("127.0.0.1", server.base().getPort()))
                    .isEqualTo(certificates.serverCertificate());
            assertThat(Files.readString(work.resolve("server.log"))).doesNotContain("self-signed");
        }
    }

    private static X509Certificate read(Path pem) throws Exception {
        try (var in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
