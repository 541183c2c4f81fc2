package org.writguard.internal.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.writguard.cases.CaseInputException;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.cases.OneLine;
import org.writguard.internal.engine.Deadline;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.engine.Engine;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Assesses a stream of cases, one per input line, and writes one JSON record per line in input order.
 * Lines are read and assessed in chunks across all cores; memory holds one chunk at a time, whatever
 * the input's size. A line that is not a valid case gives an error record naming its line and field; the
 * run goes on.
 *
 * <p>Output records: {@code {"line":N,"status":"ASSESSED","report":{...}}} or
 * {@code {"line":N,"status":"REJECTED","error":{"field":...,"message":...}}}.
 */
public final class BatchRunner {
    /** Lines per chunk: the unit of parallel work and of memory. */
    public static final int CHUNK = 2048;
    /** Longest line accepted (one case); longer lines are rejected, not read into memory whole. */
    public static final int MAX_LINE_CHARS = 5 * 1024 * 1024;
    /** Characters of input held at once: a chunk ends early when its lines reach this many. */
    public static final long MAX_CHUNK_CHARS = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Records are written as UTF-8 by Jackson's byte generator, in one pass (no string, no second encoding on the
     * writing thread). A surrogate pair is written as its four UTF-8 bytes, exactly as encoding the text would; a lone
     * surrogate, which UTF-8 cannot encode, comes out as a {@code \\uD8xx} escape, which
     * {@link Utf8Records#hasEscapedLoneSurrogate} finds (issue 17).
     */
    static final com.fasterxml.jackson.databind.ObjectWriter UTF8 = JSON.writer()
            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Engine book;
    private final int threads;
    /** Default time budget of one case (--case-timeout), in seconds: a normal case takes milliseconds. */
    public static final int DEFAULT_CASE_TIMEOUT_SECONDS = 30;

    private final CaseReader reader = new CaseReader();
    private long caseTimeoutNanos = DEFAULT_CASE_TIMEOUT_SECONDS * 1_000_000_000L;

    public BatchRunner(Engine book, int threads) {
        this.book = book;
        this.threads = Math.max(1, threads);
    }

    /** Sets the per-case time budget; a case that takes longer becomes a REJECTED record. */
    /** What an ASSESSED record carries: the full report (default) or the lean findings record (docs/batch-findings.md). */
    public enum Output {
        /** {@code {"line","status","fired_codes","report":{...}}}: every record carries the whole report. */
        REPORT,
        /** {@code {"line","status","findings":[...],"engine":{...}}}: codes, status, subject and source; no prose. */
        FINDINGS
    }

    private Output output = Output.REPORT;

    /** Chooses the record of an ASSESSED line; REJECTED and ERROR records are the same either way. */
    public BatchRunner output(Output output) {
        this.output = java.util.Objects.requireNonNull(output);
        return this;
    }

    public BatchRunner caseTimeout(java.time.Duration budget) {
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("case timeout must be positive");
        this.caseTimeoutNanos = budget.toNanos();
        return this;
    }

    /** What a run did. */
    public static final class Summary {
        long read;
        long assessed;
        long rejected;
        long skipped;
        long timedOut;
        final Map<String, Long> fired = new TreeMap<>();

        public long read() { return read; }
        public long assessed() { return assessed; }
        public long rejected() { return rejected; }
        /** Lines rejected because their case took longer than the per-case time budget. */
        public long timedOut() { return timedOut; }
        /** Lines skipped because a previous run had already written them (--resume). */
        public long skipped() { return skipped; }
        public Map<String, Long> firedByCode() { return fired; }
    }

    /** Converts one input line into a case tree; NDJSON by default, CSV rows for the holds layout. */
    public interface LineFormat {
        JsonNode toTree(String line, long lineNumber) throws CaseInputException;

        /** Lines at the top of the input that are not cases (a CSV header); read once. */
        default int headerLines() { return 0; }

        default void header(String line) { }
    }

    /** NDJSON: each line is one case as JSON. */
    public LineFormat ndjson(String name) {
        return (line, n) -> reader.readJsonTree(line, name + ":" + n);
    }

    /**
     * Runs the batch. {@code skip} lines (after any header) are passed over, for --resume; {@code progress} is
     * told the number of lines done after each chunk. Bytes are read: each line is decoded as UTF-8 on its own,
     * so a line that is not UTF-8 becomes one REJECTED record naming its line and the run goes on. A UTF-8 byte-order mark at the start is skipped.
     */
    public Summary run(java.io.InputStream in, java.io.OutputStream out, LineFormat format, String inputName, long skip,
                       Consumer<Long> progress) throws IOException {
        return run(new ByteLineSource(in), out, format, inputName, skip, progress);
    }

    /** As {@link #run(java.io.InputStream, java.io.OutputStream, LineFormat, String, long, Consumer)}, to a character stream. */
    public Summary run(java.io.InputStream in, Writer out, LineFormat format, String inputName, long skip,
                       Consumer<Long> progress) throws IOException {
        java.io.OutputStream bytes = new java.io.OutputStream() {
            @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }
            @Override public void write(byte[] b, int off, int len) throws IOException {
                // The run writes whole records only (a worker's buffer at a time): no character is split.
                out.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
            }
            @Override public void flush() throws IOException { out.flush(); }
        };
        return run(new ByteLineSource(in), bytes, format, inputName, skip, progress);
    }

    private Summary run(Lines src, java.io.OutputStream out, LineFormat format, String inputName, long skip,
                        Consumer<Long> progress) throws IOException {
        Summary s = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "writguard-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            long lineNo = 0;
            for (int h = 0; h < format.headerLines(); h++) {
                Line header = src.next();
                lineNo++;
                if (header == null) break;
                if (header.problem() != null) {
                    throw new CaseInputException(inputName + ":" + lineNo, "", header.problem());
                }
                format.header(header.text());
            }
            while (s.skipped < skip) {
                if (src.next() == null) {
                    // The output has more records than the input has lines: it belongs to another input.
                    throw new CaseInputException(inputName, "", "--resume: the output holds " + skip
                            + " records but the input has only " + s.skipped + " lines; it is not this input's output");
                }
                lineNo++;
                s.skipped++;
            }
            // Double-buffered: while the workers assess one chunk, this thread reads the next and then writes
            // the previous one, so reading and writing overlap the assessing.
            List<Future<Part>> pending = null;
            int pendingLines = 0;
            while (true) {
                List<Line> lines = new ArrayList<>(CHUNK);
                long first = lineNo + 1;
                long chars = 0;
                while (lines.size() < CHUNK && chars < MAX_CHUNK_CHARS) {
                    Line line = src.next();
                    if (line == null) break;
                    lines.add(line);
                    chars += line.text() == null ? MAX_LINE_CHARS : line.text().length();
                    lineNo++;
                }
                List<Future<Part>> current = lines.isEmpty() ? null : submit(pool, lines, first, format, inputName);
                if (pending != null) {
                    for (Future<Part> f : pending) {
                        Part part = get(f);
                        part.text.writeTo(out);
                        s.timedOut += part.timedOut;
                        s.assessed += part.assessed;
                        s.rejected += part.rejected;
                        part.fired.forEach((code, n) -> s.fired.merge(code, n, Long::sum));
                    }
                    out.flush();
                    s.read += pendingLines;
                    if (progress != null) progress.accept(s.read + s.skipped);
                }
                if (current == null) break;
                pending = current;
                pendingLines = lines.size();
            }
            return s;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One input line: its text, or (text null) why it cannot be read. */
    public record Line(String text, String problem) { }

    /** Input lines; null at the end. */
    public interface Lines {
        Line next() throws IOException;
    }

    /** A slice of a chunk, assessed: its output records and what they counted. */
    private static final class Part {
        /** The records as UTF-8, each followed by a newline. */
        final Utf8Records text = new Utf8Records();
        long assessed;
        long rejected;
        long timedOut;
        final Map<String, Long> fired = new java.util.HashMap<>();
        /** The last line's status, fired codes and case tree (for {@link #assess}). */
        String lastStatus;
        List<String> lastCodes = List.of();
        JsonNode lastTree;
    }

    /**
     * One line assessed on its own, as {@link #run} would: its output record (one JSON object, no newline), its
     * status, the codes that fired and the case as read (null unless ASSESSED). For the Beam pipeline, which must
     * give exactly this runner's records.
     */
    public record Outcome(String record, String status, List<String> firedCodes, JsonNode caseTree) { }

    /** Assesses one input line (see {@link Outcome}); never throws for bad input. */
    public Outcome assess(Line line, long n, LineFormat format, String inputName) {
        Part part = new Part();
        one(line, n, format, inputName, part);
        return new Outcome(part.text.lastRecord(), part.lastStatus, part.lastCodes,
                "ASSESSED".equals(part.lastStatus) ? part.lastTree : null);
    }

    private List<Future<Part>> submit(ExecutorService pool, List<Line> lines, long first, LineFormat format,
                                      String inputName) {
        List<Future<Part>> results = new ArrayList<>();
        int per = Math.max(1, lines.size() / (threads * 4));
        for (int i = 0; i < lines.size(); i += per) {
            final int from = i;
            final int to = Math.min(lines.size(), i + per);
            results.add(pool.submit(() -> {
                Part part = new Part();
                for (int k = from; k < to; k++) one(lines.get(k), first + k, format, inputName, part);
                return part;
            }));
        }
        return results;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One line in, one JSON record out. Never throws for bad input. */
    String one(String line, long n, LineFormat format, String inputName) {
        Part part = new Part();
        one(line == null ? new Line(null, "the line is longer than " + MAX_LINE_CHARS + " characters")
                : new Line(line, null), n, format, inputName, part);
        return part.text.lastRecord();
    }

    /** Appends line {@code n}'s record and a newline to the part's text, as UTF-8. */
    private void one(Line in, long n, LineFormat format, String inputName, Part part) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("line", n);
        Deadline.start(caseTimeoutNanos);
        try {
            if (in.text() == null) throw new CaseInputException(inputName + ":" + n, "", in.problem());
            String line = in.text();
            if (line.isBlank()) throw new CaseInputException(inputName + ":" + n, "", "blank line; expected one case");
            JsonNode tree = format.toTree(line, n);
            if (tree == null) throw new CaseInputException(inputName + ":" + n, "", "empty case");
            part.lastTree = tree;
            CaseFile c = reader.toCaseFile(tree, inputName + ":" + n, "");
            // The case was read for this line alone: the engine may work on it without a validated copy.
            // The lean record carries no reading (questions, chronology): it is not made.
            Report r = book.assessOwned(c, inputName + ":" + n, output != Output.FINDINGS);
            rec.put("status", "ASSESSED");
            part.assessed++;
            List<String> codes = new ArrayList<>();
            for (Finding f : r.getFired()) {
                codes.add(f.getCode().name());
                part.fired.merge(f.getCode().name(), 1L, Long::sum);
            }
            part.lastCodes = codes;
            if (output == Output.FINDINGS) {
                int start = part.text.size();
                FindingsRecord.write(n, r, part.text);
                if (!Utf8Records.hasEscapedLoneSurrogate(part.text, start)) {
                    part.text.write('\n');
                    part.lastStatus = "ASSESSED";
                    return;
                }
                part.text.truncate(start);
                // Falls through to the map path below, which turns a lone surrogate into a REJECTED record.
            }
            rec.put("fired_codes", codes);
            rec.put("report", withAuthoritiesWritten(ReportWriter.toTree(r), r));
        } catch (Deadline.Exceeded e) {
            part.rejected++;
            part.timedOut++;
            rec.put("status", "REJECTED");
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("field", "");
            err.put("message", inputName + ":" + n + ": the case took longer than " + seconds(caseTimeoutNanos)
                    + " s (--case-timeout); its assessment was abandoned");
            rec.put("error", err);
        } catch (CaseInputException e) {
            part.rejected++;
            rec.put("status", "REJECTED");
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("field", e.getField());
            err.put("message", e.getMessage());
            rec.put("error", err);
        } catch (RuntimeException e) {
            part.rejected++;
            rec.put("status", "ERROR");
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("field", "");
            err.put("message", inputName + ":" + n + ": internal error: " + OneLine.escape(String.valueOf(e)));
            rec.put("error", err);
        } finally {
            Deadline.clear();
        }
        int start = part.text.size();
        try {
            UTF8.writeValue(part.text, rec);
            part.lastStatus = (String) rec.get("status");
            if (Utf8Records.hasEscapedLoneSurrogate(part.text, start)) {
                part.text.truncate(start);
                part.lastStatus = "REJECTED";
                // The output is UTF-8: text that cannot be encoded would stop the whole run mid-record.
                part.rejected++;
                if ("ASSESSED".equals(rec.get("status"))) part.assessed--;
                Map<String, Object> bad = new LinkedHashMap<>();
                bad.put("line", n);
                bad.put("status", "REJECTED");
                bad.put("error", Map.of("field", "", "message", inputName + ":" + n
                        + ": the text holds a lone UTF-16 surrogate, which UTF-8 cannot encode"));
                UTF8.writeValue(part.text, bad);
            }
            part.text.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An object compared by identity, as a map key. */
    private record Same(Object o) {
        @Override public boolean equals(Object other) { return other instanceof Same s && s.o == o; }
        @Override public int hashCode() { return System.identityHashCode(o); }
    }

    /**
     * Findings' authority lists as JSON text, by list: the rule book resolves the same citations for the same matter
     * to the same (immutable) list, and a report's authorities are a quarter of its bytes (issue 17).
     */
    private static final java.util.concurrent.ConcurrentHashMap<Same, com.fasterxml.jackson.databind.util.RawValue> AUTHORITIES_JSON =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int AUTHORITIES_JSON_LIMIT = 20_000;

    /**
     * The report tree with each finding's {@code authorities} as the JSON text the same list was written as before:
     * the same bytes, written once per list instead of once per finding.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withAuthoritiesWritten(Map<String, Object> tree, Report r) {
        List<Object> findings = (List<Object>) tree.get("findings");
        List<Finding> fs = r.getFindings();
        if (findings == null || findings.size() != fs.size()) return tree;
        for (int i = 0; i < fs.size(); i++) {
            List<org.writguard.findings.Authority> list = fs.get(i).getAuthorities();
            if (list.isEmpty()) continue;
            Same key = new Same(list);
            com.fasterxml.jackson.databind.util.RawValue raw = AUTHORITIES_JSON.get(key);
            Map<String, Object> m = (Map<String, Object>) findings.get(i);
            if (raw == null) {
                try {
                    raw = new com.fasterxml.jackson.databind.util.RawValue(new com.fasterxml.jackson.core.io.SerializedString(
                            JSON.writeValueAsString(m.get("authorities"))));
                } catch (IOException e) {
                    continue;
                }
                if (AUTHORITIES_JSON.size() < AUTHORITIES_JSON_LIMIT) AUTHORITIES_JSON.putIfAbsent(key, raw);
            }
            m.put("authorities", raw);
        }
        return tree;
    }

    private static String seconds(long nanos) {
        return java.math.BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }

    /** Lines of a byte stream, each decoded as strict UTF-8 on its own. */
    public static final class ByteLineSource implements Lines {
        private final java.io.InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int len;
        private boolean eof;
        private boolean skipLf;
        private boolean first = true;
        private byte[] line = new byte[256];
        private int lineLen;

        ByteLineSource(java.io.InputStream in) { this.in = in; }

        /**
         * Lines of {@code in}; {@code startOfInput} false when {@code in} starts in the middle of a file, after a
         * line end (a byte-order mark is skipped only at the start of the input).
         */
        public ByteLineSource(java.io.InputStream in, boolean startOfInput) {
            this.in = in;
            this.first = startOfInput;
        }

        private boolean fill() throws IOException {
            if (eof) return false;
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            pos = 0;
            len = n;
            return true;
        }

        @Override
        public Line next() throws IOException {
            lineLen = 0;
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos >= len && !fill()) {
                    if (!any) return null;
                    return finish(tooLong);
                }
                if (skipLf) {
                    skipLf = false;
                    if (buf[pos] == '\n') {
                        pos++;
                        continue;
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') pos++;
                if (!tooLong) {
                    int n = pos - start;
                    if ((long) lineLen + n > MAX_LINE_CHARS) {
                        tooLong = true;
                        lineLen = 0;
                        line = new byte[256];
                    } else {
                        if (lineLen + n > line.length) line = java.util.Arrays.copyOf(line, Math.max(lineLen + n, line.length * 2));
                        System.arraycopy(buf, start, line, lineLen, n);
                        lineLen += n;
                    }
                }
                if (pos < len) {
                    skipLf = buf[pos] == '\r';
                    pos++;
                    return finish(tooLong);
                }
            }
        }

        private Line finish(boolean tooLong) {
            if (tooLong) return new Line(null, "the line is longer than " + MAX_LINE_CHARS + " bytes");
            int from = 0;
            if (first) {
                first = false;
                if (lineLen >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) from = 3;
            }
            var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(line, from, lineLen - from);
            try {
                String text = decoder.decode(bytes).toString();
                if (line.length > (1 << 20)) line = new byte[256];
                return new Line(text, null);
            } catch (java.nio.charset.CharacterCodingException e) {
                // Find the first bad byte for the message.
                int bad = firstInvalid(line, from, lineLen);
                return new Line(null, "not UTF-8 text (byte 0x" + String.format("%02X", line[bad] & 0xFF)
                        + " at byte " + (bad - from + 1) + " of the line)");
            }
        }

        private static int firstInvalid(byte[] b, int from, int to) {
            var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b, from, to - from);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(to - from + 1);
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            return r.isError() ? in.position() : from;
        }
    }
}
