package org.writguard.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import org.writguard.internal.cases.CaseReader;
import org.writguard.facts.CaseFile;
import org.writguard.internal.fixtures.Fixture;
import org.writguard.internal.fixtures.FixtureReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cases a behaviour diff or a watch assesses: every case file and every fixture under some paths. A YAML
 * file whose top level is a list is a fixture file (each fixture's case counts); any other is a case file.
 */
public final class Corpus {
    /** One case, named for messages and reports: the file, and for a fixture its index and name. */
    public record Case(String name, Path file, CaseFile caseFile) { }

    private Corpus() { }

    /** Reads every case under the paths; a file that does not read is a CaseInputException naming it. */
    public static List<Case> read(List<Path> paths) {
        CaseReader cases = new CaseReader();
        FixtureReader fixtures = new FixtureReader();
        List<Case> out = new ArrayList<>();
        for (Path f : FixtureReader.discover(paths)) out.addAll(readFile(f, cases, fixtures));
        return out;
    }

    static List<Case> readFile(Path f, CaseReader cases, FixtureReader fixtures) {
        JsonNode root = cases.readTree(f);
        List<Case> out = new ArrayList<>();
        if (root != null && root.isArray()) {
            for (Fixture fx : fixtures.read(f)) {
                out.add(new Case(f + " [" + fx.index() + "] " + fx.name(), f, fx.caseFile()));
            }
        } else {
            out.add(new Case(f.toString(), f, cases.read(f)));
        }
        return out;
    }
}
