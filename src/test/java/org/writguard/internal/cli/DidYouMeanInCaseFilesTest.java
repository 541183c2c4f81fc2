package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A typo in a case file's field, enum value or parameter name gets the nearest name, end to end. */
class DidYouMeanInCaseFilesTest {
    @TempDir
    Path tmp;

    private Cli assess(String yaml) throws Exception {
        Path p = tmp.resolve("case.yaml");
        Files.writeString(p, "as_of: 2026-06-20T12:00:00-04:00\n" + yaml);
        return Cli.run("assess", p.toString(), "--tables", "decision-tables", "--rules", "rules");
    }

    private String said(Cli r) {
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        return r.err().substring(r.err().indexOf("case.yaml: ") + "case.yaml: ".length()).strip();
    }

    @Test
    void fieldsEnumValuesAndParametersGetTheNearestName() throws Exception {
        assertEquals("agencies[0].agency_tipe: unknown field; did you mean agency_type?",
                said(assess("agencies: [{agency_id: A, state: GA, agency_tipe: SHERIFF}]\n")));
        String e = said(assess("agencies: [{agency_id: A, state: GA, agency_type: SHERRIF}]\n"));
        assertTrue(e.startsWith("agencies[0].agency_type: \"SHERRIF\" is not one of SHERIFF, ") && e.endsWith("; did you mean SHERIFF?"), e);
        assertEquals("parameters.trac_cutof: is not a parameter writguard knows; did you mean trac_cutoff?",
                said(assess("parameters: {trac_cutof: 2}\n")));
    }
}
