/** Codec payload descriptors read in place: VP8 (RFC 7741), VP9 (RFC 9628), H.264 (RFC 6184), AV1 keyframe and layer information. */
package dev.parley.media.wire.codec;
