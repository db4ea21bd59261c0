package dev.parley.media.sfu.bench;

import dev.parley.media.sfu.Consumer;
import dev.parley.media.sfu.ConsumerStats;
import dev.parley.media.sfu.MediaConfig;
import dev.parley.media.sfu.MediaServer;
import dev.parley.media.sfu.MediaStats;
import dev.parley.media.sfu.Producer;
import dev.parley.media.sfu.Router;
import dev.parley.media.sfu.RouterListener;
import dev.parley.media.sfu.TransportState;
import dev.parley.media.sfu.WebRtcTransport;
import dev.parley.media.sfu.browser.FakeBrowser;
import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.sfu.rtp.RtpHeaderExtension;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.wire.rtp.RtpHeaderWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Pushes synthetic SRTP video from 1 publisher to N subscribers through a real MediaServer on loopback and prints packets
 * forwarded per second and CPU µs per forwarded packet (TESTING.md target: ≤ 12 µs for the whole process).
 *
 * <p>To measure the SFU and not the fake browsers, the publisher's packets are encrypted before the clock starts and the
 * subscribers do not read their sockets after connecting (the kernel drops what overflows); the process CPU still includes the
 * publisher's send syscalls, GC and JIT. The CPU of the SFU's own threads (UDP reader + Router loop) is printed too.
 *
 * <p>Run from the repository root; the reactor build puts the modules' own {@code target/classes} on the class path, so nothing
 * is installed into {@code ~/.m2}:
 * <pre>
 * ./mvnw -q -pl media-sfu -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp media-sfu/target/test-classes:media-sfu/target/classes:$(cat media-sfu/target/cp.txt) \
 *     dev.parley.media.sfu.bench.ForwardingBenchmark [subscribers=10] [packetsPerSecond=1000] [seconds=10] [payloadBytes=1000]
 *     [burst=1]
 * </pre>
 * {@code burst} packets go out back to back (a video frame is several packets sent at once by the browser's pacer); 1 spaces
 * every packet evenly, the worst case for per-wake-up costs.
 */
public final class ForwardingBenchmark {
    private static final long SSRC = 0x0BE7_C4A1L;
    private static final int PT = 96;

    private ForwardingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int subscribers = arg(args, 0, 10);
        int rate = arg(args, 1, 1000);
        int seconds = arg(args, 2, 10);
        int payloadBytes = arg(args, 3, 1000);
        int burst = arg(args, 4, 1);
        int warmupSeconds = 6; // lets C2 finish compiling the packet path before the clock starts

        // The fake browsers send one ICE check, not consent checks: on a loaded machine the setup (40 DTLS handshakes,
        // encrypting every packet) can outlast the usual 30 s consent timeout and the publisher would be dropped mid-run.
        MediaConfig loopback = MediaConfig.loopback();
        MediaConfig config = new MediaConfig(loopback.bind(), loopback.announcedAddresses(), loopback.iceAllowedSources(),
                Duration.ofMinutes(10), loopback.dtlsHandshakeTimeout());
        try (MediaServer server = MediaServer.start(config)) {
            Router router = server.createRouter("bench", RouterListener.NONE);
            FakeBrowser publisher = new FakeBrowser("pub", server.port());
            WebRtcTransport send = connect(router, "pub", publisher, true);
            Producer producer = router.produce(send, "video", videoParameters()).join();
            List<FakeBrowser> browsers = new ArrayList<>(List.of(publisher));
            List<Consumer> consumers = new ArrayList<>();
            for (int i = 0; i < subscribers; i++) {
                FakeBrowser sub = new FakeBrowser("sub" + i, server.port());
                browsers.add(sub);
                WebRtcTransport recv = connect(router, "sub" + i, sub, false);
                consumers.add(router.consume(recv, "c" + i, producer, "0", "pub").join());
            }

            int total = rate * (warmupSeconds + seconds);
            System.out.printf("encrypting %d packets of %d payload bytes ...%n", total, payloadBytes);
            byte[][] packets = new byte[total][];
            for (int i = 0; i < total; i++) {
                packets[i] = publisher.protect(rtp(i, payloadBytes), false);
            }

            long intervalNanos = 1_000_000_000L / rate;
            long start = System.nanoTime();
            long measureFrom = start + warmupSeconds * 1_000_000_000L;
            long cpuAtStart = 0;
            long publisherCpuAtStart = 0;
            long sfuCpuAtStart = 0;
            long forwardedAtStart = 0;
            boolean measuring = false;
            for (int i = 0; i < total; i++) {
                long due = start + (i - i % burst) * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 50_000) {
                    LockSupport.parkNanos(wait);
                }
                if (!measuring && System.nanoTime() >= measureFrom) {
                    measuring = true;
                    cpuAtStart = processCpuNanos();
                    publisherCpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    sfuCpuAtStart = sfuThreadsCpuNanos();
                    forwardedAtStart = forwarded(router);
                    measureFrom = System.nanoTime();
                }
                publisher.sendProtected(packets[i]);
            }
            long publisherCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - publisherCpuAtStart;
            Thread.sleep(200); // let the loop drain
            long elapsed = System.nanoTime() - measureFrom - 200_000_000L;
            long cpu = processCpuNanos() - cpuAtStart;
            long sfuCpu = sfuThreadsCpuNanos() - sfuCpuAtStart;
            long forwarded = forwarded(router) - forwardedAtStart;
            MediaStats stats = server.stats();

            System.out.printf("subscribers=%d input=%d pkt/s in bursts of %d, payload=%d B, measured=%.1f s%n", subscribers,
                    rate, burst, payloadBytes, elapsed / 1e9);
            System.out.printf("forwarded: %d packets = %.0f pkt/s%n", forwarded, forwarded / (elapsed / 1e9));
            System.out.printf("process CPU: %.2f µs per forwarded packet (%.0f %% of one core)%n",
                    cpu / 1000.0 / Math.max(1, forwarded), 100.0 * cpu / elapsed);
            System.out.printf("process CPU without the fake publisher's send loop: %.2f µs per forwarded packet%n",
                    (cpu - publisherCpu) / 1000.0 / Math.max(1, forwarded));
            System.out.printf("SFU threads (UDP reader + Router loop) CPU: %.2f µs per forwarded packet%n",
                    sfuCpu / 1000.0 / Math.max(1, forwarded));
            long forwardedBits = 8L * forwarded * (payloadBytes + 12 + 8 + 16); // RTP header + our extensions + GCM tag
            System.out.printf("process CPU per forwarded megabit: %.4f s%n", cpu / 1e9 / (forwardedBits / 1e6));
            System.out.printf("drops: %s%n", stats.drops());
            System.out.printf("threads: %s%n", threadCpu());
            for (FakeBrowser b : browsers) {
                b.close();
            }
            router.close();
        }
    }

    private static WebRtcTransport connect(Router router, String id, FakeBrowser browser, boolean readMedia)
            throws Exception {
        WebRtcTransport transport = router.createWebRtcTransport(id);
        transport.connect(browser.parameters());
        browser.connect(transport.localParameters(), readMedia);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (transport.state() != TransportState.CONNECTED && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (transport.state() != TransportState.CONNECTED) {
            throw new IllegalStateException(id + " did not connect: " + transport.state());
        }
        return transport;
    }

    private static ProducerParameters videoParameters() {
        RtpCodec vp8 = new RtpCodec("video/VP8", PT, 90000, 1, Map.of(), List.of("nack", "nack pli", "transport-cc"), 97);
        return new ProducerParameters("0", MediaKind.VIDEO, vp8,
                List.of(new RtpHeaderExtension(SfuCapabilities.URI_TRANSPORT_CC, 3)),
                List.of(new RtpEncoding(null, SSRC, 0)), "pub", "pub", "video");
    }

    /** Packet i: a VP8 keyframe start every 300 packets, continuation packets otherwise; 30 packets per frame. */
    private static byte[] rtp(int i, int payloadBytes) {
        byte[] buf = new byte[payloadBytes + 40];
        int header = new RtpHeaderWriter(buf, 0).header(PT, i % 30 == 29, i & 0xFFFF, 3000L * (i / 30), SSRC)
                .extension(3, new byte[] {(byte) (i >> 8), (byte) i}).finish();
        byte[] payload = new byte[payloadBytes];
        Arrays.fill(payload, (byte) 0x5A);
        payload[0] = (byte) (i % 300 == 0 ? 0x10 : 0x00);   // VP8 descriptor: S=1 at a keyframe start, else S=0
        payload[1] = 0x50;                                    // VP8 payload header: P=0 (keyframe) where S=1
        System.arraycopy(payload, 0, buf, header, payloadBytes);
        return Arrays.copyOf(buf, header + payloadBytes);
    }

    /**
     * One snapshot of every Consumer (one wait for the loop, not one per Consumer behind a packet backlog). An overloaded loop
     * may not answer within the stats timeout; it is asked again rather than losing the whole run.
     */
    private static long forwarded(Router router) {
        for (int attempt = 1; ; attempt++) {
            try {
                long sum = 0;
                for (ConsumerStats c : router.stats().consumers()) {
                    sum += c.packets();
                }
                return sum;
            } catch (IllegalStateException busy) {
                if (attempt == 60) {
                    throw busy;
                }
                System.out.println("the Router loop is behind (stats timed out), asking again");
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long sfuThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("router-") || t.getName().startsWith("parley-udp-")) {
                long cpu = threads.getThreadCpuTime(t.threadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }

    /** CPU seconds by thread name prefix, to see where the time goes. */
    private static Map<String, String> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byPrefix = new java.util.TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String prefix = t.getName().replaceAll("[-_ ]?[0-9]+$", "");
            byPrefix.merge(prefix, Math.max(0, threads.getThreadCpuTime(t.threadId())), Long::sum);
        }
        Map<String, String> out = new java.util.TreeMap<>();
        byPrefix.forEach((k, v) -> {
            if (v > 50_000_000L) {
                out.put(k, String.format("%.2f s", v / 1e9));
            }
        });
        return out;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
