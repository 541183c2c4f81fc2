package org.writguard.embed;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 item 1: the library brings no logging binding and nothing only the command line needs. */
class LibraryDependenciesTest {
    /** Logging bindings/bridges and command-line-only jars: never a consumer's compile or runtime dependency. */
    private static final Set<String> CLI_ONLY = Set.of("slf4j-simple", "picocli", "log4j-to-slf4j", "logback-classic",
            "slf4j-reload4j", "slf4j-jdk14", "log4j-slf4j2-impl", "log4j-slf4j-impl", "log4j-core");

    @Test
    void thePomGivesConsumersNoLoggingBindingNorPicocli() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        NodeList deps = ((Element) doc.getElementsByTagName("dependencies").item(0)).getElementsByTagName("dependency");
        List<String> leaking = new ArrayList<>();
        boolean api = false;
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String artifact = text(d, "artifactId");
            String scope = text(d, "scope");
            boolean optional = "true".equals(text(d, "optional"));
            boolean reaches = !optional && (scope == null || scope.equals("compile") || scope.equals("runtime"));
            if (CLI_ONLY.contains(artifact) && reaches) leaking.add(artifact);
            if (artifact.equals("slf4j-api") && reaches) api = true;
        }
        assertEquals(List.of(), leaking, "these reach every project that depends on writguard");
        assertTrue(api, "the library logs through slf4j-api, a compile dependency");
    }

    @Test
    void theJarShipsNoSimpleLoggerSettings() throws Exception {
        assertFalse(Files.exists(Path.of("src/main/resources/simplelogger.properties")));
        for (URL u : Collections.list(getClass().getClassLoader().getResources("simplelogger.properties"))) {
            assertTrue(u.toString().contains("test-classes"), "shipped in the library: " + u);
        }
    }

    /** The command line stays as quiet as before: its own settings switch slf4j-simple's chatter off. */
    @Test
    void theCommandLinePrintsNoLogNoise() throws Exception {
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.contains("test-classes")) cp.add(e); // the test settings must not be what keeps it quiet
        }
        Path err = Files.createTempFile("writguard-cli", ".err");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", String.join(File.pathSeparator, cp), "-Dwritguard.home=.",
                    "org.writguard.internal.cli.Main", "assess", "examples/scenario-02-wso-interrogation-fl.yaml")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the command line did not finish");
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), stderr);
            assertEquals("", stderr, "log lines on the terminal");
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().trim();
    }
}
