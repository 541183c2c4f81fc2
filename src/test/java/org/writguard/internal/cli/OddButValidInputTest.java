package org.writguard.internal.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Odd but valid cases (empty lists, a hold without a detainer, officers without certifications, as_of before
 * every event, the first and last accepted years, a byte-order mark) are assessed: exit 0, nothing thrown.
 */
class OddButValidInputTest {
    static final Path FOLDER = Path.of("src/test/resources/odd-but-valid");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyOddButValidCaseIsAssessed() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(FOLDER)) {
            s.sorted().forEach(files::add);
        }
        Path bom = dir.resolve("byte-order-mark.yaml");
        Files.write(bom, ("\uFEFF" + Files.readString(FOLDER.resolve("only-as-of.yaml"))).getBytes(StandardCharsets.UTF_8));
        files.add(bom);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CaseMutationTest.Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> CaseMutationTest.assess(CaseMutationTest.cliRuleBook(), f));
            assertEquals(0, o.code(), o.err());
        }));
    }
}
