package org.writguard.internal.pipeline;

import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compact coders for the aggregates' partial results. Runners copy combine accumulators and grouped values through
 * their coder (the DirectRunner does it every time a bundle reaches the group's state), so Java serialization of
 * these maps cost more CPU than the grouping itself (docs/performance.md, issue 16). Each writes variable-length
 * integers and UTF-8 strings, and reads back an equal value.
 */
final class Coders {
    private Coders() { }

    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();

    /** Finding counts by key: size, then (key, count) in key order. */
    static final class Counts extends CustomCoder<TreeMap<String, Long>> {
        @Override
        public void encode(TreeMap<String, Long> m, OutputStream out) throws IOException {
            VarInt.encode(m.size(), out);
            for (Map.Entry<String, Long> e : m.entrySet()) {
                TEXT.encode(e.getKey(), out);
                VarInt.encode(e.getValue(), out);
            }
        }

        @Override
        public TreeMap<String, Long> decode(InputStream in) throws IOException {
            int n = VarInt.decodeInt(in);
            TreeMap<String, Long> m = new TreeMap<>();
            for (int i = 0; i < n; i++) m.put(TEXT.decode(in), VarInt.decodeLong(in));
            return m;
        }

        @Override
        public void verifyDeterministic() { }
    }

    /** One agency's partial statistics: the state, the six counts, then the durations histogram. */
    static final class Stats extends CustomCoder<AgencyStats> {
        @Override
        public void encode(AgencyStats s, OutputStream out) throws IOException {
            TEXT.encode(s.state, out);
            VarInt.encode(s.stops, out);
            VarInt.encode(s.stopsFactorsUnknown, out);
            VarInt.encode(s.stopsApparentEthnicity, out);
            VarInt.encode(s.holds, out);
            VarInt.encode(s.holdsDurationUnknown, out);
            VarInt.encode(s.holdsOver48h, out);
            VarInt.encode(s.durations.size(), out);
            for (Map.Entry<Long, Long> e : s.durations.entrySet()) {
                VarInt.encode(e.getKey(), out);
                VarInt.encode(e.getValue(), out);
            }
        }

        @Override
        public AgencyStats decode(InputStream in) throws IOException {
            AgencyStats s = new AgencyStats();
            s.state = TEXT.decode(in);
            s.stops = VarInt.decodeLong(in);
            s.stopsFactorsUnknown = VarInt.decodeLong(in);
            s.stopsApparentEthnicity = VarInt.decodeLong(in);
            s.holds = VarInt.decodeLong(in);
            s.holdsDurationUnknown = VarInt.decodeLong(in);
            s.holdsOver48h = VarInt.decodeLong(in);
            int n = VarInt.decodeInt(in);
            for (int i = 0; i < n; i++) s.durations.put(VarInt.decodeLong(in), VarInt.decodeLong(in));
            return s;
        }

        @Override
        public void verifyDeterministic() { }
    }

    /** One agency's written row. */
    static final class Row extends CustomCoder<AgencyStats.Row> {
        @Override
        public void encode(AgencyStats.Row r, OutputStream out) throws IOException {
            TEXT.encode(r.state(), out);
            VarInt.encode(r.stops(), out);
            VarInt.encode(r.stopsFactorsUnknown(), out);
            VarInt.encode(r.stopsApparentEthnicity(), out);
            writeDouble(r.shareApparentEthnicity(), out);
            VarInt.encode(r.holds(), out);
            VarInt.encode(r.holdsDurationUnknown(), out);
            VarInt.encode(r.holdsOver48h(), out);
            writeDouble(r.shareOver48h(), out);
            writeDouble(r.medianHoldHours(), out);
        }

        @Override
        public AgencyStats.Row decode(InputStream in) throws IOException {
            return new AgencyStats.Row(TEXT.decode(in), VarInt.decodeLong(in), VarInt.decodeLong(in),
                    VarInt.decodeLong(in), readDouble(in), VarInt.decodeLong(in), VarInt.decodeLong(in),
                    VarInt.decodeLong(in), readDouble(in), readDouble(in));
        }

        @Override
        public void verifyDeterministic() { }

        private static void writeDouble(Double d, OutputStream out) throws IOException {
            DataOutputStream o = new DataOutputStream(out);
            o.writeBoolean(d != null);
            if (d != null) o.writeDouble(d);
            o.flush();
        }

        private static Double readDouble(InputStream in) throws IOException {
            DataInputStream i = new DataInputStream(in);
            return i.readBoolean() ? i.readDouble() : null;
        }
    }

    /** The agencies' rows by agency id, in key order. */
    static final class Rows extends CustomCoder<TreeMap<String, AgencyStats.Row>> {
        private static final Row ROW = new Row();

        @Override
        public void encode(TreeMap<String, AgencyStats.Row> m, OutputStream out) throws IOException {
            VarInt.encode(m.size(), out);
            for (Map.Entry<String, AgencyStats.Row> e : m.entrySet()) {
                TEXT.encode(e.getKey(), out);
                ROW.encode(e.getValue(), out);
            }
        }

        @Override
        public TreeMap<String, AgencyStats.Row> decode(InputStream in) throws IOException {
            int n = VarInt.decodeInt(in);
            TreeMap<String, AgencyStats.Row> m = new TreeMap<>();
            for (int i = 0; i < n; i++) m.put(TEXT.decode(in), ROW.decode(in));
            return m;
        }

        @Override
        public void verifyDeterministic() { }
    }
}
