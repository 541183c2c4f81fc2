package org.writguard.internal.topics.remedies;

import org.writguard.internal.engine.Parameter;
import org.writguard.internal.engine.Parameters;
import org.writguard.facts.Application;
import org.writguard.facts.Harm;
import org.writguard.facts.QueuePolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TRAC triage score of DOMAIN.md 8.3, exactly as 12.9 fixes it. A heuristic the analysts own, not
 * law: every run reports its inputs, the weights it used (and where they came from), the cutoff and the
 * result. Inputs that are unknown score 0, as 12.9 says for the length ratio.
 */
public final class TracScore {
    public static final String LENGTH_RATIO_2X = "LENGTH_RATIO_2X";
    public static final String LENGTH_RATIO_1_25X = "LENGTH_RATIO_1_25X";
    public static final String ABSOLUTE_DELAY_PLUS2 = "ABSOLUTE_DELAY_PLUS2";
    public static final String ABSOLUTE_DELAY_PLUS1 = "ABSOLUTE_DELAY_PLUS1";
    public static final String RATIO = "RATIO";
    public static final String ABSOLUTE = "ABSOLUTE";
    public static final String OUT_OF_ORDER = "OUT_OF_ORDER";
    public static final String QUEUE_FOLLOWED = "QUEUE_FOLLOWED";
    public static final String CONGRESS_180_DAYS = "CONGRESS_180_DAYS";
    public static final String HUMAN_WELFARE = "HUMAN_WELFARE";
    public static final String OTHER_HARM = "OTHER_HARM";
    public static final String LINE_JUMPING = "LINE_JUMPING";
    public static final String IMPROPRIETY = "IMPROPRIETY";

    private static final Set<QueuePolicy> QUEUES = EnumSet.of(QueuePolicy.FIFO, QueuePolicy.LIFO,
            QueuePolicy.VISA_AVAILABILITY_QUEUE);
    private static final Set<Harm> WELFARE = EnumSet.of(Harm.HEALTH_SAFETY, Harm.FAMILY_SEPARATION);

    private final Map<String, Object> inputs = new LinkedHashMap<>();
    private final Map<String, Object> weights = new LinkedHashMap<>();
    private final Map<String, Object> points = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private BigDecimal score = BigDecimal.ZERO;
    private BigDecimal cutoff;
    private String cutoffSource;
    /** RATIO (delay against the agency's processing time) or ABSOLUTE (DOMAIN.md 13.13). */
    private String lengthBasis;

    private TracScore() { }

