/** Benchmarks that start Parley as a separate process, drive it with bots and print numbers (not timed tests). */
package dev.parley.loadtest.bench;
