/** The one typed configuration tree ({@code parley.*}) and process-wide beans such as the clock. */
package dev.parley.server.config;
