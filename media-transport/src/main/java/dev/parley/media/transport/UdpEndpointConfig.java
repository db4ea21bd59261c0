package dev.parley.media.transport;

import dev.parley.media.transport.dtls.DtlsCertificate;
import dev.parley.media.transport.ice.CidrRange;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * Settings of one {@link UdpEndpoint}.
 *
 * @param bindAddress local address and port; default 0.0.0.0:10000 (port 0 picks a free one, as tests do)
 * @param allowedIceSources checks from outside these ranges are dropped; default any address
 * @param consentTimeout a session without a valid ICE check for this long is closed (RFC 7675 uses 30 s)
 * @param dtlsTimeout a DTLS handshake must finish within this time from its first datagram
 * @param maxDatagramSize larger datagrams are dropped as {@link DropReason#OVERSIZE}; bytes
 * @param clockMillis monotonic milliseconds for consent timing; tests inject a fake clock
 * @param certificate the DTLS certificate; default the process-wide one
 * @param dtlsExecutor runs DTLS associations (each blocks a thread for its lifetime); default a virtual thread each
 */
public record UdpEndpointConfig(
        InetSocketAddress bindAddress,
        List<CidrRange> allowedIceSources,
        Duration consentTimeout,
        Duration dtlsTimeout,
        int maxDatagramSize,
        LongSupplier clockMillis,
        DtlsCertificate certificate,
        Executor dtlsExecutor) {

    /** The default media port. */
    public static final int DEFAULT_PORT = 10000;

    public UdpEndpointConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        allowedIceSources = List.copyOf(allowedIceSources);
        Objects.requireNonNull(consentTimeout, "consentTimeout");
        Objects.requireNonNull(dtlsTimeout, "dtlsTimeout");
        Objects.requireNonNull(clockMillis, "clockMillis");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(dtlsExecutor, "dtlsExecutor");
        if (maxDatagramSize < 1200 || maxDatagramSize > 65507) {
            throw new IllegalArgumentException("maxDatagramSize must be within 1200..65507 bytes, got " + maxDatagramSize);
        }
    }

    /** 0.0.0.0:10000, any ICE source, 30 s consent, 10 s DTLS, 1500-byte datagrams, the system clock. */
    public static UdpEndpointConfig defaults() {
        return new UdpEndpointConfig(
                new InetSocketAddress(DEFAULT_PORT),
                CidrRange.ANY,
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                1500,
                () -> System.nanoTime() / 1_000_000,
                DtlsCertificate.processCertificate(),
                Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("parley-dtls-", 0).factory()));
    }

    public UdpEndpointConfig withBindAddress(InetSocketAddress value) {
        return new UdpEndpointConfig(value, allowedIceSources, consentTimeout, dtlsTimeout, maxDatagramSize, clockMillis,
                certificate, dtlsExecutor);
    }

    public UdpEndpointConfig withAllowedIceSources(List<CidrRange> value) {
        return new UdpEndpointConfig(bindAddress, value, consentTimeout, dtlsTimeout, maxDatagramSize, clockMillis,
                certificate, dtlsExecutor);
    }

    public UdpEndpointConfig withConsentTimeout(Duration value) {
        return new UdpEndpointConfig(bindAddress, allowedIceSources, value, dtlsTimeout, maxDatagramSize, clockMillis,
                certificate, dtlsExecutor);
    }

    public UdpEndpointConfig withDtlsTimeout(Duration value) {
        return new UdpEndpointConfig(bindAddress, allowedIceSources, consentTimeout, value, maxDatagramSize, clockMillis,
                certificate, dtlsExecutor);
    }

    public UdpEndpointConfig withMaxDatagramSize(int value) {
        return new UdpEndpointConfig(bindAddress, allowedIceSources, consentTimeout, dtlsTimeout, value, clockMillis,
                certificate, dtlsExecutor);
    }

    public UdpEndpointConfig withClockMillis(LongSupplier value) {
        return new UdpEndpointConfig(bindAddress, allowedIceSources, consentTimeout, dtlsTimeout, maxDatagramSize, value,
                certificate, dtlsExecutor);
    }

    public UdpEndpointConfig withCertificate(DtlsCertificate value) {
        return new UdpEndpointConfig(bindAddress, allowedIceSources, consentTimeout, dtlsTimeout, maxDatagramSize,
                clockMillis, value, dtlsExecutor);
    }

    public UdpEndpointConfig withDtlsExecutor(Executor value) {
        return new UdpEndpointConfig(bindAddress, allowedIceSources, consentTimeout, dtlsTimeout, maxDatagramSize,
                clockMillis, certificate, value);
    }
}
