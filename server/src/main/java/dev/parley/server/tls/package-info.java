/**
 * Built-in HTTPS: a PEM certificate and key from configuration, or a self-signed certificate generated into the data dir for a
 * LAN trial, turned into a Spring Boot SSL bundle before the web server starts. Browsers allow camera and microphone only on
 * https (or localhost), so a deployment needs this or a TLS-terminating reverse proxy (docs/deploy/).
 */
package dev.parley.server.tls;
