/** Live conferences: one SFU Router per conference, its participants, their transports, Producers and Consumers. */
package dev.parley.server.conference;
