package dev.parley.server.security;

import dev.parley.server.config.ParleyProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keys for purposes other than signing access tokens, derived from the one server secret ({@link JwtSecret}) so operators still
 * configure (and share across nodes) a single value. Each key is HMAC-SHA256(secret, purpose): a different purpose string gives
 * an independent key (HKDF-Expand with one block, RFC 5869 section 2.3), so no derived key reveals the signing key or another
 * derived key.
 */
@Component
public class DerivedKeys {
    private static final String HMAC = "HmacSHA256";

    private final byte[] secret;

    DerivedKeys(ParleyProperties properties) {
        this.secret = JwtSecret.load(properties);
    }

    /** A 256-bit key for {@code purpose} (a fixed label such as "parley refresh-token successor v1"); never log it. */
    public byte[] derive(String purpose) {
        return hmac(secret, purpose.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA256 of {@code data} under {@code key}. */
    public static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
