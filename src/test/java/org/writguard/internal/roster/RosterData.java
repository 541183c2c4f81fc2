package org.writguard.internal.roster;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where the shared ICE snapshots live: beside the repository, in shared/data/ice-287g. */
final class RosterData {
    static final String MAY = "participatingAgencies05162025am.xlsx";
    static final String JULY = "participatingAgencies07182025pm.xlsx";
    static final String PENDING_JULY = "pendingAgencies07182025pm.xlsx";

    private RosterData() {
    }

    static Path snapshot(String fileName) {
        Path file = Path.of("..", "shared", "data", "ice-287g").resolve(fileName).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> "shared ICE snapshot absent: " + file);
        return file;
    }
}
