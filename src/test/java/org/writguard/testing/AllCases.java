package org.writguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.writguard.internal.cases.CaseReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every case the repository holds, as trees not yet read as cases: each fixture's {@code case} (named
 * {@code file#n}) and each example file. Tests that must hold "for every case" (the same bytes two ways) replay these.
 */
public final class AllCases {
    /** A case's name and its tree. */
    public record Named(String name, JsonNode tree) { }

    private AllCases() { }

    public static List<Named> load() throws IOException {
        CaseReader reader = new CaseReader();
        List<Named> cases = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode tree = reader.readTree(f);
                if (tree == null || !tree.isArray()) continue;
                int i = 0;
                for (JsonNode fx : tree) {
                    i++;
                    if (fx.has("case")) cases.add(new Named(f + "#" + i, fx.get("case")));
                }
            }
        }
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                cases.add(new Named(f.toString(), reader.readTree(f)));
            }
        }
        return cases;
    }
}
