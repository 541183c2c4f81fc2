package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 15: serve refuses what would expose it or cannot work, in one line with exit 2, before building anything. */
class ServeCommandTest {
    @Test
    void bindingBeyondLoopbackNeedsAToken() {
        assumeTrue(System.getenv(ServeCommand.TOKEN_VARIABLE) == null, "WRITGUARD_API_TOKEN is set in this environment");
        Cli c = Cli.run("serve", "--bind", "0.0.0.0", "--port", "0");
        assertEquals(ExitCodes.BAD_INPUT, c.code(), c.err());
        assertTrue(c.err().contains("WRITGUARD_API_TOKEN"), c.err());
        assertEquals(1, c.err().strip().lines().count(), c.err());
    }

    @Test
    void badOptionsAreOneLineErrors() {
        for (String[] args : new String[][] {
                {"serve", "--port", "70000"},
                {"serve", "--case-timeout", "0"},
                {"serve", "--cors-origin", "javascript:alert(1)"},
                {"serve", "--tables", "no/such/dir"}}) {
            Cli c = Cli.run(args);
            assertEquals(ExitCodes.BAD_INPUT, c.code(), String.join(" ", args) + ": " + c.err());
            assertEquals(1, c.err().strip().lines().count(), c.err());
            assertFalse(c.err().contains("Exception"), c.err());
        }
    }
}
