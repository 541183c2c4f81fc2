package org.writguard.internal.reading;

import org.writguard.engine.CaseNotes;
import org.writguard.engine.Report;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Finding;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.fixtures.Fixture;
import org.writguard.internal.fixtures.FixtureReader;
import org.writguard.testing.TestRuleBook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every case the repository holds (examples, fixtures, real cases, test cases), assessed once: the reports whose
 * missing facts the question table must cover, and whose chronologies and hidden findings the tests read.
 */
final class MissingPathsCorpus {
    private static Map<String, Report> reports;

    private MissingPathsCorpus() { }

    static synchronized Map<String, Report> reports() {
        if (reports != null) return reports;
        Engine engine = TestRuleBook.get();
        Map<String, Report> out = new TreeMap<>();
        CaseReader reader = new CaseReader();
        for (Path p : list(Path.of("examples"), ".yaml")) {
            out.put(p.toString(), engine.assess(reader.read(p), p.toString()));
        }
        FixtureReader fr = new FixtureReader();
        for (Path root : List.of(Path.of("src/test/resources/fixtures"), Path.of("src/test/resources/real-cases"))) {
            for (Path file : FixtureReader.discover(List.of(root))) {
                for (Fixture fx : fr.read(file)) {
                    CaseFile c = fx.caseFile();
                    out.put(fx.label(), engine.assess(c, fx.label()));
                }
            }
        }
        reports = out;
        return out;
    }

    /** Every missing-fact path of every UNDETERMINED finding and deadline, normalised, with one place it came from. */
    static Map<String, String> missingPatterns() {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Report> e : reports().entrySet()) {
            for (Finding f : e.getValue().getUndetermined()) {
                for (String m : f.getMissingFacts()) out.putIfAbsent(FactQuestions.pattern(m), e.getKey() + " " + f.getCode().getNumber());
            }
            for (CaseNotes.FilingDeadline d : e.getValue().getDeadlines()) {
                for (String m : d.getMissing()) out.putIfAbsent(FactQuestions.pattern(m), e.getKey() + " deadline");
            }
        }
        return out;
    }

    private static List<Path> list(Path dir, String ext) {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(ext)).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
