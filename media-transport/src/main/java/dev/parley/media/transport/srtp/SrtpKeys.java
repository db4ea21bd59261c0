package dev.parley.media.transport.srtp;

import java.util.Arrays;

/**
 * Keying material exported from DTLS for SRTP, split per RFC 5764 §4.2:
 * {@code client_write_key | server_write_key | client_write_salt | server_write_salt}.
 *
 * @param profile the negotiated protection profile
 * @param material exactly {@link SrtpProfile#keyingMaterialLength()} bytes
 */
public record SrtpKeys(SrtpProfile profile, byte[] material) {

    public SrtpKeys {
        if (material.length != profile.keyingMaterialLength()) {
            throw new IllegalArgumentException(
                    "need " + profile.keyingMaterialLength() + " bytes for " + profile + ", got " + material.length);
        }
        material = material.clone();
    }

    /** The master key a side writes with. */
    public byte[] writeKey(boolean server) {
        int k = profile.keyLength();
        return Arrays.copyOfRange(material, server ? k : 0, server ? 2 * k : k);
    }

    /** The master salt a side writes with. */
    public byte[] writeSalt(boolean server) {
        int k = profile.keyLength();
        int s = profile.saltLength();
        int start = 2 * k + (server ? s : 0);
        return Arrays.copyOfRange(material, start, start + s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SrtpKeys other && profile == other.profile && Arrays.equals(material, other.material);
    }

    @Override
    public int hashCode() {
        return 31 * profile.hashCode() + Arrays.hashCode(material);
    }

    @Override
    public String toString() {
        return "SrtpKeys[" + profile + ", " + material.length + " bytes]"; // never log key bytes
    }
}
