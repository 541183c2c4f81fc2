package org.writguard.internal.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregate files: finding counts by code x state x agency x month, and per-agency patterns, each as CSV
 * (for people; a first line starting with # says what it is) and NDJSON (for programs; a first object with
 * {@code "kind":"notice"}). Patterns are statistics over records, not legal findings about anyone.
 */
final class Aggregates {
    static final String FINDINGS_NOTICE = "STATISTICS, NOT LEGAL FINDINGS: counts of writguard findings (status FIRED)"
            + " over the records assessed by this run, by where they arose; rejected records are not counted."
            + " A count says what the tables flagged, not what happened.";
    static final String PATTERNS_NOTICE = "STATISTICS, NOT LEGAL FINDINGS: per-agency patterns over the records"
            + " assessed by this run; no single case shows them and none is a finding about any stop or hold."
            + " A stop is an encounter outside a jail; shares count only stops or holds whose facts are known.";
    static final String FINDINGS_COLUMNS = "code,state,agency_id,month,findings";
    static final String PATTERNS_COLUMNS = "agency_id,state,stops,stops_factors_unknown,stops_apparent_ethnicity,"
            + "share_apparent_ethnicity,holds,holds_duration_unknown,holds_over_48h,share_over_48h,median_hold_hours";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Aggregates() { }

    /** Sums counts per key into one sorted map. */
    static final class SumToMap extends Combine.CombineFn<KV<String, Long>, TreeMap<String, Long>, TreeMap<String, Long>> {
        @Override public TreeMap<String, Long> createAccumulator() { return new TreeMap<>(); }

        @Override public TreeMap<String, Long> addInput(TreeMap<String, Long> acc, KV<String, Long> in) {
            acc.merge(in.getKey(), in.getValue(), Long::sum);
            return acc;
        }

        @Override public TreeMap<String, Long> mergeAccumulators(Iterable<TreeMap<String, Long>> accs) {
            TreeMap<String, Long> m = new TreeMap<>();
            for (TreeMap<String, Long> a : accs) a.forEach((k, v) -> m.merge(k, v, Long::sum));
            return m;
        }

        @Override public TreeMap<String, Long> extractOutput(TreeMap<String, Long> acc) { return acc; }

        @Override public org.apache.beam.sdk.coders.Coder<TreeMap<String, Long>> getAccumulatorCoder(
                org.apache.beam.sdk.coders.CoderRegistry r, org.apache.beam.sdk.coders.Coder<KV<String, Long>> in) {
            return new Coders.Counts();
        }

        @Override public org.apache.beam.sdk.coders.Coder<TreeMap<String, Long>> getDefaultOutputCoder(
                org.apache.beam.sdk.coders.CoderRegistry r, org.apache.beam.sdk.coders.Coder<KV<String, Long>> in) {
            return new Coders.Counts();
        }
    }

    /** Merges one agency's partial statistics (per key, so each agency's durations are merged on one worker). */
    static final class MergeAgency extends Combine.CombineFn<AgencyStats, AgencyStats, AgencyStats> {
        @Override public AgencyStats createAccumulator() { return new AgencyStats(); }

        @Override public AgencyStats addInput(AgencyStats acc, AgencyStats in) { return acc.merge(in); }

        @Override public AgencyStats mergeAccumulators(Iterable<AgencyStats> accs) {
            AgencyStats m = new AgencyStats();
            for (AgencyStats a : accs) m.merge(a);
            return m;
        }

        @Override public AgencyStats extractOutput(AgencyStats acc) { return acc; }

        @Override public org.apache.beam.sdk.coders.Coder<AgencyStats> getAccumulatorCoder(
                org.apache.beam.sdk.coders.CoderRegistry r, org.apache.beam.sdk.coders.Coder<AgencyStats> in) {
            return new Coders.Stats();
        }

        @Override public org.apache.beam.sdk.coders.Coder<AgencyStats> getDefaultOutputCoder(
                org.apache.beam.sdk.coders.CoderRegistry r, org.apache.beam.sdk.coders.Coder<AgencyStats> in) {
            return new Coders.Stats();
        }
    }

    /** Collects the agencies' rows (small: no durations) into one sorted map. */
    static final class CollectRows extends Combine.CombineFn<KV<String, AgencyStats.Row>, TreeMap<String, AgencyStats.Row>, TreeMap<String, AgencyStats.Row>> {
        @Override public TreeMap<String, AgencyStats.Row> createAccumulator() { return new TreeMap<>(); }

        @Override public TreeMap<String, AgencyStats.Row> addInput(TreeMap<String, AgencyStats.Row> acc, KV<String, AgencyStats.Row> in) {
            acc.put(in.getKey(), in.getValue());
            return acc;
        }

        @Override public TreeMap<String, AgencyStats.Row> mergeAccumulators(Iterable<TreeMap<String, AgencyStats.Row>> accs) {
            TreeMap<String, AgencyStats.Row> m = new TreeMap<>();
            for (TreeMap<String, AgencyStats.Row> a : accs) m.putAll(a);
            return m;
        }

        @Override public TreeMap<String, AgencyStats.Row> extractOutput(TreeMap<String, AgencyStats.Row> acc) { return acc; }

