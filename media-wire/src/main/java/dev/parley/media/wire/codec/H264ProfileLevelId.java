package dev.parley.media.wire.codec;

/**
 * The H.264 {@code profile-level-id} fmtp parameter (RFC 6184 §8.1): three bytes in hex, {@code profile_idc},
 * {@code profile_iop} (the constraint_set flags) and {@code level_idc}, e.g. {@code 42e01f}.
 *
 * <pre>
 *  profile_idc  profile_iop (constraint_set0..5 flags, 2 reserved)   level_idc
 *  +--------+   +-+-+-+-+-+-+-+-+                                      +--------+
 *  |  0x42  |   |0|1|2|3|4|5|r|r|                                      |  0x1f  |  = level 3.1
 *  +--------+   +-+-+-+-+-+-+-+-+                                      +--------+
 * </pre>
 *
 * <p>Two ids name the same profile when they classify alike, not when their bytes are equal: {@code 42e01f} and
 * {@code 4de01f} are both Constrained Baseline (constraint_set1 makes a Main-profile stream decodable by a Baseline decoder).
 * The classification is libwebrtc's ({@code api/video_codecs/h264_profile_level_id.cc}), so Parley matches browsers the way
 * they match each other. Profiles outside the table (Extended, High 10, ...) parse as null: Parley does not forward them.
 */
public record H264ProfileLevelId(Profile profile, int level) {
    /** The profiles WebRTC endpoints negotiate. */
    public enum Profile {
        CONSTRAINED_BASELINE("42e0"),
        BASELINE("4200"),
        MAIN("4d00"),
        CONSTRAINED_HIGH("640c"),
        HIGH("6400"),
        PREDICTIVE_HIGH_444("f400");

        private final String hex;

        Profile(String hex) {
            this.hex = hex;
        }

        /** The canonical {@code profile_idc}+{@code profile_iop} of this profile, in hex (four digits). */
        public String hex() {
            return hex;
        }
    }

    /** level_idc 11 with constraint_set3 in Baseline/Main means level 1b (ITU-T H.264 A.3.1 c); Parley names it 0. */
    public static final int LEVEL_1B = 0;
    /** Level 3.1, what browsers offer by default (720p30). */
    public static final int LEVEL_3_1 = 31;

    /** RFC 6184 §8.1: without the parameter, a stream is Baseline profile at level 1.0 (libwebrtc reads it as Constrained Baseline 3.1). */
    public static final H264ProfileLevelId DEFAULT = new H264ProfileLevelId(Profile.CONSTRAINED_BASELINE, LEVEL_3_1);

    private static final int CONSTRAINT_SET3 = 0x10;

    /**
     * One row of libwebrtc's table: a profile_idc, and a pattern over the eight profile_iop bits where 'x' is "any",
     * '0'/'1' exact.
     */
    private record Pattern(int profileIdc, String iop, Profile profile) {
        boolean matches(int idc, int iopByte) {
            if (idc != profileIdc) {
                return false;
            }
            for (int bit = 0; bit < 8; bit++) {
                char want = iop.charAt(bit);
                int have = (iopByte >>> (7 - bit)) & 1;
                if (want != 'x' && want - '0' != have) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Pattern[] PATTERNS = {
        new Pattern(0x42, "x1xx0000", Profile.CONSTRAINED_BASELINE),
        new Pattern(0x4D, "1xxx0000", Profile.CONSTRAINED_BASELINE),
        new Pattern(0x58, "11xx0000", Profile.CONSTRAINED_BASELINE),
        new Pattern(0x42, "x0xx0000", Profile.BASELINE),
        new Pattern(0x58, "10xx0000", Profile.BASELINE),
        new Pattern(0x4D, "0x0x0000", Profile.MAIN),
        new Pattern(0x64, "00000000", Profile.HIGH),
        new Pattern(0x64, "00001100", Profile.CONSTRAINED_HIGH),
        new Pattern(0xF4, "00000000", Profile.PREDICTIVE_HIGH_444),
    };

    /**
     * Parses the parameter's value; null when it is not six hex digits, names a profile outside the table, or a level of 0.
     * Never throws.
     */
    public static H264ProfileLevelId parse(String value) {
        if (value == null || value.length() != 6) {
            return null;
        }
        int bits = 0;
        for (int i = 0; i < 6; i++) {
            int digit = Character.digit(value.charAt(i), 16);
            if (digit < 0) {
                return null;
            }
            bits = (bits << 4) | digit;
        }
        int idc = bits >>> 16;
        int iop = (bits >>> 8) & 0xFF;
        int level = bits & 0xFF;
        if (level == 0) {
            return null;
        }
        for (Pattern p : PATTERNS) {
            if (p.matches(idc, iop)) {
                boolean level1b = level == 11 && (iop & CONSTRAINT_SET3) != 0
                        && (p.profile() == Profile.BASELINE || p.profile() == Profile.CONSTRAINED_BASELINE
                        || p.profile() == Profile.MAIN);
                return new H264ProfileLevelId(p.profile(), level1b ? LEVEL_1B : level);
            }
        }
        return null;
    }

    /** The value of an fmtp line's parameter, the RFC's default when it is absent, null when it is present and unusable. */
    public static H264ProfileLevelId parseOrDefault(String value) {
        return value == null ? DEFAULT : parse(value);
    }

    /** Six hex digits, lower case, in the profile's canonical form: {@code 42e01f} for Constrained Baseline 3.1. */
    public String toHex() {
        if (level == LEVEL_1B) {
            // Level 1b is level_idc 11 with constraint_set3, which parse() accepts for the Baseline family and Main only.
            return switch (profile) {
                case CONSTRAINED_BASELINE -> "42f00b";
                case BASELINE -> "42100b";
                default -> "4d100b";
            };
        }
        return profile.hex() + String.format("%02x", level);
    }
}
