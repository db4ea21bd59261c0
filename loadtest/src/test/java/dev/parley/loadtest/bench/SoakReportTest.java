package dev.parley.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoakReportTest {
    private static final ServerSample START = new ServerSample("start", 0, 0, 0, 80, 120, 40.0, 0, 0, 0, 0);

    @Test
    void flatWhenEveryDifferenceIsWithinItsToleranceAndNoMediaIsLive() {
        SoakReport report = new SoakReport();
        report.add(START, 0);
        report.add(new ServerSample("1 min", 60, 50, 20, 120, 190, 70.0, 10, 24, 24, 24), 12);
        report.add(new ServerSample("end", 300, 200, 80, 88, 112, 55.0, 0, 0, 0, 0), 0);

        assertThat(report.verdict()).startsWith("verdict: FLAT, end vs start: threads +8 (tolerance ±10), fds -8 "
                + "(tolerance ±12), heap after GC +15.0 MiB (tolerance +16.0)");
        assertThat(report.table()).contains("sample", "consumers").contains("1 min", "1:00", "24").contains("end", "5:00");
    }

    @Test
    void notFlatNamesEveryGrowthAndLeftoverMedia() {
        SoakReport report = new SoakReport();
        report.add(START, 0);
        report.add(new ServerSample("end", 300, 200, 80, 91, 133, 57.0, 1, 2, 0, 0), 0);

        assertThat(report.verdict())
                .startsWith("verdict: NOT FLAT (threads, file descriptors, heap, live media objects)")
                .contains("threads +11", "fds +13", "heap after GC +17.0 MiB", "at the end 1/2/0/0 (must be 0)");
    }
}
