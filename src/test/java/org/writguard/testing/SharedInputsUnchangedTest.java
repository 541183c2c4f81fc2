package org.writguard.testing;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs after every other test class: inputs are never written, by the product or its tests (issue 12 item 13;
 * POI's {@code new XSSFWorkbook(File)} once rewrote the ICE snapshot on close).
 */
@Order(Integer.MAX_VALUE)
class SharedInputsUnchangedTest {

    @Test
    void noTestOfThisRunRewroteTheSharedIceSnapshots() {
        assumeTrue(Files.isDirectory(SharedInputs.DIR), "no ../shared/data/ice-287g here");
        assertEquals(SharedInputs.atStart(), SharedInputs.hashes(),
                "a test of this run rewrote a file of " + SharedInputs.DIR + " (SHA-256 before and after the suite)");
    }

    @Test
    void theSharedIceSnapshotsMatchTheirSha256Sums() throws IOException {
        assumeTrue(Files.isRegularFile(SharedInputs.DIR.resolve("SHA256SUMS")), "no SHA256SUMS here");
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(SharedInputs.DIR.resolve("SHA256SUMS"))) {
            String[] parts = line.strip().split("\\s+\\*?", 2);
            if (parts.length == 2) listed.put(parts[1], parts[0]);
        }
        Map<String, String> atStart = new TreeMap<>(SharedInputs.atStart());
        atStart.keySet().retainAll(listed.keySet());
        // Damage done before this run (another checkout's suite, say) is not this run's to fix: it is reported
        // as an aborted check; damage done during the run fails the test above.
        assumeTrue(listed.equals(atStart), "../shared/data/ice-287g did not match SHA256SUMS before this run"
                + " started (restore it): listed " + listed + ", found " + atStart);
        Map<String, String> now = new TreeMap<>(SharedInputs.hashes());
        now.keySet().retainAll(listed.keySet());
        assertEquals(listed, now, "SHA256SUMS of " + SharedInputs.DIR);
    }
}
