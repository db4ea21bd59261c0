/** SDP offer/answer for the SFU's two peer connections per participant (decision 0002): read browser SDP, write server SDP. */
package dev.parley.media.sfu.sdp;
