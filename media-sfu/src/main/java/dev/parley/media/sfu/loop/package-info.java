/** The single-threaded event loop that owns one Router's state: a lock-free task queue plus a periodic tick. */
package dev.parley.media.sfu.loop;
