package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessCommandTest {
    static Cli run(String... args) { return Cli.run(args); }

    @Test
    void anExampleCaseIsAssessedWithExitZeroAndTheNoticeInEveryFormat() {
        for (String format : new String[] {"text", "markdown", "json"}) {
            Cli r = run("assess", "examples/scenario-02-wso-interrogation-fl.yaml", "--format", format);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("MOA_FUNCTION_OUT_OF_SCOPE"), r.out());
            assertTrue(r.out().contains("not legal advice"), format);
        }
    }

    @Test
    void theJsonReportFollowsCaseFormatWithCitationsAndASourceRow() {
        Cli r = run("assess", "examples/scenario-02-wso-interrogation-fl.yaml", "--format", "json");
        assertTrue(r.out().contains("\"citations\""));
        assertTrue(r.out().contains("\"file\" : \"decision-tables/authority/model-function-matrix.drl.xlsx\""), r.out());
        assertTrue(r.out().contains("\"sheet\" : \"Matrix\""));
        assertTrue(r.out().contains("\"tables_sha256\""));
    }

    @Test
    void aMalformedCaseExitsTwoNamingTheFieldWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "as_of: 2026-10-06T06:00:00-04:00\nholds:\n  - hold_id: h1\n    agency_id: X\n"
                + "    facility_tz: America/New_York\n    detainer: {form: I247}\n");
        Cli r = run("assess", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds[0].detainer.form"), r.err());
        assertTrue(r.err().contains("I247A"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void anAgencyInNeitherTheCaseNorTheRosterExitsTwoWithSuggestions(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("unknown.yaml");
        Files.writeString(c, "as_of: 2026-10-06T06:00:00-04:00\nencounters:\n  - encounter_id: e1\n"
                + "    agency_id: AL-colbert-county-sherifs-office\n    started_at: 2026-10-05T06:00:00-05:00\n");
        Cli r = run("assess", c.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("AL-colbert-county-sherifs-office"), r.err());
        assertTrue(r.err().contains("AL-colbert-county-sheriffs-office"), "nearest id suggested: " + r.err());
    }

    @Test
    void aMissingCaseFileExitsTwo() {
        Cli r = run("assess", "no/such/case.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no/such/case.yaml"), r.err());
    }

    @Test
    void aBrokenTableExitsThreeNamingTheCell(@TempDir Path dir) throws IOException {
        Path tables = Cli.copyRuleBook(dir).resolve("decision-tables");
        Path matrix = tables.resolve("authority/model-function-matrix.drl.xlsx");
        try (var bytes = Files.newInputStream(matrix); var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(bytes)) {
            wb.getSheet("Matrix").getRow(9).getCell(4).setCellValue("MAYBE");
            try (var os = Files.newOutputStream(dir.resolve("tmp.xlsx"))) {
                wb.write(os);
            }
        }
        Files.move(dir.resolve("tmp.xlsx"), matrix, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli r = run("assess", "examples/scenario-02-wso-interrogation-fl.yaml", "--tables", tables.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("model-function-matrix.drl.xlsx!Matrix!E10"), r.err());
        assertTrue(r.err().contains("\"MAYBE\" is not one of YES, NO, UNCERTAIN"), r.err());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        assertEquals(2, run("assess", "--nope").code());
    }

}
