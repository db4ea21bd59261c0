/** Send-side bandwidth estimation per subscriber transport (issue 10). */
package dev.parley.media.sfu.bwe;
