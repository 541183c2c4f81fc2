package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.facts.CaseFile;
import org.writguard.facts.DateUncertainty;
import org.writguard.findings.Confidence;
import org.writguard.findings.Finding;
import org.writguard.findings.Severity;
import org.writguard.findings.Status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Three-valued assessment of a case whose dates are known only in part (DOMAIN.md 13.5, 13.15): a layer over the
 * engine that assesses every admissible corner reading of the case ({@link DateUncertainty#readings()}) as an
 * exact case and merges the reports.
 * <ul>
 *   <li>A finding (code, subject, variant) is FIRED when it fires under every reading, left out when under none,
 *       and otherwise UNDETERMINED, naming in {@code missing_facts} the uncertain fields whose bounds change the
 *       outcome, marked {@code (date uncertain)}.</li>
 *   <li>When a finding (code, subject) fires under every reading but with different variants, the variants of the
 *       reading least severe for the person's claim are reported FIRED and {@code computed.variants_possible}
 *       lists the others (13.15).</li>
 *   <li>Computed values that differ across readings become {@code {min, max}} (numbers, dates and datetimes) or
 *       {@code {one_of: [...]}} (anything else); equal ones stay plain. Severity and confidence that differ are
 *       the least severe and the lowest, and a note says so.</li>
 *   <li>With more than {@link DateUncertainty#MAX_FACTS} uncertain dates, only the "all earliest" and "all
 *       latest" readings are assessed and every finding either shows is UNDETERMINED, with a note saying why.</li>
 * </ul>
 * Corners are enough for the clocks: hours, business hours, day counts and delays are monotone in each endpoint,
 * so their extremes are at the corners. A window inside an interval (an MOA suspension, a period between two
 * dates of the case) is caught by the readings at the case's exact dates inside it ({@code PartialDates}).
 */
final class UncertainAssessment {
    static final String MARK = " (date uncertain)";

    private UncertainAssessment() {
    }

    interface Exact {
        Report assess(CaseFile c, String name, Consumer<String> firedRule);
    }

    record Outcome(int[] choice, List<Finding> findings) { }

    static Report assess(Exact engine, CaseFile c, String name, Consumer<String> firedRule) {
        DateUncertainty u = c.getDateUncertainty();
        List<DateUncertainty.Reading> readings = u.getReadings();
        List<Outcome> outcomes = new ArrayList<>(readings.size());
        String ruleBookVersion = null;
        String engineVersion = null;
        java.util.Map<String, CaseNotes.FilingDeadline> deadlines = new java.util.LinkedHashMap<>();
        List<CaseNotes.HabeasPractice> habeas = null;
        org.writguard.engine.MatterJurisdiction matter = null;
        // A time-critical item of any reading is kept (a due moment the person may face), at its earliest.
        java.util.Map<String, CaseNotes.TimeCritical> critical = new java.util.LinkedHashMap<>();
        for (DateUncertainty.Reading r : readings) {
            Report rep = engine.assess(r.getCaseFile(), name, firedRule);
            if (habeas == null) habeas = rep.getHabeas();
            if (matter == null) matter = rep.getJurisdiction();
            for (CaseNotes.TimeCritical t : rep.getTimeCritical()) {
                critical.merge(t.getKind() + '\u0000' + t.getSubjectKind() + '\u0000' + t.getSubjectId(), t,
                        (a, b) -> a.getDueAt() != null && (b.getDueAt() == null || !b.getDueAt().isBefore(a.getDueAt())) ? a : b);
            }
            // A deadline that differs between readings: the earliest is the one to act on.
            for (CaseNotes.FilingDeadline d : rep.getDeadlines()) {
                deadlines.merge(d.getKind() + '\u0000' + d.getSubjectId() + '\u0000' + d.getSource(), d, UncertainAssessment::earlier);
            }
            ruleBookVersion = rep.getRuleBookVersion();
            engineVersion = rep.getEngineVersion();
            outcomes.add(new Outcome(r.getChoice(), rep.getFindings()));
        }
        List<Finding> merged = new Merger(u, outcomes).merge();
        return new Report(c.getAsOf(), merged, engineVersion, ruleBookVersion, name, new ArrayList<>(critical.values()),
                new ArrayList<>(deadlines.values()), habeas).withJurisdiction(matter);
    }

    private static CaseNotes.FilingDeadline earlier(CaseNotes.FilingDeadline a, CaseNotes.FilingDeadline b) {
        if (a.getDate() == null) return a;
        if (b.getDate() == null) return b;
        if (a.getDate().equals(b.getDate())) return a;
        CaseNotes.FilingDeadline e = b.getDate().isBefore(a.getDate()) ? b : a;
        return new CaseNotes.FilingDeadline(e.getKind(), e.getSubjectKind(), e.getSubjectId(), e.getDate(), e.getStatus(), e.getPeriod(),
                e.getStatute(), e.getFrom(), e.getMissing(), e.getSource(), e.isVerified(),
                e.getNote() + " The dates are uncertain: this is the earliest over their admissible readings.");
    }

    private static final class Merger {
        private final DateUncertainty u;
        private final List<Outcome> outcomes;
        private final List<Finding> out = new ArrayList<>();

        Merger(DateUncertainty u, List<Outcome> outcomes) {
            this.u = u;
            this.outcomes = outcomes;
        }

        List<Finding> merge() {
            // (code, subject) -> per reading, its findings
            Map<Key, List<List<Finding>>> byKey = new LinkedHashMap<>();
            for (int r = 0; r < outcomes.size(); r++) {
                for (Finding f : outcomes.get(r).findings()) {
                    List<List<Finding>> perReading = byKey.computeIfAbsent(key(f), k -> {
                        List<List<Finding>> l = new ArrayList<>();
                        for (int i = 0; i < outcomes.size(); i++) l.add(new ArrayList<>());
                        return l;
                    });
                    perReading.get(r).add(f);
                }
            }
            for (List<List<Finding>> perReading : byKey.values()) {
                if (!u.isExhaustive()) {
                    tooMany(perReading);
                } else if (!variantsDiffer(perReading)) {
                    byVariant(perReading);
                } else {
                    leastSevereVariant(perReading);
                }
            }
            out.sort(Comparator.comparing((Finding f) -> f.getCode().getNumber())
                    .thenComparing(f -> f.getSubjectId() == null ? "" : f.getSubjectId())
                    .thenComparing(f -> f.getVariant() == null ? "" : f.getVariant())
                    .thenComparing(f -> f.getStatus().name()));
            return out;
        }

        /** A finding's (code, subject): compared as values, no text built per finding and reading (issue 17). */
        private record Key(Object code, Object subjectKind, Object subjectId) { }

        private static Key key(Finding f) {
            return new Key(f.getCode(), f.getSubjectKind(), f.getSubjectId());
        }

        private static Set<String> firedVariants(List<Finding> fs) {
            Set<String> v = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            for (Finding f : fs) if (f.isFired()) v.add(f.getVariant());
            return v;
        }

        /** Fired under every reading with one variant each, but not the same one. */
        private boolean variantsDiffer(List<List<Finding>> perReading) {
            Set<String> first = null;
            for (List<Finding> fs : perReading) {
                Set<String> v = firedVariants(fs);
                // Several variants at once (F13's two clocks) are separate findings, each decided on its own.
                if (v.size() != 1) return false;
                if (first == null) first = v;
                else if (!first.equals(v)) return true;
            }
            return false;
        }

        /** Each variant on its own: FIRED everywhere, nowhere, or UNDETERMINED. */
        private void byVariant(List<List<Finding>> perReading) {
            Map<String, List<Finding>[]> byVariant = new LinkedHashMap<>();
            for (int r = 0; r < perReading.size(); r++) {
                for (Finding f : perReading.get(r)) {
                    @SuppressWarnings("unchecked")
                    List<Finding>[] arr = byVariant.computeIfAbsent(String.valueOf(f.getVariant()),
                            k -> new List[perReading.size()]);
                    if (arr[r] == null) arr[r] = new ArrayList<>();
                    arr[r].add(f);
                }
            }
            for (List<Finding>[] arr : byVariant.values()) variant(arr);
        }

        private void variant(List<Finding>[] arr) {
            int n = arr.length;
            Status[] st = new Status[n];
            boolean allFired = true;
            boolean allUndetermined = true;
            List<Finding> instances = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                st[r] = null;
                if (arr[r] != null) {
                    for (Finding f : arr[r]) {
                        instances.add(f);
                        if (f.isFired()) st[r] = Status.FIRED;
                        else if (st[r] == null) st[r] = Status.UNDETERMINED;
                    }
                }
                allFired &= st[r] == Status.FIRED;
                allUndetermined &= st[r] == Status.UNDETERMINED;
            }
            if (allFired) {
                out.add(combine(instances.stream().filter(Finding::isFired).toList(), Status.FIRED, List.of(),
                        List.of()));
            } else if (allUndetermined) {
                out.add(combine(instances, Status.UNDETERMINED, List.of(), List.of()));
            } else {
                List<String> dates = new ArrayList<>();
                for (int i : deciding(st)) dates.add(u.getFields().get(i) + MARK);
                // The fired instances carry the figures; the undetermined ones their own missing facts.
                List<Finding> shown = instances.stream().filter(Finding::isFired).toList();
                if (shown.isEmpty()) shown = instances;
                List<String> otherMissing = new ArrayList<>();
                for (Finding f : instances) if (!f.isFired()) otherMissing.addAll(f.getMissingFacts());
                String where = describeReadings(st);
                out.add(combine(shown, Status.UNDETERMINED, concat(dates, otherMissing), List.of(
                        "The dates known only in part decide this finding: " + where + " (DOMAIN.md 13.5); the explanation"
                        + " and computed figures are those of the readings under which it fires.")));
            }
        }

        /** Which uncertain fields change the outcome when only they move from one moment to another. */
        private List<Integer> deciding(Status[] st) {
            Set<Integer> fields = new TreeSet<>();
            for (int i = 0; i < u.getFields().size(); i++) {
                // Readings that agree on every other field: if their outcomes differ, field i decides.
                Map<String, Status> seen = new java.util.HashMap<>();
                Set<String> mixed = new java.util.HashSet<>();
                for (int r = 0; r < outcomes.size(); r++) {
                    int[] c = outcomes.get(r).choice().clone();
                    c[i] = -1;
                    String k = java.util.Arrays.toString(c);
                    if (seen.containsKey(k) && seen.get(k) != st[r]) mixed.add(k);
                    seen.putIfAbsent(k, st[r]);
                }
                if (!mixed.isEmpty()) fields.add(i);
            }
            if (fields.isEmpty()) for (int i = 0; i < u.getFields().size(); i++) fields.add(i);
            return new ArrayList<>(fields);
        }

        private String describeReadings(Status[] st) {
            int fired = 0;
            int und = 0;
            int none = 0;
            for (Status s : st) {
                if (s == Status.FIRED) fired++;
                else if (s == Status.UNDETERMINED) und++;
                else none++;
            }
            List<String> parts = new ArrayList<>();
            if (fired > 0) parts.add("fired under " + fired);
            if (und > 0) parts.add("undetermined under " + und);
            if (none > 0) parts.add("not fired under " + none);
            return String.join(", ", parts) + " of " + st.length + " readings";
        }

        /** 13.15: the reading least severe for the person's claim gives the variants; the others are possible. */
        private void leastSevereVariant(List<List<Finding>> perReading) {
            int best = -1;
            for (int r = 0; r < perReading.size(); r++) {
                if (best < 0 || weight(perReading.get(r)).compareTo(weight(perReading.get(best))) < 0) best = r;
            }
            if (best >= 0) {
                // Equal severity and confidence: the variant that gives the person the weaker claim, where known.
                Weight w = weight(perReading.get(best));
                for (int r = 0; r < perReading.size(); r++) {
                    if (weight(perReading.get(r)).compareTo(w) == 0
                            && claimRank(perReading.get(r)) < claimRank(perReading.get(best))) best = r;
                }
            }
            Set<String> chosen = firedVariants(perReading.get(best));
            Set<String> possible = new TreeSet<>();
            for (List<Finding> fs : perReading) {
                for (String v : firedVariants(fs)) if (!chosen.contains(v)) possible.add(String.valueOf(v));
            }
            List<String> possibleList = List.copyOf(possible);
            for (String v : chosen) {
                List<Finding> mine = new ArrayList<>();
                for (Finding f : perReading.get(best)) if (f.isFired() && Objects.equals(f.getVariant(), v)) mine.add(f);
                Finding f = combine(mine, Status.FIRED, List.of(), List.of("Fires under every reading of the dates known"
                        + " only in part, but with another variant under some (" + String.join(", ", possibleList)
                        + "); the variant least severe for the claim is reported (DOMAIN.md 13.15)."));
                Map<String, Object> computed = new LinkedHashMap<>(f.getComputed());
                computed.put("variants_possible", possibleList);
                out.add(f.revised(f.getStatus(), f.getSeverity(), f.getConfidence(), f.getCitations(), f.getFactsUsed(),
                        f.getMissingFacts(), computed, f.getNotes()));
            }
        }

        /** Severity first, then confidence: lower is less severe for the person's claim. */
        private record Weight(Severity severity, Confidence confidence) implements Comparable<Weight> {
            @Override
            public int compareTo(Weight o) {
                int c = severity.compareTo(o.severity);
                return c != 0 ? c : confidence.compareTo(o.confidence);
            }
        }

        /**
         * How strong a claim a variant gives the person, for variants of equal severity and confidence (lower is
         * weaker); unlisted variants rank 0, so the earliest reading decides among them.
         */
        private static final Map<String, Integer> CLAIM_RANK = Map.of(
                "NATURALIZATION_1447B_AVAILABLE|NOT_RIPE", -2,
                "NATURALIZATION_1447B_AVAILABLE|SUIT_PENDING", -1);

        private static int claimRank(List<Finding> fs) {
            int rank = 0;
            for (Finding f : fs) {
                if (f.isFired()) rank = Math.min(rank, CLAIM_RANK.getOrDefault(f.getCode() + "|" + f.getVariant(), 0));
            }
            return rank;
        }

        private static Weight weight(List<Finding> fs) {
            Severity s = Severity.INFO;
            Confidence c = Confidence.LOW;
            for (Finding f : fs) {
                if (!f.isFired()) continue;
                s = s.max(f.getSeverity());
                if (f.getConfidence().compareTo(c) > 0) c = f.getConfidence();
            }
            return new Weight(s, c);
        }

        private void tooMany(List<List<Finding>> perReading) {
            Map<String, List<Finding>> byVariant = new LinkedHashMap<>();
            for (List<Finding> fs : perReading) {
                for (Finding f : fs) byVariant.computeIfAbsent(String.valueOf(f.getVariant()), k -> new ArrayList<>()).add(f);
            }
            List<String> dates = u.getFields().stream().map(p -> p + MARK).toList();
            for (List<Finding> instances : byVariant.values()) {
                List<String> otherMissing = new ArrayList<>();
                for (Finding f : instances) if (!f.isFired()) otherMissing.addAll(f.getMissingFacts());
                String why = u.getFields().size() > DateUncertainty.MAX_FACTS
                        ? u.getFields().size() + " dates are known only in part; writguard evaluates every reading of at most "
                                + DateUncertainty.MAX_FACTS + " such dates"
                        : u.getFields().size() + " dates known only in part need " + u.getReadingsNeeded() + " readings (other"
                                + " dates of the case fall inside their intervals); writguard evaluates at most "
                                + DateUncertainty.MAX_READINGS;
                out.add(combine(instances, Status.UNDETERMINED, concat(dates, otherMissing), List.of(why
                        + ", so it cannot decide this finding (DOMAIN.md 13.5). Pin some of the dates down to decide it.")));
            }
        }

        /** One finding from its instances under several readings. */
        private Finding combine(List<Finding> instances, Status status, List<String> missingFirst, List<String> notesFirst) {
            Finding rep = instances.get(0);
            Severity sev = null;
            Severity sevMax = null;
            Confidence conf = null;
            Confidence confMax = null;
            for (Finding f : instances) {
                if (sev == null || f.getSeverity().compareTo(sev) < 0) {
                    sev = f.getSeverity();
                    rep = f;
                }
                sevMax = sevMax == null ? f.getSeverity() : sevMax.max(f.getSeverity());
                if (conf == null || f.getConfidence().compareTo(conf) < 0) conf = f.getConfidence();
                if (confMax == null || f.getConfidence().compareTo(confMax) > 0) confMax = f.getConfidence();
            }
            LinkedHashSet<String> citations = new LinkedHashSet<>();
            java.util.Map<String, org.writguard.findings.Authority> authorities = new java.util.LinkedHashMap<>();
            LinkedHashSet<String> used = new LinkedHashSet<>();
            LinkedHashSet<String> missing = new LinkedHashSet<>(missingFirst);
            LinkedHashSet<String> notes = new LinkedHashSet<>(notesFirst);
            Finding prev = null;
            boolean explanationsDiffer = false;
            for (Finding f : instances) {
                // Most readings give a finding the same lists as the reading before: adding them again changes nothing.
                if (prev == null || !f.getCitations().equals(prev.getCitations())) citations.addAll(f.getCitations());
                if (prev == null || !f.getAuthorities().equals(prev.getAuthorities())) {
                    for (org.writguard.findings.Authority a : f.getAuthorities()) authorities.putIfAbsent(a.getCitation(), a);
                }
                if (prev == null || !f.getFactsUsed().equals(prev.getFactsUsed())) used.addAll(f.getFactsUsed());
                if (status == Status.UNDETERMINED && (prev == null || !f.getMissingFacts().equals(prev.getMissingFacts()))) {
                    missing.addAll(f.getMissingFacts());
                }
                if (prev == null || !f.getNotes().equals(prev.getNotes())) notes.addAll(f.getNotes());
                explanationsDiffer |= !Objects.equals(f.getExplanation(), instances.get(0).getExplanation());
                prev = f;
            }
            if (explanationsDiffer) {
                notes.add("The explanation describes one reading of the dates known only in part (the least severe, the"
                        + " earliest among equals);"
                        + " computed gives each figure's range over the readings.");
            }
            if (sev != sevMax) {
                notes.add("Severity differs across the readings of the dates known only in part (" + sev + " to "
                        + sevMax + "); the least severe is reported.");
            }
            if (conf != confMax) {
                notes.add("Confidence differs across the readings of the dates known only in part (" + conf + " to "
                        + confMax + "); the lowest is reported.");
            }
            for (String f : u.getFields()) {
                // The facts this finding used that are uncertain say so.
                if (used.contains(f)) {
                    used.remove(f);
                    used.add(f + MARK);
                }
            }
            Finding merged = rep.revised(status, sev, conf, List.copyOf(citations), List.copyOf(used), List.copyOf(missing),
                    mergeComputed(instances), List.copyOf(notes));
            if (authorities.isEmpty()) return merged;
            List<org.writguard.findings.Authority> all = new ArrayList<>(authorities.values());
            all.sort(java.util.Comparator.comparing(org.writguard.findings.Authority::getWeight));
            return merged.withAuthorities(all);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> l = new ArrayList<>(a);
            l.addAll(b);
            return l;
        }
    }

    /** Equal values stay plain; others become {min, max} or {one_of}. */
    static Map<String, Object> mergeComputed(List<Finding> instances) {
        Map<String, Object> first = instances.get(0).getComputed();
        boolean same = true;
        for (int i = 1; i < instances.size() && same; i++) same = sameInOrder(first, instances.get(i).getComputed());
        // Most findings have the same figures under every reading: the merge below would give them back as they are.
        if (same) return new LinkedHashMap<>(first);
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Finding f : instances) {
            f.getComputed().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, vs) -> out.put(k, mergeValues(vs)));
        return out;
    }

    /** The same keys in the same order, with equal values. */
    private static boolean sameInOrder(Map<String, Object> a, Map<String, Object> b) {
        if (a == b) return true;
        if (a.size() != b.size()) return false;
        var ia = a.entrySet().iterator();
        var ib = b.entrySet().iterator();
        while (ia.hasNext()) {
            Map.Entry<String, Object> x = ia.next();
            Map.Entry<String, Object> y = ib.next();
            if (!Objects.equals(x.getKey(), y.getKey()) || !Objects.equals(x.getValue(), y.getValue())) return false;
        }
        return true;
    }

    static Object mergeValues(List<Object> vs) {
        Object first = vs.get(0);
        boolean same = true;
        for (Object v : vs) same &= Objects.equals(v, first);
        if (same) return first;
        if (vs.stream().allMatch(v -> v instanceof Map)) {
            // Nested figures (F33's trac_inputs) merge key by key.
            Map<String, List<Object>> byKey = new LinkedHashMap<>();
            for (Object v : vs) ((Map<?, ?>) v).forEach((k, x) -> byKey.computeIfAbsent(String.valueOf(k),
                    y -> new ArrayList<>()).add(x));
            Map<String, Object> m = new LinkedHashMap<>();
            byKey.forEach((k, xs) -> m.put(k, mergeValues(xs)));
            return m;
        }
        if (vs.stream().allMatch(v -> v instanceof Number)) {
            boolean whole = vs.stream().allMatch(v -> v instanceof Integer || v instanceof Long);
            if (whole) {
                long min = vs.stream().mapToLong(v -> ((Number) v).longValue()).min().orElseThrow();
                long max = vs.stream().mapToLong(v -> ((Number) v).longValue()).max().orElseThrow();
                return range(min, max);
            }
            double min = vs.stream().mapToDouble(v -> ((Number) v).doubleValue()).min().orElseThrow();
            double max = vs.stream().mapToDouble(v -> ((Number) v).doubleValue()).max().orElseThrow();
            return range(min, max);
        }
        if (vs.stream().allMatch(v -> v instanceof String)) {
            List<OffsetDateTime> times = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            for (Object v : vs) {
                String s = (String) v;
                try {
                    times.add(OffsetDateTime.parse(s));
                } catch (DateTimeParseException e) {
                    try {
                        days.add(LocalDate.parse(s));
                    } catch (DateTimeParseException e2) {
                        break;
                    }
                }
            }
            if (times.size() == vs.size()) {
                OffsetDateTime min = times.stream().min(Comparator.comparing(OffsetDateTime::toInstant)).orElseThrow();
                OffsetDateTime max = times.stream().max(Comparator.comparing(OffsetDateTime::toInstant)).orElseThrow();
                return range(min.toString(), max.toString());
            }
            if (days.size() == vs.size()) {
                return range(days.stream().min(Comparator.naturalOrder()).orElseThrow().toString(),
                        days.stream().max(Comparator.naturalOrder()).orElseThrow().toString());
            }
        }
        List<Object> distinct = new ArrayList<>();
        for (Object v : vs) if (!distinct.contains(v)) distinct.add(v);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("one_of", distinct);
        return m;
    }

    private static Map<String, Object> range(Object min, Object max) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", min);
        m.put("max", max);
        return m;
    }
}
