package org.writguard.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The suite's read-only inputs (../shared/data/ice-287g): their SHA-256 when the suite started, taken before the
 * first test class runs (this extension is registered for every class through junit-platform.properties), so
 * {@code SharedInputsUnchangedTest}, ordered last, can tell whether a test of this run rewrote one.
 */
public final class SharedInputs implements BeforeAllCallback {
    public static final Path DIR = Path.of("../shared/data/ice-287g");
    private static final Map<String, String> AT_START = hashes();

    @Override
    public void beforeAll(ExtensionContext context) {
        // Loading the class took the snapshot.
    }

    /** The hashes taken before the first test class. */
    public static Map<String, String> atStart() {
        return AT_START;
    }

    /** SHA-256 of every file of {@link #DIR} but SHA256SUMS, by name; empty when the folder is missing. */
    public static Map<String, String> hashes() {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(DIR)) return out;
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                if (p.getFileName().toString().equals("SHA256SUMS")) continue;
                out.put(p.getFileName().toString(), sha256(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
