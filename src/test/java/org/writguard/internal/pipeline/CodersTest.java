package org.writguard.internal.pipeline;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The aggregates' coders read back what they wrote, and encode equal values to equal bytes (runners group by them). */
class CodersTest {
    private static <T> T roundTrip(Coder<T> coder, T value, T equalCopy) throws Exception {
        T back = CoderUtils.clone(coder, value);
        assertArrayEquals(CoderUtils.encodeToByteArray(coder, value), CoderUtils.encodeToByteArray(coder, equalCopy));
        assertArrayEquals(CoderUtils.encodeToByteArray(coder, value), CoderUtils.encodeToByteArray(coder, back));
        // Nested in a larger stream too (the coder must not read past its own value).
        Coder<java.util.List<T>> list = org.apache.beam.sdk.coders.ListCoder.of(coder);
        assertEquals(java.util.List.of(value, value), CoderUtils.clone(list, java.util.List.of(value, value)));
        return back;
    }

    @Test
    void countsRoundTrip() throws Exception {
        TreeMap<String, Long> m = new TreeMap<>();
        m.put("F13\tGA\tGA-123\t2026-05", 3L);
        m.put(AssessFn.ASSESSED_KEY, 1_000_000_000_000L);
        m.put("F16\tUNKNOWN\tUNKNOWN\t2026-05", 1L);
        assertEquals(m, roundTrip(new Coders.Counts(), m, new TreeMap<>(m)));
        assertEquals(new TreeMap<>(), roundTrip(new Coders.Counts(), new TreeMap<>(), new TreeMap<>()));
    }

    @Test
    void agencyStatsAndRowsRoundTrip() throws Exception {
        AgencyStats s = new AgencyStats();
        s.state("PA");
        s.stop(true);
        s.stop(null);
        s.stop(false);
        s.hold(3600L * 50);
        s.hold(null);
        s.hold(3600L * 2);
        s.hold(3600L * 2);
        AgencyStats back = CoderUtils.clone(new Coders.Stats(), s);
        assertEquals(s.row(), back.row());
        assertEquals(s.durations, back.durations);
        assertEquals(4, back.holds);

        AgencyStats.Row empty = new AgencyStats().row();
        assertEquals(s.row(), roundTrip(new Coders.Row(), s.row(), s.row()));
        assertEquals(empty, roundTrip(new Coders.Row(), empty, new AgencyStats().row()));
        TreeMap<String, AgencyStats.Row> rows = new TreeMap<>();
        rows.put("PA-1", s.row());
        rows.put("GA-2", empty);
        assertEquals(rows, roundTrip(new Coders.Rows(), rows, new TreeMap<>(rows)));
    }
}