        @Override public org.apache.beam.sdk.coders.Coder<TreeMap<String, AgencyStats.Row>> getAccumulatorCoder(
                org.apache.beam.sdk.coders.CoderRegistry r, org.apache.beam.sdk.coders.Coder<KV<String, AgencyStats.Row>> in) {
            return new Coders.Rows();
        }

        @Override public org.apache.beam.sdk.coders.Coder<TreeMap<String, AgencyStats.Row>> getDefaultOutputCoder(
                org.apache.beam.sdk.coders.CoderRegistry r, org.apache.beam.sdk.coders.Coder<KV<String, AgencyStats.Row>> in) {
            return new Coders.Rows();
        }
    }

    /** Writes PREFIX-findings-by-month.csv and .ndjson. */
    static final class WriteFindings extends DoFn<TreeMap<String, Long>, Void> {
        private final String prefix;

        WriteFindings(String prefix) { this.prefix = prefix; }

        @ProcessElement
        public void process(@Element TreeMap<String, Long> counts) throws IOException {
            long records = counts.getOrDefault(AssessFn.ASSESSED_KEY, 0L);
            StringBuilder csv = new StringBuilder("# " + FINDINGS_NOTICE + " Assessed records: " + records + ".\n")
                    .append(FINDINGS_COLUMNS).append('\n');
            StringBuilder nd = new StringBuilder(JSON.writeValueAsString(notice(FINDINGS_NOTICE, records))).append('\n');
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (e.getKey().equals(AssessFn.ASSESSED_KEY)) continue;
                String[] k = e.getKey().split("\t", -1);
                csv.append(cell(k[0])).append(',').append(cell(k[1])).append(',').append(cell(k[2])).append(',')
                        .append(cell(k[3])).append(',').append(e.getValue()).append('\n');
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "finding_count");
                m.put("code", k[0]);
                m.put("state", k[1]);
                m.put("agency_id", k[2]);
                m.put("month", k[3]);
                m.put("findings", e.getValue());
                nd.append(JSON.writeValueAsString(m)).append('\n');
            }
            write(prefix + "-findings-by-month.csv", csv.toString(), "text/csv");
            write(prefix + "-findings-by-month.ndjson", nd.toString(), "application/x-ndjson");
        }
    }

    /** Writes PREFIX-agency-patterns.csv and .ndjson. */
    static final class WritePatterns extends DoFn<TreeMap<String, AgencyStats.Row>, Void> {
        private final String prefix;

        WritePatterns(String prefix) { this.prefix = prefix; }

        @ProcessElement
        public void process(@Element TreeMap<String, AgencyStats.Row> agencies) throws IOException {
            StringBuilder csv = new StringBuilder("# " + PATTERNS_NOTICE + "\n").append(PATTERNS_COLUMNS).append('\n');
            StringBuilder nd = new StringBuilder(JSON.writeValueAsString(notice(PATTERNS_NOTICE, null))).append('\n');
            for (Map.Entry<String, AgencyStats.Row> e : agencies.entrySet()) {
                AgencyStats.Row s = e.getValue();
                csv.append(cell(e.getKey())).append(',').append(cell(s.state())).append(',')
                        .append(s.stops()).append(',').append(s.stopsFactorsUnknown()).append(',').append(s.stopsApparentEthnicity()).append(',')
                        .append(num(s.shareApparentEthnicity())).append(',')
                        .append(s.holds()).append(',').append(s.holdsDurationUnknown()).append(',').append(s.holdsOver48h()).append(',')
                        .append(num(s.shareOver48h())).append(',').append(num(s.medianHoldHours())).append('\n');
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "agency_pattern");
                m.put("agency_id", e.getKey());
                m.put("state", s.state());
                m.put("stops", s.stops());
                m.put("stops_factors_unknown", s.stopsFactorsUnknown());
                m.put("stops_apparent_ethnicity", s.stopsApparentEthnicity());
                m.put("share_apparent_ethnicity", round(s.shareApparentEthnicity()));
                m.put("holds", s.holds());
                m.put("holds_duration_unknown", s.holdsDurationUnknown());
                m.put("holds_over_48h", s.holdsOver48h());
                m.put("share_over_48h", round(s.shareOver48h()));
                m.put("median_hold_hours", round(s.medianHoldHours()));
                nd.append(JSON.writeValueAsString(m)).append('\n');
            }
            write(prefix + "-agency-patterns.csv", csv.toString(), "text/csv");
            write(prefix + "-agency-patterns.ndjson", nd.toString(), "application/x-ndjson");
        }
    }

    private static Map<String, Object> notice(String text, Long records) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "notice");
        m.put("statistics_not_legal_findings", true);
        m.put("notice", text);
        if (records != null) m.put("assessed_records", records);
        return m;
    }

    /** Six decimals; empty when there is nothing to divide by. */
    static String num(Double d) { return d == null ? "" : round(d).toPlainString(); }

    static BigDecimal round(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static String cell(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0 && !v.startsWith("#")) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static void write(String spec, String text, String mime) throws IOException {
        ResourceId id = FileSystems.matchNewResource(spec, false);
        try (OutputStream out = Channels.newOutputStream(FileSystems.create(id, mime))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
