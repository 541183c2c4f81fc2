package org.writguard.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The pages' scripts and styles, served from the jar by name from a fixed list (no path from a request is opened). */
final class Assets {
    record Asset(byte[] bytes, String contentType) { }

    private static final Map<String, String> TYPES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "tables.js", "text/javascript; charset=utf-8");

    private final Map<String, Asset> loaded = new ConcurrentHashMap<>();

    Asset get(String name) {
        String type = TYPES.get(name);
        if (type == null) return null;
        return loaded.computeIfAbsent(name, n -> new Asset(read("assets/" + n), type));
    }

    static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