    /** Scores an application whose delay (after applicant-caused days) is {@code delayDays}. */
    public static TracScore of(Application a, long delayDays, Parameters params) {
        TracScore t = new TracScore();
        t.inputs.put("delay_days", delayDays);
        Double processing = a.getAgencyProcessingTimeDays();
        t.inputs.put("agency_processing_time_days", processing);
        t.inputs.put("agency_queue_policy", a.getAgencyQueuePolicy() == null ? null : a.getAgencyQueuePolicy().name());
        t.inputs.put("out_of_order_evidence", a.getOutOfOrderEvidence());
        t.inputs.put("harms", a.getHarms() == null ? null : a.getHarms().stream().map(Enum::name).toList());
        t.inputs.put("unique_circumstances_documented", a.getUniqueCircumstancesDocumented());
        t.inputs.put("impropriety_evidence", a.getImproprietyEvidence());

        // Length against the agency's own processing time (context for TRAC 1 and 2).
        String length = null;
        if (processing != null && processing > 0) {
            t.lengthBasis = RATIO;
            double r = delayDays / processing;
            t.inputs.put("length_ratio", Math.round(r * 1000) / 1000.0);
            if (r >= 2.0) length = LENGTH_RATIO_2X;
            else if (r >= 1.25) length = LENGTH_RATIO_1_25X;
        } else {
            // DOMAIN.md 13.13 and 13.16: with no processing time, the absolute delay against analyst thresholds ([U]).
            t.lengthBasis = ABSOLUTE;
            Integer plus2 = params.integer(Parameter.TRAC_ABSOLUTE_DELAY_DAYS, "plus2");
            Integer plus1 = params.integer(Parameter.TRAC_ABSOLUTE_DELAY_DAYS, "plus1");
            if (plus2 == null) t.missing.add(Parameters.path(Parameter.TRAC_ABSOLUTE_DELAY_DAYS, "plus2"));
            if (plus1 == null) t.missing.add(Parameters.path(Parameter.TRAC_ABSOLUTE_DELAY_DAYS, "plus1"));
            // An ordered map: Map.of's iteration order changes from one JVM to the next, and so did the report's bytes.
            Map<String, Integer> thresholds = null;
            if (plus1 != null && plus2 != null) {
                thresholds = new java.util.LinkedHashMap<>();
                thresholds.put("plus1", plus1);
                thresholds.put("plus2", plus2);
            }
            t.inputs.put("absolute_delay_thresholds_days", thresholds);
            if (plus2 != null && delayDays >= plus2) length = ABSOLUTE_DELAY_PLUS2;
            else if (plus1 != null && delayDays >= plus1) length = ABSOLUTE_DELAY_PLUS1;
        }
        t.inputs.put("length_basis", t.lengthBasis);
        t.add("length_vs_norms", length, params);

        // TRAC 1: rule of reason.
        String trac1 = Boolean.TRUE.equals(a.getOutOfOrderEvidence()) ? OUT_OF_ORDER
                : a.getAgencyQueuePolicy() != null && QUEUES.contains(a.getAgencyQueuePolicy()) ? QUEUE_FOLLOWED : null;
        t.add("trac1_rule_of_reason", trac1, params);

        // TRAC 2: congressional timetable. 8 U.S.C. § 1571(b) (and the asylum 180-day goal) is hortatory;
        // no deadline in this catalog is binding, so BINDING_DEADLINE never applies (DOMAIN.md 12.9).
        Integer soc = params.integer(Parameter.SENSE_OF_CONGRESS_DAYS);
        String trac2 = null;
        if (soc == null) t.missing.add(Parameters.path(Parameter.SENSE_OF_CONGRESS_DAYS));
        else if (delayDays > soc) trac2 = CONGRESS_180_DAYS;
        t.add("trac2_congressional_timetable", trac2, params);

        // TRAC 3 and 5: human health and welfare; interests prejudiced.
        String trac35 = null;
        if (a.getHarms() != null && !a.getHarms().isEmpty()) {
            trac35 = a.getHarms().stream().anyMatch(WELFARE::contains) ? HUMAN_WELFARE : OTHER_HARM;
        }
        t.add("trac3_5_welfare_and_interests", trac35, params);

        // TRAC 4: competing priorities; relief would only reorder a queue unless circumstances are unique.
        t.add("trac4_competing_priorities",
                Boolean.TRUE.equals(a.getUniqueCircumstancesDocumented()) ? null : LINE_JUMPING, params);

        // TRAC 6: impropriety (not required, but counts when shown).
        t.add("trac6_impropriety", Boolean.TRUE.equals(a.getImproprietyEvidence()) ? IMPROPRIETY : null, params);

        Parameters.Value cut = params.get(Parameter.TRAC_CUTOFF);
        if (cut == null) t.missing.add(Parameters.path(Parameter.TRAC_CUTOFF));
        else {
            t.cutoff = cut.asDecimal();
            t.cutoffSource = cut.source();
        }
        return t;
    }

    private void add(String factor, String weightKey, Parameters params) {
        if (weightKey == null) {
            points.put(factor, 0);
            return;
        }
        Parameters.Value w = params.get(Parameter.TRAC_WEIGHTS, weightKey);
        if (w == null) {
            missing.add(Parameters.path(Parameter.TRAC_WEIGHTS, weightKey));
            points.put(factor, null);
            return;
        }
        weights.put(weightKey, w.asDecimal().stripTrailingZeros().toPlainString() + " (" + w.origin() + ")");
        points.put(factor, number(w.asDecimal()));
        score = score.add(w.asDecimal());
    }

    private static Object number(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? (Object) s.intValueExact() : (Object) s.doubleValue();
    }

    /** True when every weight and the cutoff it needed were set. */
    public boolean complete() { return missing.isEmpty(); }

    public boolean meetsCutoff() { return complete() && score.compareTo(cutoff) >= 0; }

    public List<String> missing() { return missing; }

    /** RATIO or ABSOLUTE: which length rule was used (DOMAIN.md 13.13). */
    public String lengthBasis() { return lengthBasis; }

    public Object score() { return number(score); }

    /** Where the cutoff came from: {@code case parameters} or {@code table row N}; null when unset. */
    public String cutoffSource() { return cutoffSource; }

    public Object cutoff() { return cutoff == null ? null : number(cutoff); }

    public Map<String, Object> inputs() { return inputs; }

    public Map<String, Object> weights() { return weights; }

    public Map<String, Object> points() { return points; }
}
