package org.writguard.internal.pipeline;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agency's patterns over many records (statistics, not legal findings): its stops and how many rested on
 * apparent ethnicity, its holds and how many lasted over 48 hours, and the distribution of hold durations (to
 * the second, so the median is exact and partial results merge in any order).
 */
public final class AgencyStats implements Serializable {
    private static final long serialVersionUID = 1L;
    /** 48 hours, in seconds. */
    static final long H48 = 48L * 3600;

    String state = "";
    long stops;
    long stopsFactorsUnknown;
    long stopsApparentEthnicity;
    long holds;
    long holdsDurationUnknown;
    long holdsOver48h;
    /** Hold durations in seconds -> how many holds lasted exactly that long. */
    final TreeMap<Long, Long> durations = new TreeMap<>();

    void state(String s) {
        if (s == null || s.isEmpty()) return;
        if (state.isEmpty() || s.compareTo(state) < 0) state = s;
    }

    void stop(Boolean apparentEthnicity) {
        stops++;
        if (apparentEthnicity == null) stopsFactorsUnknown++;
        else if (apparentEthnicity) stopsApparentEthnicity++;
    }

    void hold(Long seconds) {
        holds++;
        if (seconds == null) {
            holdsDurationUnknown++;
            return;
        }
        if (seconds > H48) holdsOver48h++;
        durations.merge(seconds, 1L, Long::sum);
    }

    AgencyStats merge(AgencyStats o) {
        state(o.state);
        stops += o.stops;
        stopsFactorsUnknown += o.stopsFactorsUnknown;
        stopsApparentEthnicity += o.stopsApparentEthnicity;
        holds += o.holds;
        holdsDurationUnknown += o.holdsDurationUnknown;
        holdsOver48h += o.holdsOver48h;
        for (Map.Entry<Long, Long> e : o.durations.entrySet()) durations.merge(e.getKey(), e.getValue(), Long::sum);
        return this;
    }

    /** One agency's figures as written: what is left once its durations are reduced to the median. */
    public record Row(String state, long stops, long stopsFactorsUnknown, long stopsApparentEthnicity,
                      Double shareApparentEthnicity, long holds, long holdsDurationUnknown, long holdsOver48h,
                      Double shareOver48h, Double medianHoldHours) implements Serializable { }

    Row row() {
        return new Row(state.isEmpty() ? RecordFacts.UNKNOWN : state, stops, stopsFactorsUnknown, stopsApparentEthnicity,
                shareApparentEthnicity(), holds, holdsDurationUnknown, holdsOver48h, shareOver48h(), medianHoldHours());
    }

    /** Share of the stops with known suspicion factors that listed apparent ethnicity; null without any. */
    Double shareApparentEthnicity() {
        long known = stops - stopsFactorsUnknown;
        return known == 0 ? null : (double) stopsApparentEthnicity / known;
    }

    /** Share of the holds of known duration that lasted over 48 hours; null without any. */
    Double shareOver48h() {
        long known = holds - holdsDurationUnknown;
        return known == 0 ? null : (double) holdsOver48h / known;
    }

    /** Median duration of the holds of known duration, in hours; null without any. */
    Double medianHoldHours() {
        long n = holds - holdsDurationUnknown;
        if (n == 0) return null;
        long lo = (n - 1) / 2;
        long hi = n / 2;
        Long a = null;
        Long b = null;
        long seen = 0;
        for (Map.Entry<Long, Long> e : durations.entrySet()) {
            long next = seen + e.getValue();
            if (a == null && lo < next) a = e.getKey();
            if (hi < next) {
                b = e.getKey();
                break;
            }
            seen = next;
        }
        return (a + b) / 2.0 / 3600.0;
    }
}
