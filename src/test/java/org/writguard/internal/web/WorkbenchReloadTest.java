package org.writguard.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.topics.detention.DetentionTables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: the server reloads an edited table while serving; one that does not build keeps the running book. */
class WorkbenchReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anEditedTableIsServedWithoutARestartAndABrokenOneIsReported() throws Exception {
        Path dir = Files.createTempDirectory("writguard-reload");
        Path tables = dir.resolve("decision-tables");
        Path rules = dir.resolve("rules");
        copy(Path.of("decision-tables"), tables);
        copy(Path.of("rules"), rules);
        Path policy = tables.resolve("detention/hold-limit-policy.drl.xlsx");
        byte[] shipped = Files.readAllBytes(policy);
        try (Workbench server = Workbench.start(new Workbench.Options("127.0.0.1", 0, tables, rules, Path.of("."), null,
                Duration.ofSeconds(30), Duration.ofMillis(200)))) {
            String base = "http://127.0.0.1:" + server.port();
            String v1 = health(base).get("rulebook_version").asText();

            Files.write(policy, TestWorkbench.brokenPolicyTable("NOT_A_FORM"));
            JsonNode broken = until(base, h -> !h.get("reload_error").isNull());
            assertEquals(v1, broken.get("rulebook_version").asText(), "a table that does not build replaced the book");
            assertTrue(broken.get("reload_error").toString().contains(TestWorkbench.brokenCell()), broken.toString());
            HttpResponse<String> still = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/assess"))
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, still.statusCode());

            Files.write(policy, withNote(shipped, "edited while serving"));
            JsonNode reloaded = until(base, h -> h.get("reload_error").isNull() && !h.get("rulebook_version").asText().equals(v1));
            assertNotEquals(v1, reloaded.get("rulebook_version").asText());
            String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains(reloaded.get("rulebook_version").asText().substring(0, 12)), "the page shows the old version");
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static JsonNode until(String base, Predicate<JsonNode> ok) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode h = health(base);
        while (!ok.test(h)) {
            if (System.nanoTime() > end) throw new AssertionError("the server did not reload: " + h);
            Thread.sleep(200);
            h = health(base);
        }
        return h;
    }

    private static JsonNode health(String base) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static byte[] withNote(byte[] xlsx, String note) throws Exception {
        TableSchema s = DetentionTables.HOLD_LIMIT_POLICY;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = wb.getSheet(s.sheet()).getRow(TableSchema.FIRST_DATA_ROW);
            int col = s.indexOf(TableSchema.NOTES);
            (row.getCell(col) == null ? row.createCell(col) : row.getCell(col)).setCellValue(note);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
