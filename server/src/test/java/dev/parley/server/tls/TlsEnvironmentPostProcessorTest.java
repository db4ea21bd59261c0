package dev.parley.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class TlsEnvironmentPostProcessorTest {
    @TempDir
    Path dataDir;

    private final TlsEnvironmentPostProcessor processor = new TlsEnvironmentPostProcessor(new DeferredLogs());

    @Test
    void withoutTlsSettingsNothingChanges() {
        MockEnvironment environment = new MockEnvironment();

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("server.ssl.bundle")).isNull();
    }

    @Test
    void configuredPemFilesBecomeTheServersSslBundle() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("parley.tls.certificate", "/etc/parley/tls/fullchain.pem")
                .withProperty("parley.tls.private-key", "/etc/parley/tls/privkey.pem");

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("server.ssl.bundle")).isEqualTo("parley");
        assertThat(environment.getProperty("spring.ssl.bundle.pem.parley.keystore.certificate"))
                .isEqualTo("file:/etc/parley/tls/fullchain.pem");
        assertThat(environment.getProperty("spring.ssl.bundle.pem.parley.keystore.private-key"))
                .isEqualTo("file:/etc/parley/tls/privkey.pem");
    }

    @Test
    void anOperatorsOwnServerSslSettingWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("parley.tls.self-signed", "true")
                .withProperty("parley.data-dir", dataDir.toString()).withProperty("server.ssl.bundle", "mine");

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("server.ssl.bundle")).isEqualTo("mine");
    }

    @Test
    void selfSignedGeneratesIntoTheDataDir() {
        MockEnvironment environment = new MockEnvironment().withProperty("parley.tls.self-signed", "true")
                .withProperty("parley.data-dir", dataDir.toString());

        processor.postProcessEnvironment(environment, null);

        assertThat(Files.isRegularFile(dataDir.resolve("tls/self-signed.crt"))).isTrue();
        assertThat(environment.getProperty("spring.ssl.bundle.pem.parley.keystore.private-key"))
                .isEqualTo("file:" + dataDir.resolve("tls/self-signed.key").toAbsolutePath());
    }

    @Test
    void aCertificateWithoutItsKeyIsRefusedWithTheSettingsNamed() {
        MockEnvironment environment = new MockEnvironment().withProperty("parley.tls.certificate", "/etc/parley/cert.pem");

        assertThatThrownBy(() -> processor.postProcessEnvironment(environment, null)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("parley.tls.private-key");
    }
}
