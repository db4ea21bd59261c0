/** Serves the browser client: forwards the client's History-API routes to {@code index.html}. */
package dev.parley.server.web;
