package dev.parley.loadtest.bench;

import dev.parley.loadtest.bot.ReceiverStats;
import java.util.Locale;

/**
 * The benchmark's numbers and how they are printed. Rates and CPU cover the steady-state window only; join-to-first-frame
 * covers every ordered pair (receiver, sender) of bots.
 *
 * @param options          what ran
 * @param loadBefore       /proc/loadavg before the bots joined (other work on the machine skews every number)
 * @param loadAfter        /proc/loadavg after the window
 * @param firstFrameMillis per pair: from the later of the two join requests to the receiver's first decoded frame of the
 *                         sender's camera, in milliseconds
 * @param pairsWithout     pairs in which no frame was decoded at all
 * @param windowSeconds    length of the measured window
 * @param traffic          the SFU's forwarding counters over the window
 * @param serverCpuSeconds the server process's CPU time over the window, or null when it was not started by the benchmark
 * @param received         the bots' inbound-rtp counters over the window, summed
 */
public record BenchmarkReport(BenchmarkOptions options, String loadBefore, String loadAfter, Percentiles firstFrameMillis,
                              int pairsWithout, double windowSeconds, ConferenceTraffic traffic, Double serverCpuSeconds,
                              ReceiverStats received) {

    /** Forwarded megabits (RTP payload + header, before SRTP) over the window. */
    double forwardedMegabits() {
        return traffic.forwardedBytes() * 8 / 1e6;
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        line(out, "Parley conference benchmark: %d bots, camera %s, audio %s, measured over %.1f s",
                options.bots(), options.video(), options.audio() ? "on" : "off", windowSeconds);
        line(out, "machine: %d cores, load average before %s, after %s", Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAfter);
        line(out, "join -> first remote frame decoded (%d pairs%s): p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                firstFrameMillis.count(), pairsWithout == 0 ? "" : ", " + pairsWithout + " pairs never got a frame",
                firstFrameMillis.p50(), firstFrameMillis.p95(), firstFrameMillis.max());
        line(out, "forwarded by the SFU: %.0f RTP packets/s, %.2f Mbit/s (received from publishers: %.0f packets/s)",
                traffic.forwardedPackets() / windowSeconds, forwardedMegabits() / windowSeconds,
                traffic.receivedPackets() / windowSeconds);
        if (serverCpuSeconds != null) {
            line(out, "SFU process CPU: %.2f cores; %.3f CPU-seconds per forwarded Mbit; %.1f µs per forwarded packet",
                    serverCpuSeconds / windowSeconds, serverCpuSeconds / forwardedMegabits(),
                    serverCpuSeconds * 1e6 / traffic.forwardedPackets());
        }
        line(out, "receiver packet loss (bots' getStats): %.3f %% (video %d lost of %d, audio %d lost of %d); %d frames decoded",
                received.lossFraction() * 100, received.videoPacketsLost(),
                received.videoPacketsReceived() + Math.max(0, received.videoPacketsLost()), received.audioPacketsLost(),
                received.audioPacketsReceived() + Math.max(0, received.audioPacketsLost()), received.framesDecoded());
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
