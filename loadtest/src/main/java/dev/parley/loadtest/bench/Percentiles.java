package dev.parley.loadtest.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * p50/p95/max of a sample by the nearest-rank method (the value at rank ceil(p/100 * n) of the sorted sample), which never
 * invents a value that was not measured.
 *
 * @param count how many values
 * @param p50   median
 * @param p95   95th percentile
 * @param max   largest value
 */
public record Percentiles(int count, double p50, double p95, double max) {

    public static Percentiles of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
