/** The OpenAPI 3 description of the REST API ({@code /v3/api-docs}) and its human-readable page ({@code /api-docs.html}). */
package dev.parley.server.apidocs;
