package dev.parley.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * CPU time of one process from {@code /proc/<pid>/stat} (proc(5)): {@code utime} (field 14) plus {@code stime} (field 15), in
 * clock ticks, for all its threads — GC, JIT and the SFU's reader threads included, which is what a per-packet cost must
 * include. Field 2, the command name, is in parentheses and may itself contain spaces and ')', so fields are counted from the
 * last ')'.
 */
public final class ProcessCpu {
    /** Position of utime after the last ')': field 3 (state) is the first one there, so utime (14) is index 11. */
    private static final int UTIME_INDEX = 11;
    /** USER_HZ on every Linux architecture that matters here (sysconf(_SC_CLK_TCK) = 100 on x86-64). */
    public static final long LINUX_TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** utime + stime in seconds from one stat line, or empty when the line is not a stat line. */
    public static OptionalDouble cpuSeconds(String statLine, long ticksPerSecond) {
        int end = statLine.lastIndexOf(')');
        if (end < 0 || ticksPerSecond <= 0) {
            return OptionalDouble.empty();
        }
        String[] fields = statLine.substring(end + 1).trim().split("\\s+");
        if (fields.length <= UTIME_INDEX + 1) {
            return OptionalDouble.empty();
        }
        try {
            long ticks = Long.parseLong(fields[UTIME_INDEX]) + Long.parseLong(fields[UTIME_INDEX + 1]);
            return OptionalDouble.of((double) ticks / ticksPerSecond);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The live process's CPU seconds so far. */
    public static double cpuSeconds(long pid) throws IOException {
        String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return cpuSeconds(line, LINUX_TICKS_PER_SECOND)
                .orElseThrow(() -> new IOException("unreadable /proc/" + pid + "/stat: " + line));
    }
}
