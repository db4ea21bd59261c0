/** SDP (RFC 8866) parse/serialize with the WebRTC attributes (JSEP, RFC 8829) the SFU negotiates; hostile input is a typed error. */
package dev.parley.media.wire.sdp;
