package dev.parley.server.meeting;

import dev.parley.server.security.DerivedKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keeps a meeting's passcode readable for its host (issue 13: "the host can see and copy the passcode"), while joins are still
 * checked against the Argon2id hash. AES-256-GCM under a key derived from the server secret: a copy of the database alone
 * reveals no passcode. Stored as base64(12-byte nonce ‖ ciphertext ‖ 16-byte tag).
 */
@Component
class PasscodeSeal {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    PasscodeSeal(DerivedKeys keys) {
        this.key = new SecretKeySpec(keys.derive("parley meeting-passcode seal v1"), "AES");
    }

    String seal(String passcode) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, passcode.getBytes(StandardCharsets.UTF_8));
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    /** The passcode, or null when there is none or it does not open (another server secret, tampered row). */
    String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            byte[] plain = run(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES),
                    Arrays.copyOfRange(all, NONCE_BYTES, all.length));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("passcode seal failed", e);
        }
    }
}
