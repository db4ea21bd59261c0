package dev.parley.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessCpuTest {
    /**
     * A real /proc/<pid>/stat line of a JVM (proc(5)): pid, (comm), state, ppid, pgrp, session, tty_nr, tpgid, flags,
     * minflt, cminflt, majflt, cmajflt, utime=1234, stime=566, ...
     */
    private static final String JAVA_STAT = "4242 (java) S 1 4242 4242 0 -1 4194560 120938 0 12 0 1234 566 0 0 20 0 57 0 "
            + "8214 6140203008 84251 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0";

    @Test
    void sumsUserAndSystemTicks() {
        assertThat(ProcessCpu.cpuSeconds(JAVA_STAT, 100)).hasValue((1234 + 566) / 100.0);
    }

    @Test
    void countsFieldsFromTheLastParenthesisBecauseTheCommandNameMayContainSpacesAndParentheses() {
        String tricky = JAVA_STAT.replace("(java)", "(a) b (c))");
        assertThat(ProcessCpu.cpuSeconds(tricky, 100)).hasValue(18.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4242 java S 1", "4242 (java) S 1 2 3", "4242 (java) S 1 4242 4242 0 -1 4194560 1 0 1 0 x y 0"})
    void rejectsWhatIsNotAStatLine(String line) {
        assertThat(ProcessCpu.cpuSeconds(line, 100)).isEmpty();
    }

    @Test
    void readsTheLiveProcess() throws IOException {
        double before = ProcessCpu.cpuSeconds(ProcessHandle.current().pid());
        long sink = 0;
        for (long i = 0; i < 300_000_000L; i++) {
            sink += i ^ (sink >>> 3);
        }
        assertThat(sink).isNotZero();
        assertThat(ProcessCpu.cpuSeconds(ProcessHandle.current().pid())).isGreaterThan(before);
    }
}
