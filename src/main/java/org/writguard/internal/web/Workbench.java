package org.writguard.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.eclipse.jetty.server.ServerConnector;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.engine.RuleBookException;
import org.writguard.engine.RuleBookWatcher;
import org.writguard.facts.CaseFile;
import org.writguard.internal.batch.BatchRunner;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.engine.Deadline;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.memo.HoldTimeline;
import org.writguard.internal.memo.Html;
import org.writguard.internal.memo.HtmlMemo;
import org.writguard.internal.memo.PdfMemo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The workbench (issue 15): the Assess, Timeline and Tables pages and the REST API, on Javalin (Jetty underneath),
 * over one rule book that {@link RuleBookWatcher} reloads when a table or rule changes on disk. Every asset comes
 * from the jar. Bound to 127.0.0.1 unless told otherwise; on any other address an API token is required on every
 * request (bearer, or the password of HTTP Basic so a browser can ask for it), compared in constant time and never
 * logged. No request names a file on the server: examples are offered by name from a list read at start, tables by
 * their RuleTable name, uploads are parsed in memory.
 */
public final class Workbench implements AutoCloseable {
    /** Request limits (docs/limits.md). */
    public static final long MAX_CASE_BYTES = CaseReader.MAX_FILE_BYTES;
    public static final long MAX_BATCH_BYTES = 256L * 1024 * 1024;
    public static final long MAX_WORKBOOK_BYTES = org.writguard.internal.tables.TableReader.MAX_FILE_BYTES;
    public static final Duration DEFAULT_CASE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    /** How the server is set up. */
    public record Options(String bind, int port, Path tables, Path rules, Path home, String token,
                          Duration caseTimeout, Duration reloadInterval, List<String> corsOrigins) {
        public Options(String bind, int port, Path tables, Path rules, Path home, String token, Duration caseTimeout,
                       Duration reloadInterval) {
            this(bind, port, tables, rules, home, token, caseTimeout, reloadInterval, List.of());
        }

        public Options {
            corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
            if (caseTimeout == null) caseTimeout = DEFAULT_CASE_TIMEOUT;
            if (reloadInterval == null) reloadInterval = Duration.ofSeconds(1);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final RuleBookWatcher watcher;
    private final Javalin app;
    private final byte[] token;
    private final Map<String, String> examples;
    private final Pages pages;
    private final TablesView tablesView;
    private final Assets assets = new Assets();

    private Workbench(Options o) {
        this.options = o;
        this.token = o.token() == null ? null : o.token().getBytes(StandardCharsets.UTF_8);
        this.examples = readExamples(o.home().resolve("examples"));
        this.watcher = RuleBookWatcher.start(o.tables(), o.rules(), o.reloadInterval(), new RuleBookWatcher.Listener() { });
        this.pages = new Pages(this);
        this.tablesView = new TablesView(this, o);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = o.bind();
            config.jetty.port = o.port();
            config.http.maxRequestSize = MAX_CASE_BYTES;
            config.http.generateEtags = false;
            config.jetty.modifyServer(server -> {
                for (var c : server.getConnectors()) {
                    if (c instanceof ServerConnector sc) sc.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                }
            });
            // CORS is off (no Access-Control-* header: browsers keep other sites' pages out) unless origins are named.
            if (!o.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.allowHost(o.corsOrigins().get(0), o.corsOrigins().subList(1, o.corsOrigins().size()).toArray(new String[0]));
                }));
            }
            config.routes.before(this::guard);
            config.routes.get("/", ctx -> html(ctx, pages.assess()));
            config.routes.get("/assess", ctx -> html(ctx, pages.assess()));
            config.routes.get("/timeline", ctx -> html(ctx, pages.timeline()));
            config.routes.get("/tables", ctx -> html(ctx, pages.tables()));
            config.routes.get("/assets/{name}", this::asset);
            config.routes.get("/api/v1/health", this::health);
            config.routes.get("/api/v1/rulebook", ctx -> json(ctx, 200, tablesView.rulebook(current())));
            config.routes.get("/api/v1/tables", ctx -> json(ctx, 200, tablesView.tables(current())));
            config.routes.post("/api/v1/tables/check", ctx -> json(ctx, 200, tablesView.check(current(), body(ctx, MAX_WORKBOOK_BYTES))));
            config.routes.get("/api/v1/examples", ctx -> json(ctx, 200, List.copyOf(examples.keySet())));
            config.routes.get("/api/v1/examples/{name}", this::example);
            config.routes.post("/api/v1/assess", this::assess);
            config.routes.post("/api/v1/timeline", this::timeline);
            config.routes.post("/api/v1/assess-batch", this::assessBatch);
            config.routes.get("/api/v1/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
            config.routes.get("/api/v1/schema/{name}", this::schema);
            config.routes.exception(CaseInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.getFile(), e.getField()));
            config.routes.exception(HttpError.class, (e, ctx) -> error(ctx, e.status, e.getMessage(), null, null));
            config.routes.exception(RuleBookException.class, (e, ctx) -> error(ctx, 422, e.getMessage(), null, null));
            config.routes.exception(Deadline.Exceeded.class, (e, ctx) -> error(ctx, 503,
                    "the assessment took longer than the server's limit of " + o.caseTimeout().toSeconds() + " s", null, null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                org.slf4j.LoggerFactory.getLogger(Workbench.class).error("internal error on {}", ctx.path(), e);
                error(ctx, 500, "internal error (a bug in writguard): " + e.getClass().getSimpleName(), null, null);
            });
            config.routes.error(404, ctx -> {
                // A handler's own 404 (an unknown example) keeps its message; an unmatched route gets this one.
                String type = ctx.res().getContentType();
                if (ctx.result() == null || type == null || !type.startsWith("application/json")) {
                    error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path(), null, null);
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(), null, null));
            config.routes.error(413, ctx -> error(ctx, 413, "the request body is larger than the limit", null, null));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
    }

    /** Builds the rule book (throwing {@link RuleBookException} when it does not build) and starts serving. */
    public static Workbench start(Options o) {
        return new Workbench(o);
    }

    /** The port in use (the one asked for, or the one chosen when 0 was asked). */
    public int port() { return app.port(); }

    public String bind() { return options.bind(); }

    /** The version of the rule book in use now. */
    public String version() { return current().version(); }

    Engine current() { return org.writguard.internal.engine.EngineAccess.of(watcher.getCurrent()); }

    RuleBookWatcher watcher() { return watcher; }

    Map<String, String> examples() { return examples; }

    @Override
    public void close() {
        app.stop();
        watcher.close();
    }

    // ------------------------------------------------------------------ security

    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        if (token == null) return;
        if (!tokenMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Basic realm=\"writguard\", charset=\"UTF-8\"");
            throw new HttpError(401, "an API token is required: Authorization: Bearer TOKEN (or HTTP Basic with the token as password)");
        }
    }

    /** Bearer TOKEN, or Basic with any user name and the token as password; constant time in the token. */
    boolean tokenMatches(String authorization) {
        if (authorization == null) return false;
        byte[] given;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String userPass = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = userPass.indexOf(':');
                given = (colon < 0 ? "" : userPass.substring(colon + 1)).getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
        } else {
            return false;
        }
        return MessageDigest.isEqual(given, token);
    }

    // ------------------------------------------------------------------ handlers

    private void health(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        Engine e = current();
        m.put("status", "ok");
        m.put("rulebook_version", e.version());
        m.put("engine_version", Engine.ENGINE_VERSION);
        RuleBookException last = watcher.getLastError();
        m.put("reload_error", last == null ? null : last.getProblems().stream().filter(p -> p.isError()).map(Object::toString).limit(20).toList());
        json(ctx, 200, m);
    }

    private void assess(Context ctx) {
        String name = caseName(ctx);
        JsonNode tree = readCase(ctx, name);
        CaseFile c = new CaseReader().toCaseFile(tree, name, "");
        Report r = timed(() -> current().assess(c, name));
        String format = ctx.queryParam("format");
        if (format == null || format.equals("json")) {
            ctx.status(200).contentType("application/json; charset=utf-8").result(ReportWriter.json(r));
        } else if (format.equals("html")) {
            html(ctx, HtmlMemo.render(r, c, tree));
        } else if (format.equals("pdf")) {
            ctx.status(200).contentType("application/pdf").header("Content-Disposition", "inline; filename=\"writguard-memo.pdf\"")
                    .result(PdfMemo.render(HtmlMemo.render(r, c, tree)));
        } else if (format.equals("markdown")) {
            ctx.status(200).contentType("text/markdown; charset=utf-8").result(ReportWriter.markdown(r));
        } else if (format.equals("text")) {
            ctx.status(200).contentType("text/plain; charset=utf-8").result(ReportWriter.text(r));
        } else {
            throw new HttpError(400, "format=" + Html.escape(org.writguard.internal.cases.OneLine.escape(format))
                    + ": expected json, html, pdf, markdown or text");
        }
    }

    private void timeline(Context ctx) {
        String name = caseName(ctx);
        JsonNode tree = readCase(ctx, name);
        CaseFile c = new CaseReader().toCaseFile(tree, name, "");
        Report r = timed(() -> current().assess(c, name));
        ctx.status(200).contentType("image/svg+xml; charset=utf-8")
                .result("<div xmlns=\"http://www.w3.org/1999/xhtml\" class=\"timelines\">" + HoldTimeline.svgAll(c, r) + "</div>");
    }

    private Report timed(java.util.function.Supplier<Report> work) {
        Deadline.start(options.caseTimeout().toNanos());
        try {
            return work.get();
        } finally {
            Deadline.clear();
        }
    }

    private JsonNode readCase(Context ctx, String name) {
        String text = utf8(body(ctx, MAX_CASE_BYTES), name);
        CaseReader reader = new CaseReader();
        JsonNode tree = reader.readTree(text, name);
        if (tree == null) throw new CaseInputException(name, "", "the request body holds no case");
        return tree;
    }

    private static String caseName(Context ctx) {
        String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        return ct.contains("json") ? "request.json" : "request.yaml";
    }

    private void assessBatch(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BATCH_BYTES) throw new HttpError(413, "the request body has " + declared + " bytes; the limit is " + MAX_BATCH_BYTES);
        Engine book = current();
        BatchRunner runner = new BatchRunner(book, Runtime.getRuntime().availableProcessors()).caseTimeout(options.caseTimeout());
        ctx.status(200).contentType("application/x-ndjson; charset=utf-8");
        ctx.res().setHeader("X-Writguard-Rulebook", book.version());
        InputStream in = new LimitedInputStream(ctx.req().getInputStream(), MAX_BATCH_BYTES);
        java.io.OutputStream w = new java.io.BufferedOutputStream(ctx.res().getOutputStream(), 1 << 16);
        try {
            runner.run(in, w, runner.ndjson("request"), "request", 0, n -> { });
        } catch (IOException | RuntimeException e) {
            if (!tooLarge(e)) throw e;
            // Records already streamed stay; the last line says why the rest was not read.
            w.write(("{\"status\":\"ERROR\",\"error\":\"the request body is larger than the limit of " + MAX_BATCH_BYTES
                    + " bytes; the lines after the last record above were not read\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        w.flush();
        ctx.res().getOutputStream().flush();
        // Javalin must not write a result of its own after the stream.
        ctx.skipRemainingHandlers();
    }

    /** Whether the batch body's limit is what stopped the run (the reader may be on a worker thread: look at the causes). */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof LimitedInputStream.TooLarge) return true;
        return false;
    }

    private void example(Context ctx) {
        String text = examples.get(ctx.pathParam("name"));
        if (text == null) throw new HttpError(404, "no such example; GET /api/v1/examples lists them");
        ctx.status(200).contentType("application/yaml; charset=utf-8").result(text);
    }

    private void schema(Context ctx) {
        String n = ctx.pathParam("name");
        if (!List.of("report.schema.json", "case.schema.json", "batch-record.schema.json").contains(n)) {
            throw new HttpError(404, "no such schema; report.schema.json, case.schema.json and batch-record.schema.json exist");
        }
        try (InputStream in = Workbench.class.getResourceAsStream("/schema/" + n)) {
            if (in == null) throw new HttpError(404, "schema missing from the jar: " + n);
            ctx.status(200).contentType("application/schema+json").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void asset(Context ctx) {
        Assets.Asset a = assets.get(ctx.pathParam("name"));
        if (a == null) throw new HttpError(404, "no such asset");
        ctx.header("Cache-Control", "max-age=300");
        ctx.status(200).contentType(a.contentType()).result(a.bytes());
    }

    private void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = Workbench.class.getResourceAsStream("assets/" + name)) {
            if (in == null) throw new HttpError(404, "missing from the jar: " + name);
            ctx.status(200).contentType(type).result(in.readAllBytes());
        }
    }

    // ------------------------------------------------------------------ helpers

    static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        ctx.status(200).contentType("text/html; charset=utf-8").result(page);
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void error(Context ctx, int status, String message, String file, String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("error", message);
        if (file != null) m.put("file", file);
        if (field != null) m.put("field", field);
        json(ctx, status, m);
    }

    /** The body, at most {@code limit} bytes: 413 past it, whether the length was declared or not. */
    static byte[] body(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw new HttpError(413, "the request body has " + declared + " bytes; the limit is " + limit);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (b.length > limit) throw new HttpError(413, "the request body is larger than the limit of " + limit + " bytes");
            return b;
        } catch (IOException e) {
            throw new HttpError(400, "the request body could not be read: " + e.getMessage());
        }
    }

    static String utf8(byte[] b, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new CaseInputException(name, "", "the request body is not UTF-8 text");
        }
    }

    private static Map<String, String> readExamples(Path dir) {
        Map<String, String> m = new TreeMap<>();
        if (!Files.isDirectory(dir)) return m;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (!(n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) || Files.size(p) > MAX_CASE_BYTES) continue;
                m.put(n, Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // Examples are a convenience of the Assess page; without them the page still takes a pasted case.
        }
        return m;
    }

    /** Whether an address is a loopback one (the default bind, which needs no token). */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** An HTTP error with a one-line message. */
    static final class HttpError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        HttpError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** An input stream that fails past a number of bytes. */
    static final class LimitedInputStream extends java.io.FilterInputStream {
        private long left;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        static final class TooLarge extends IOException {
            private static final long serialVersionUID = 1L;

            TooLarge() { super("request body over the limit"); }
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                if (super.read() < 0) return -1;
                throw new TooLarge();
            }
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                if (super.read() < 0) return -1;
                throw new TooLarge();
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }
    }

}
