package dev.parley.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where browser tests put their screenshots and generated media: under the module's target/, so never in git. */
final class Screenshots {

    private Screenshots() {
    }

    /** The server module's build folder; Surefire sets {@code basedir}, an IDE run falls back to the working directory. */
    static Path targetDirectory() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().resolve("target");
    }

    /** {@code target/screenshots}, created on first use. */
    static Path directory() {
        Path directory = targetDirectory().resolve("screenshots");
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
