package org.writguard.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.cases.CaseReader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: the REST API over real sockets on 127.0.0.1 (status codes, schema-valid bodies, limits, the token). */
class WorkbenchApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix("https://writguard.org/schema/1/", "classpath:schema/")));
    private static final Path EXAMPLE = Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml");

    static HttpRequest.Builder req(String path) {
        return HttpRequest.newBuilder(URI.create(TestWorkbench.base() + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + TestWorkbench.TOKEN);
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends raw bytes on a fresh socket to the workbench and returns everything it answers. */
    static String rawRequest(String head) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", java.net.URI.create(TestWorkbench.base()).getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> errors(String schema, JsonNode node) {
        Schema s = SCHEMAS.getSchema(SchemaLocation.of("https://writguard.org/schema/1/" + schema));
        return s.validate(node).stream().map(Error::toString).toList();
    }

    @Test
    void assessReturnsTheSameSchemaValidJsonAsTheCommandLine() throws Exception {
        String yaml = Files.readString(EXAMPLE);
        HttpResponse<String> r = send(req("/api/v1/assess").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml)).build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode report = JSON.readTree(r.body());
        assertEquals(List.of(), errors("report.schema.json", report));
        // The CLI's JSON (assess --format json) for the same case on the same book, byte for byte.
        String cli = ReportWriter.json(TestWorkbench.get().current().assess(new CaseReader().read(EXAMPLE), EXAMPLE.toString()));
        assertEquals(cli, r.body());
        assertTrue(r.body().contains("\"F13\""), r.body());

        // The same case as JSON, with a JSON content type.
        String json = JSON.writeValueAsString(new CaseReader().readTree(EXAMPLE));
        HttpResponse<String> j = send(req("/api/v1/assess").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(200, j.statusCode(), j.body());
        assertEquals(cli, j.body());
    }

    @Test
    void aBadCaseIs400WithTheCommandLinesMessageAndFieldPath() throws Exception {
        String bad = Files.readString(EXAMPLE).replace("release_trigger: BOND_POSTED", "release_trigger: BAIL_POSTED");
        CaseInputException cli = assertThrows(CaseInputException.class, () -> new CaseReader().read(bad, "request.yaml"));
        HttpResponse<String> r = send(req("/api/v1/assess").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(bad)).build());
        assertEquals(400, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body());
        assertEquals(cli.getMessage(), e.get("error").asText());
        assertEquals("holds[0].release_trigger", e.get("field").asText());
        assertFalse(e.get("error").asText().contains("\n"));

        HttpResponse<String> notUtf8 = HTTP.send(req("/api/v1/assess").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', ':', ' ', (byte) 0xff}))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, notUtf8.statusCode());
        assertTrue(notUtf8.body().contains("not UTF-8"), notUtf8.body());
        assertEquals(400, send(req("/api/v1/assess").POST(HttpRequest.BodyPublishers.ofString("")).build()).statusCode());
    }

    @Test
    void oversizedBodiesAre413AndUnknownRoutes404AsJson() throws Exception {
        byte[] big = new byte[(int) Workbench.MAX_CASE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        // The declared length alone is refused: the headers are sent, the body never is, and the 413 comes back. (A
        // client that streams the whole oversized body may see the connection closed under it before it reads the
        // 413: that is a race of the client, so the test does not depend on it.)
        String declared = rawRequest("POST /api/v1/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + TestWorkbench.TOKEN + "\r\nContent-Type: application/yaml\r\nContent-Length: " + big.length
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains("limit"), declared);
        // A body within the declared limit that streams past it (chunked, no length) is refused too.
        HttpResponse<String> r = send(req("/api/v1/assess").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(big, (int) Workbench.MAX_CASE_BYTES + 10)))).build());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("limit"));

        HttpResponse<String> nf = send(req("/api/v1/nothing-here").GET().build());
        assertEquals(404, nf.statusCode());
        assertTrue(nf.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), nf.headers().toString());
        assertEquals(404, JSON.readTree(nf.body()).get("status").asInt());
        // No request names a file: a path in the example name is just an unknown name.
        HttpResponse<String> trav = send(req("/api/v1/examples/..%2F..%2Fpom.xml").GET().build());
        assertTrue(trav.statusCode() == 404 || trav.statusCode() == 400, trav.statusCode() + " " + trav.body());
        assertFalse(trav.body().contains("<project"));
        HttpResponse<String> noExample = send(req("/api/v1/examples/no-such.yaml").GET().build());
        assertEquals(404, noExample.statusCode());
        assertTrue(JSON.readTree(noExample.body()).get("error").asText().contains("no such example"), noExample.body());
    }

    @Test
    void theTokenIsRequiredOnEveryRequestWhenConfigured() throws Exception {
        for (String path : List.of("/api/v1/health", "/", "/tables", "/api/v1/openapi.json")) {
            HttpResponse<String> none = send(HttpRequest.newBuilder(URI.create(TestWorkbench.base() + path)).GET().build());
            assertEquals(401, none.statusCode(), path);
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertFalse(none.body().contains(TestWorkbench.TOKEN));
        }
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(TestWorkbench.base() + "/api/v1/health"))
                .header("Authorization", "Bearer " + TestWorkbench.TOKEN + "x").GET().build());
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(TestWorkbench.base() + "/api/v1/assess"))
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(EXAMPLE))).build());
        assertEquals(401, post.statusCode());
        String basic = Base64.getEncoder().encodeToString(("analyst:" + TestWorkbench.TOKEN).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(TestWorkbench.base() + "/api/v1/health"))
                .header("Authorization", "Basic " + basic).GET().build());
        assertEquals(200, ok.statusCode());
        assertEquals("ok", JSON.readTree(ok.body()).get("status").asText());
        assertEquals(TestWorkbench.get().version(), JSON.readTree(ok.body()).get("rulebook_version").asText());
    }

    @Test
    void assessBatchStreamsTheSameRecordsAsTheCommandLine() throws Exception {
        String good = JSON.writeValueAsString(new CaseReader().readTree(EXAMPLE));
        String other = JSON.writeValueAsString(new CaseReader().readTree(Path.of("examples/scenario-10-i130-delay-dc.yaml")));
        String body = good + "\n{\"as_of\": \"yesterday\"}\n" + other + "\n";
        HttpResponse<String> r = send(req("/api/v1/assess-batch").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(200, r.statusCode(), r.body());
        String[] lines = r.body().split("\n");
        assertEquals(3, lines.length, r.body());
        List<String> bad = new ArrayList<>();
        for (String l : lines) bad.addAll(errors("batch-record.schema.json", JSON.readTree(l)));
        assertEquals(List.of(), bad);
        assertEquals("ASSESSED", JSON.readTree(lines[0]).get("status").asText());
        assertEquals("REJECTED", JSON.readTree(lines[1]).get("status").asText());
        assertEquals("as_of", JSON.readTree(lines[1]).get("error").get("field").asText());
        assertEquals(3, JSON.readTree(lines[2]).get("line").asInt());

        // The command line's records for the same input.
        var runner = new org.writguard.internal.batch.BatchRunner(TestWorkbench.get().current(), 2);
        java.io.StringWriter w = new java.io.StringWriter();
        runner.run(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), w, runner.ndjson("request"), "request", 0, n -> { });
        assertEquals(w.toString(), r.body());
    }

    @Test
    void rulebookOpenapiAndSchemasAreServed() throws Exception {
        JsonNode book = JSON.readTree(send(req("/api/v1/rulebook").GET().build()).body());
        assertEquals(TestWorkbench.get().version(), book.get("version").asText());
        assertTrue(book.get("tables").size() >= 10, book.toString());
        JsonNode first = book.get("tables").get(0);
        assertTrue(first.has("hit_policy") && first.get("rows").asInt() > 0, first.toString());

        HttpResponse<String> api = send(req("/api/v1/openapi.json").GET().build());
        assertEquals(200, api.statusCode());
        JsonNode doc = JSON.readTree(api.body());
        assertEquals("3.1.0", doc.get("openapi").asText());
        for (String p : List.of("/api/v1/assess", "/api/v1/assess-batch", "/api/v1/rulebook", "/api/v1/health",
                "/api/v1/openapi.json", "/api/v1/schema/{name}", "/api/v1/tables/check")) {
            assertTrue(doc.get("paths").has(p), p);
        }
        for (String s : List.of("report.schema.json", "case.schema.json", "batch-record.schema.json")) {
            HttpResponse<byte[]> sr = HTTP.send(req("/api/v1/schema/" + s).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, sr.statusCode(), s);
            assertArrayEquals(Files.readAllBytes(Path.of("src/main/resources/schema/" + s)), sr.body());
        }
        assertEquals(404, send(req("/api/v1/schema/..%2F..%2Fpom.xml").GET().build()).statusCode());
        // CORS is off unless configured: another site's script gets no Access-Control-Allow-Origin.
        HttpResponse<String> cross = send(req("/api/v1/health").header("Origin", "https://elsewhere.example").GET().build());
        assertTrue(cross.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), cross.headers().toString());
    }

    @Test
    void memoFormatsComeFromTheSameEndpoint() throws Exception {
        HttpResponse<byte[]> pdf = HTTP.send(req("/api/v1/assess?format=pdf").POST(HttpRequest.BodyPublishers.ofFile(EXAMPLE)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        HttpResponse<String> html = send(req("/api/v1/assess?format=html").POST(HttpRequest.BodyPublishers.ofFile(EXAMPLE)).build());
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<svg") && html.body().contains("F13"));
        assertEquals(400, send(req("/api/v1/assess?format=docx").POST(HttpRequest.BodyPublishers.ofFile(EXAMPLE)).build()).statusCode());
    }

    @Test
    void aBrokenWorkbookShowsItsCellAndAGoodOneItsBehaviourDiff() throws Exception {
        String cell = TestWorkbench.brokenCell();
        HttpResponse<String> r = send(req("/api/v1/tables/check").POST(HttpRequest.BodyPublishers.ofByteArray(
                TestWorkbench.brokenPolicyTable("<b>NOT_A_VALUE</b>"))).build());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode res = JSON.readTree(r.body());
        assertEquals("ERRORS", res.get("status").asText());
        assertEquals("HoldLimitPolicy", res.get("table").asText());
        boolean onCell = false;
        for (JsonNode p : res.get("problems")) onCell |= cell.equals(p.path("cell").asText()) && "ERROR".equals(p.path("severity").asText());
        assertTrue(onCell, "no error on " + cell + ": " + r.body());

        // The shipped table as is builds, and changes nothing.
        HttpResponse<String> same = send(req("/api/v1/tables/check").POST(HttpRequest.BodyPublishers.ofFile(
                Path.of("decision-tables/detention/hold-limit-policy.drl.xlsx"))).build());
        JsonNode s = JSON.readTree(same.body());
        assertEquals("BUILDS", s.get("status").asText(), same.body());
        assertEquals(0, s.get("findings").size(), same.body());
        assertTrue(s.get("cases_assessed").asInt() > 50, same.body());
        assertEquals(400, send(req("/api/v1/tables/check").POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
    }
}
