package dev.parley.server.tls;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code parley.tls.*} into Spring Boot's own SSL settings before the web server is created: a PEM SSL bundle named
 * {@value #BUNDLE} ({@code spring.ssl.bundle.pem.parley.keystore.*}) and {@code server.ssl.bundle=parley}. It runs this early
 * (an environment post-processor, not a bean) because the embedded Tomcat reads its SSL settings while it is being built.
 * Its property source comes last, so anyone who configures {@code server.ssl.*} or the bundle by hand still wins.
 */
public final class TlsEnvironmentPostProcessor implements EnvironmentPostProcessor {
    static final String BUNDLE = "parley";
    static final String PROPERTY_SOURCE = "parley-tls";

    private final Log log;

    public TlsEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(TlsEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        TlsProperties tls = binder.bindOrCreate("parley.tls", TlsProperties.class);
        if (!tls.enabled()) {
            return;
        }
        String certificate = tls.certificate();
        String privateKey = tls.privateKey();
        if (tls.selfSigned()) {
            Path dataDir = binder.bind("parley.data-dir", Bindable.of(Path.class)).orElse(Path.of("data"));
            SelfSignedCertificate generated = SelfSignedCertificate.loadOrCreate(dataDir.resolve("tls"), tls.selfSignedHosts(),
                    Instant.now());
            // The fingerprint lets a visitor check the browser's warning page against what the operator sees here.
            log.info((generated.generated() ? "generated a" : "using the") + " self-signed TLS certificate file="
                    + generated.certificateFile().toAbsolutePath() + " sha256=" + generated.fingerprint()
                    + " (browsers warn once; set parley.tls.certificate and parley.tls.private-key for a real one)");
            certificate = generated.certificateFile().toAbsolutePath().toString();
            privateKey = generated.privateKeyFile().toAbsolutePath().toString();
        } else {
            log.info("serving https with the certificate file=" + certificate);
        }
        Map<String, Object> ssl = new LinkedHashMap<>();
        ssl.put("spring.ssl.bundle.pem." + BUNDLE + ".keystore.certificate", fileLocation(certificate));
        ssl.put("spring.ssl.bundle.pem." + BUNDLE + ".keystore.private-key", fileLocation(privateKey));
        ssl.put("server.ssl.bundle", BUNDLE);
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, ssl));
    }

    /** Spring resource locations: a plain path means a file (a classpath: or file: location is kept as given). */
    private static String fileLocation(String path) {
        return path.contains(":") && !path.startsWith("/") ? path : "file:" + path;
    }
}
