/** Operating the process: the structured log format (health, metrics and shutdown are Spring Boot settings in application.yaml). */
package dev.parley.server.system;
