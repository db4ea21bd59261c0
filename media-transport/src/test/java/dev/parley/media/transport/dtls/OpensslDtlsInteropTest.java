package dev.parley.media.transport.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.transport.srtp.SrtpProfile;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our DTLS server against OpenSSL's client ({@code openssl s_client}), the stack GStreamer's webrtcbin uses. OpenSSL (and
 * BoringSSL with an RSA certificate) signs its CertificateVerify with RSA-PSS when the server lists it, so every signature
 * scheme we advertise in the CertificateRequest must also verify (issue 12, defect 1: it used to end in internal_error).
 * The DTLS layer is driven directly over a loopback socket: no ICE, which openssl cannot do.
 */
class OpensslDtlsInteropTest {

    @TempDir
    Path dir;

    DatagramSocket socket;
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    volatile SocketAddress client;
    final CompletableFuture<SrtpKeys> keys = new CompletableFuture<>();
    final CompletableFuture<DtlsFailure> failure = new CompletableFuture<>();

    @BeforeEach
    void bind() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void close() {
        socket.close();
        threads.shutdownNow();
    }

    @ParameterizedTest(name = "{0} key, client signs with {1}, {2}")
    @CsvSource({
        "rsa:2048, rsa_pss_rsae_sha256, SRTP_AES128_CM_SHA1_80",
        "rsa:2048, rsa_pss_rsae_sha256, SRTP_AEAD_AES_128_GCM",
        "rsa:2048, rsa_pkcs1_sha256, SRTP_AES128_CM_SHA1_80",
        "rsa:2048, ,SRTP_AES128_CM_SHA1_80", // OpenSSL's own choice
        "rsa-pss, rsa_pss_pss_sha256, SRTP_AEAD_AES_128_GCM",
        "ec, ecdsa_secp256r1_sha256, SRTP_AEAD_AES_128_GCM",
        "ed25519, ed25519, SRTP_AEAD_AES_128_GCM",
    })
    void opensslClientCompletesTheHandshake(String keyType, String clientSigalg, String srtpProfile) throws Exception {
        byte[] der = selfSignedCertificate(keyType);
        DtlsHandshake dtls = new DtlsHandshake(DtlsCertificate.processCertificate(),
                DtlsFingerprint.ofCertificate("sha-256", der), this::sendToClient, threads, Duration.ofSeconds(30),
                new DtlsHandshake.Callback() {
                    @Override
                    public void onKeys(SrtpKeys k) {
                        keys.complete(k);
                    }

                    @Override
                    public void onFailure(DtlsFailure f) {
                        failure.complete(f);
                    }
                });
        threads.execute(() -> receiveInto(dtls));

        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-dtls1_2",
                "-connect", "127.0.0.1:" + socket.getLocalPort(), "-cert", "cert.pem", "-key", "key.pem",
                "-use_srtp", srtpProfile));
        if (clientSigalg != null) {
            command.addAll(List.of("-client_sigalgs", clientSigalg));
        }
        Process openssl = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        try {
            // Generous: the first handshake of a JVM loads all of bctls, which took 10-20 s on the loaded 2-core CI machine.
            CompletableFuture.anyOf(keys, failure).get(45, TimeUnit.SECONDS);
            assertThat(failure).as("server-side DTLS failure; openssl said:%n%s", log()).isNotDone();
            SrtpKeys negotiated = keys.join();
            assertThat(negotiated.profile()).isEqualTo(srtpProfile.contains("GCM")
                    ? SrtpProfile.AEAD_AES_128_GCM : SrtpProfile.AES128_CM_HMAC_SHA1_80);
        } catch (TimeoutException e) {
            throw new AssertionError("no DTLS keys; server failure=" + failure.getNow(null) + ", openssl said:\n"
                    + log(), e);
        } finally {
            openssl.destroy();
            openssl.waitFor(5, TimeUnit.SECONDS);
            dtls.close();
        }
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("openssl.log"));
    }

    /** Writes key.pem and cert.pem with openssl and returns the certificate's DER bytes. */
    private byte[] selfSignedCertificate(String keyType) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "req", "-x509", "-newkey", keyType, "-keyout", "key.pem", "-out", "cert.pem",
                "-days", "2", "-nodes", "-subj", "/CN=webrtcbin"));
        if (keyType.equals("ec")) {
            command.addAll(List.of("-pkeyopt", "ec_paramgen_curve:prime256v1"));
        }
        Process req = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(req.waitFor()).as(output).isZero();
        String pem = Files.readString(dir.resolve("cert.pem"));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private void receiveInto(DtlsHandshake dtls) {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                return;
            }
            client = packet.getSocketAddress();
            dtls.offer(buf, 0, packet.getLength());
        }
    }

    private void sendToClient(byte[] buf, int off, int len) throws IOException {
        socket.send(new DatagramPacket(buf, off, len, client));
    }
}
