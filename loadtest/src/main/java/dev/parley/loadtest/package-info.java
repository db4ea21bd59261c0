/** Bots and benchmarks that drive a running Parley and print their numbers. */
package dev.parley.loadtest;
