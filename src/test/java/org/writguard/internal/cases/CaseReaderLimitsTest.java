package org.writguard.internal.cases;

import org.writguard.cases.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CaseReaderLimitsTest {
    private final CaseReader reader = new CaseReader();

    @Test
    void aBillionLaughsFileIsRejectedFast() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        CaseInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(CaseInputException.class, () -> reader.read(yaml.toString(), "bomb.yaml")));
        assertEquals("bomb.yaml: more than 50 aliases to lists or mappings; write the values out instead",
                e.getMessage());
    }

    @Test
    void aDoublingAliasChainUnderTheAliasLimitIsStoppedByTheExpansionLimit() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= 24; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
                    .append(", *a").append(i - 1).append("]\n");
        }
        CaseInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(CaseInputException.class, () -> reader.read(yaml.toString(), "chain.yaml")));
        assertEquals("chain.yaml: YAML aliases expand to more than 100000 values; write the values out instead",
                e.getMessage());
    }

    @Test
    void nestingDeeperThanTheLimitIsRejected() {
        String yaml = "as_of: " + "[".repeat(60) + "]".repeat(60) + "\n";
        assertEquals("deep.yaml: nested deeper than 50 levels",
                assertThrows(CaseInputException.class, () -> reader.read(yaml, "deep.yaml")).getMessage());
        String json = "{\"as_of\": " + "[".repeat(60) + "]".repeat(60) + "}";
        assertEquals("deep.json: nested deeper than 50 levels",
                assertThrows(CaseInputException.class, () -> reader.read(json, "deep.json")).getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRejected(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "as_of: 2026-01-01T00:00:00Z\nagencies: [{agency_id: A, name: Pe\u00f1a}]\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        CaseInputException e = assertThrows(CaseInputException.class, () -> reader.read(f));
        assertEquals(f + ": not UTF-8 text (byte 0xF1 at offset 62); save the file as UTF-8", e.getMessage());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bom.yaml");
        Files.write(f, "\uFEFFas_of: 2026-01-01T00:00:00Z\n".getBytes(StandardCharsets.UTF_8));

        reader.read(f);
    }

    @Test
    void aFileOverFiveMegabytesIsRejectedUnread(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.yaml");
        Files.write(f, new byte[(int) CaseReader.MAX_FILE_BYTES + 1]);

        CaseInputException e = assertThrows(CaseInputException.class, () -> reader.read(f));
        assertEquals(f + ": the file has 5242881 bytes; the limit is 5242880 bytes (5 MB)", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        CaseInputException e = assertThrows(CaseInputException.class, () -> reader.read(Path.of("no-such-case.yaml")));
        assertEquals("no-such-case.yaml: file not found", e.getMessage());
    }
}
