package dev.parley.server.tls;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTPS on Parley's own port (without it Parley speaks plain http, for a reverse proxy or localhost).
 *
 * @param certificate     PEM file with the server certificate (and its chain); with {@code privateKey}
 * @param privateKey      PEM file with the certificate's private key (PKCS#8 or PKCS#1/SEC1); never logged
 * @param selfSigned      generate a self-signed certificate once into {@code <data-dir>/tls/} and use it (a LAN trial:
 *                        browsers warn once); cannot be combined with {@code certificate}
 * @param selfSignedHosts DNS names and IP addresses the self-signed certificate names; empty = localhost, this machine's
 *                        host name and its interface addresses
 */
@ConfigurationProperties("parley.tls")
public record TlsProperties(@DefaultValue("") String certificate, @DefaultValue("") String privateKey,
                            @DefaultValue("false") boolean selfSigned, @DefaultValue("") List<String> selfSignedHosts) {
    public TlsProperties {
        certificate = certificate.strip();
        privateKey = privateKey.strip();
        selfSignedHosts = selfSignedHosts.stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
        if (certificate.isEmpty() != privateKey.isEmpty()) {
            throw new IllegalArgumentException("parley.tls.certificate and parley.tls.private-key (PARLEY_TLS_CERTIFICATE, "
                    + "PARLEY_TLS_PRIVATE_KEY) go together: set both PEM files or neither");
        }
        if (selfSigned && !certificate.isEmpty()) {
            throw new IllegalArgumentException("parley.tls.self-signed=true and parley.tls.certificate exclude each other: "
                    + "use the configured certificate or a generated one, not both");
        }
    }

    /** Whether Parley's port speaks https at all. */
    boolean enabled() {
        return selfSigned || !certificate.isEmpty();
    }
}
