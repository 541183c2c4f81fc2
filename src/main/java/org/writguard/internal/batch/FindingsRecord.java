package org.writguard.internal.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.writguard.engine.Report;
import org.writguard.findings.Finding;
import org.writguard.findings.Source;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The lean record of {@code assess-batch --output findings} (docs/batch-findings.md): per finding its code, number,
 * status, variant, severity, confidence, subject and source, with none of the report's prose (titles, explanations,
 * citations, facts used, computed values, deadlines, notice). Written with Jackson's streaming generator straight
 * from the report, with no intermediate tree.
 */
public final class FindingsRecord {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private FindingsRecord() { }

    /** One ASSESSED record for input line {@code line}, on one line, without the newline. */
    public static String write(long line, Report r) {
        StringBuilderWriter w = new StringBuilderWriter(256 + 192 * r.getFindings().size());
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("line", line);
            g.writeStringField("status", "ASSESSED");
            g.writeArrayFieldStart("findings");
            for (Finding f : r.getFindings()) finding(g, f);
            g.writeEndArray();
            g.writeObjectFieldStart("engine");
            g.writeStringField("version", r.getEngineVersion());
            g.writeStringField("tables_sha256", r.getRuleBookVersion());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", f.getCode().name());
        g.writeStringField("number", f.getCode().getNumber());
        g.writeStringField("status", f.getStatus().name());
        g.writeStringField("variant", f.getVariant());
        g.writeStringField("severity", f.getSeverity().name());
        g.writeStringField("confidence", f.getConfidence().name());
        g.writeObjectFieldStart("subject");
        g.writeStringField("kind", f.getSubjectKind());
        g.writeStringField("id", f.getSubjectId());
        g.writeEndObject();
        g.writeObjectFieldStart("source");
        Source s = f.getSource();
        if (s != null) {
            // The same fields, in the same order and under the same rules, as the full report's "source".
            g.writeStringField("file", s.getFile());
            if (s.getSheet() != null) g.writeStringField("sheet", s.getSheet());
            if (s.getRow() != null) g.writeNumberField("row", s.getRow());
            g.writeStringField("rule", s.getRule());
            if (s.getRowId() != null) g.writeStringField("row_id", s.getRowId());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A Writer over a StringBuilder, unsynchronized (java.io.StringWriter locks on every write). */
    private static final class StringBuilderWriter extends java.io.Writer {
        private final StringBuilder sb;

        StringBuilderWriter(int capacity) { this.sb = new StringBuilder(capacity); }

        @Override public void write(char[] cbuf, int off, int len) { sb.append(cbuf, off, len); }
        @Override public void write(String str, int off, int len) { sb.append(str, off, off + len); }
        @Override public void write(int c) { sb.append((char) c); }
        @Override public void flush() { }
        @Override public void close() { }
        @Override public String toString() { return sb.toString(); }
    }
}
