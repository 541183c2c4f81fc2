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
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private FindingsRecord() { }

    /**
     * One ASSESSED record for input line {@code line}, on one line, without the newline, as UTF-8 into {@code out},
     * which stays open (assess-batch's buffer): surrogate pairs as UTF-8, a lone surrogate as an escape (see BatchRunner).
     */
    static void write(long line, Report r, java.io.OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, line, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, long line, Report r) throws IOException {
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
}
