package org.writguard.internal.cases;

import org.writguard.cases.*;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A "file" whose size says 0 but never ends (/dev/zero, a pipe) is read only up to the size limit. */
class EndlessInputTest {
    @Test
    void aCaseFileThatNeverEndsIsRefusedAtTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "/dev/zero is not available here");
        CaseInputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(CaseInputException.class, () -> new CaseReader().read(zero)));
        assertEquals("/dev/zero: the file has more than 5242880 bytes; the limit is 5242880 bytes (5 MB)", e.getMessage());
    }
}
