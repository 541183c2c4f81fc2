package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** writguard tables package: the kjar an embedder loads with KieServices (EmbeddingGuideTest loads one). */
class TablesPackageCommandTest {

    @Test
    void aBadReleaseIdIsBadInputInOneLine(@TempDir Path tmp) {
        Cli r = Cli.run("tables", "package", "--out", tmp.resolve("x.jar").toString(), "--release-id", "just-a-name");
        assertEquals(2, r.code(), r.err());
        assertEquals("writguard: --release-id \"just-a-name\": expected group:artifact:version", r.err().strip());
        assertFalse(Files.exists(tmp.resolve("x.jar")));
    }

    @Test
    void theKjarCarriesItsReleaseIdKmoduleAndTheRows(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("kjar/rulebook.jar");
        Cli r = Cli.run("tables", "package", "--out", out.toString(), "--release-id", "org.example:rules:1.2.3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("as org.example:rules:1.2.3 into " + out), r.out());
        assertTrue(r.out().contains("mvn install:install-file -Dfile=" + out + " -DgroupId=org.example -DartifactId=rules"
                + " -Dversion=1.2.3 -Dpackaging=jar"), r.out());
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertNotNull(zip.getEntry("META-INF/kmodule.xml"));
            assertNotNull(zip.getEntry("META-INF/maven/org.example/rules/pom.properties"));
            assertNotNull(zip.getEntry("META-INF/writguard/rulebook.json"));
            String props = new String(zip.getInputStream(zip.getEntry("META-INF/maven/org.example/rules/pom.properties")).readAllBytes());
            assertTrue(props.contains("version=1.2.3"), props);
        }
    }
}
