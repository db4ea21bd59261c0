/** The process's one media server (the SFU's UDP port): its settings, life cycle, JSON stats and Prometheus metrics. */
package dev.parley.server.media;
