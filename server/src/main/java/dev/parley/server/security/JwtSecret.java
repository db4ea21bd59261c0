package dev.parley.server.security;

import dev.parley.server.config.ParleyProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC-SHA256 key that signs access tokens. From {@code parley.auth.jwt-secret} when set (needed when several nodes must accept
 * each other's tokens); otherwise generated once and kept in {@code <data-dir>/jwt-secret} (owner-only permissions), so a restart
 * does not sign everyone out. HS256 needs a key of at least 256 bits (RFC 7518 section 3.2). The key itself is never logged.
 */
final class JwtSecret {
    static final int MIN_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(JwtSecret.class);

    private JwtSecret() {
    }

    static byte[] load(ParleyProperties properties) {
        String configured = properties.auth().jwtSecret();
        if (!configured.isEmpty()) {
            byte[] key = configured.getBytes(StandardCharsets.UTF_8);
            if (key.length < MIN_BYTES) {
                throw new IllegalStateException("parley.auth.jwt-secret (PARLEY_JWT_SECRET) must be at least " + MIN_BYTES
                        + " bytes long; it is " + key.length);
            }
            return key;
        }
        return loadOrGenerate(properties.dataDir().resolve("jwt-secret"));
    }

    private static byte[] loadOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return decode(file);
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            log.info("generated a JWT signing secret file={} (set PARLEY_JWT_SECRET to share one across nodes)", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the JWT secret " + file.toAbsolutePath(), e);
        }
    }

    private static byte[] decode(Path file) throws IOException {
        byte[] key = Base64.getDecoder().decode(Files.readString(file).trim());
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException("the JWT secret in " + file.toAbsolutePath() + " is shorter than " + MIN_BYTES + " bytes");
        }
        return key;
    }
}
