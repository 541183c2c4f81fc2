package org.writguard.internal.reading;

import com.fasterxml.jackson.databind.JsonNode;
import org.writguard.engine.CaseNotes;
import org.writguard.engine.Reading;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Hold;
import org.writguard.facts.HoldEndReason;
import org.writguard.facts.LocationType;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.internal.cases.CasePaths;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.topics.remedies.ApplicationRemedy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a report's {@link Reading} (issue 19 item 8) from the case and the tables, after the findings are made.
 * Nothing here changes a finding: the JSON findings are the same with or without it.
 */
public final class ReadingBuilder {
    /**
     * Findings about a field encounter (a stop, a street or workplace arrest, a home entry): they cannot apply to an
     * encounter that took place in a jail, with every function event in a jail and no home entry (docs/DEVELOPING.md,
     * "The readable report").
     */
    static final Set<FindingCode> FIELD_ONLY = EnumSet.of(FindingCode.FIELD_ENFORCEMENT_UNDER_JAIL_ONLY_MOA,
            FindingCode.STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY, FindingCode.ETHNICITY_BASED_SUSPICION_RISK,
            FindingCode.HOME_ENTRY_ON_ADMIN_WARRANT);
    private static final Set<LocationType> JAILS = EnumSet.of(LocationType.LEA_JAIL, LocationType.OTHER_JAIL);
    private static final Pattern STEP = Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?");
    private static final Pattern PATH_IN_TEXT = Pattern.compile("([a-z_]+\\[\\d+](?:\\.[a-z0-9_]+(?:\\[\\d+])?)+)");
    /** The id field of each list's elements, to name an element in the chronology. */
    private static final Map<String, String> IDS = Map.of("holds", "hold_id", "encounters", "encounter_id",
            "function_events", "event_id", "applications", "application_id", "agencies", "agency_id",
            "officers", "officer_id", "persons", "person_id", "complaints", "complaint_id");

    private final FactQuestions questions;
    private final LocalDate lawCurrentTo;

    /** Once per rule book: the question table and the date the law tables are current to. */
    public ReadingBuilder(Map<String, LoadedTable> tables, Collection<TableSchema> notLaw) {
        this.questions = new FactQuestions(tables.get(ReadingTables.FACT_QUESTIONS.name()));
        LocalDate latest = null;
        for (LoadedTable t : tables.values()) {
            if (notLaw.contains(t.schema()) || t.schema() == ReadingTables.FACT_QUESTIONS) continue;
            for (TableRow r : t.rows()) {
                String v = r.get(TableSchema.VERIFIED_ON);
                if (v == null || !"TRUE".equalsIgnoreCase(r.get(TableSchema.VERIFIED))) continue;
                try {
                    LocalDate d = LocalDate.parse(v);
                    if (latest == null || d.isAfter(latest)) latest = d;
                } catch (DateTimeParseException e) {
                    // validated as a DATE column; a malformed one cannot reach here
                }
            }
        }
        this.lawCurrentTo = latest;
    }

    public FactQuestions questions() { return questions; }

    public LocalDate lawCurrentTo() { return lawCurrentTo; }

    /**
     * The reading of one report. {@code sessionFacts} are the facts the topics derived (null when the report merges
     * several readings of uncertain dates); {@code usedRow} hears every question row used (coverage).
     */
    public Report read(Report r, CaseFile c, Collection<?> sessionFacts, Consumer<String> usedRow) {
        List<Reading.NotShown> notShown = notShown(r, c);
        List<Finding> shown = r.getUndetermined().stream()
                .filter(f -> notShown.stream().noneMatch(n -> n.getCode().equals(f.getCode().name())
                        && n.getSubjectId() != null && n.getSubjectId().equals(f.getSubjectId())))
                .toList();
        List<Reading.Question> qs = questions.ask(shown, r.getDeadlines(), usedRow);
        return r.withReading(new Reading(qs, chronology(r, c), notShown, noRemedy(r, c, sessionFacts), lawCurrentTo));
    }

    // ---------------------------------------------------------------- item 2: what cannot apply
    static List<Reading.NotShown> notShown(Report r, CaseFile c) {
        List<Reading.NotShown> out = new ArrayList<>();
        for (Finding f : r.getUndetermined()) {
            if (!FIELD_ONLY.contains(f.getCode())) continue;
            Encounter e = encounterOf(f, c);
            if (e != null && inJailOnly(e, f.getCode())) {
                out.add(new Reading.NotShown(f.getCode().name(), f.getSubjectKind(), f.getSubjectId(),
                        "encounter " + e.getEncounterId() + " took place in a jail (" + e.getLocationType()
                                + ", every function event in a jail" + (e.getHomeEntry() == null ? ", no home entry" : "")
                                + "), so a finding about a field encounter cannot apply"));
            }
        }
        return out;
    }

    private static Encounter encounterOf(Finding f, CaseFile c) {
        for (Encounter e : c.getEncounters()) {
            if ("ENCOUNTER".equals(f.getSubjectKind()) && e.getEncounterId().equals(f.getSubjectId())) return e;
            if ("EVENT".equals(f.getSubjectKind())) {
                for (FunctionEvent ev : e.getFunctionEvents()) if (f.getSubjectId().equals(ev.getEventId())) return e;
            }
        }
        return null;
    }

    private static boolean inJailOnly(Encounter e, FindingCode code) {
        if (e.getLocationType() == null || !JAILS.contains(e.getLocationType())) return false;
        for (FunctionEvent ev : e.getFunctionEvents()) {
            if (ev.getLocationType() == null || !JAILS.contains(ev.getLocationType())) return false;
        }
        return e.getHomeEntry() == null || Boolean.FALSE.equals(e.getHomeEntry().getOccurred());
    }

    // ---------------------------------------------------------------- item 4: the chronology

    static List<Reading.Dated> chronology(Report r, CaseFile c) {
        Set<String> paths = new LinkedHashSet<>();
        for (Finding f : r.getFindings()) {
            for (String p : f.getFactsUsed()) paths.add(FactQuestions.withoutNote(p));
        }
        for (CaseNotes.FilingDeadline d : r.getDeadlines()) {
            if (d.getFrom() == null || d.getFrom().indexOf('[') < 0) continue; // a path has an element number
            Matcher m = PATH_IN_TEXT.matcher(d.getFrom());
            while (m.find()) paths.add(m.group(1));
        }
        if (paths.isEmpty()) return List.of();
        // Only the values on the paths are written in the case's file form, not the whole case (issue 17).
        CasePaths tree = new CasePaths(c);
        // Each date is parsed once: the sort compares the parsed keys.
        Map<Reading.Dated, OffsetDateTime> keys = new java.util.HashMap<>();
        List<Reading.Dated> out = new ArrayList<>();
        for (String p : paths) {
            String text = tree.dateText(p);
            OffsetDateTime key = text == null ? null : sortKey(tree.lastValue(), text, c);
            if (key == null) continue;
            Reading.Dated d = new Reading.Dated(text, describe(tree, p), p);
            keys.put(d, key);
            out.add(d);
        }
        out.sort(Comparator.comparing((Reading.Dated d) -> keys.get(d)).thenComparing(Reading.Dated::getPath));
        return out;
    }

    /**
     * The sort key of a dated value: the date-time itself when the case holds one (its text is its ISO form, which
     * parses back to the same value), else the text parsed as a date-time or a day (at the start of the day, in the
     * offset of the case's as-of time).
     */
    static OffsetDateTime sortKey(Object value, String text, CaseFile c) {
        if (value instanceof OffsetDateTime t) return t;
        if (value instanceof LocalDate d) return d.atStartOfDay().atOffset(c.getAsOf() == null ? ZoneOffset.UTC : c.getAsOf().getOffset());
        return sortKey(text, c);
    }

    static OffsetDateTime sortKey(String v, CaseFile c) {
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            try {
                ZoneOffset off = c.getAsOf() == null ? ZoneOffset.UTC : c.getAsOf().getOffset();
                return LocalDate.parse(v).atStartOfDay().atOffset(off);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * "hold h-7: release eligible at", "encounter enc-1, event ev-2: at". Called only for a path whose value was
     * found; an element without its id (or that cannot be followed) is named by its number, from 1.
     */
    static String describe(CasePaths tree, String path) {
        String[] steps = path.split("\\.");
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < steps.length - 1; i++) {
            Matcher m = STEP.matcher(steps[i]);
            if (!m.matches()) break;
            if (m.group(2) != null) {
                String idKey = IDS.get(m.group(1));
                String idText = idKey == null ? null : CasePaths.text(tree.element(steps, i), idKey);
                String id = idText == null ? String.valueOf(Integer.parseInt(m.group(2)) + 1) : idText;
                owners.add(singular(m.group(1)).replace('_', ' ') + " " + id);
            } else {
                owners.add(m.group(1).replace('_', ' '));
            }
        }
        String what = FactQuestions.words(steps[steps.length - 1]);
        if ("at".equals(what)) what = "done";
        return owners.isEmpty() ? what : String.join(", ", owners) + ": " + what;
    }

    private static String singular(String s) {
        if (s.endsWith("ies")) return s.substring(0, s.length() - 3) + "y";
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }

    // ---------------------------------------------------------------- item 3: why no remedy
    static List<String> noRemedy(Report r, CaseFile c, Collection<?> sessionFacts) {
        boolean any = r.getFired().stream().anyMatch(f -> ReportWriter.remedyTitle(f) != null);
        if (any) return List.of();
        List<String> why = new ArrayList<>();
        boolean custody = false;
        for (Hold h : c.getHolds()) {
            if (h.getHoldEndReason() == HoldEndReason.STILL_HELD || h.getHoldEndReason() == HoldEndReason.ICE_ASSUMED_CUSTODY) custody = true;
        }
        if (!c.getHolds().isEmpty() && !custody) {
            why.add("No habeas petition: on these facts no one is still in custody (every hold has ended with a release).");
        }
        if (!c.getHolds().isEmpty() || !c.getEncounters().isEmpty()) {
            boolean violation = r.getFired().stream().anyMatch(f -> org.writguard.internal.topics.remedies.LiabilityTarget.isTrigger(f));
            if (!violation) {
                why.add("No § 1983 or FTCA claim: no finding on these facts suggests a violation of the Constitution or"
                        + " of federal law by the officers (an MOA or policy breach alone does not make one).");
            } else if (r.getFired().stream().allMatch(f -> !org.writguard.internal.topics.remedies.LiabilityTarget.isTrigger(f)
                    || org.writguard.internal.topics.remedies.LiabilityTarget.isStateLaw(f))) {
                why.add("No § 1983 claim: the only violations found are of state law, which is not a § 1983 claim by itself"
                        + " (Virginia v. Moore, 553 U.S. 164 (2008)).");
            }
        }
        if (sessionFacts != null) {
            // In the case's order: a session hands its facts back in no fixed order.
            List<ApplicationRemedy> apps = new ArrayList<>();
            for (Object o : sessionFacts) if (o instanceof ApplicationRemedy a) apps.add(a);
            Map<String, Integer> order = new java.util.HashMap<>();
            for (int i = 0; i < c.getApplications().size(); i++) order.putIfAbsent(c.getApplications().get(i).getApplicationId(), i);
            apps.sort(Comparator.comparing((ApplicationRemedy a) -> order.getOrDefault(a.getApplicationId(), Integer.MAX_VALUE))
                    .thenComparing(a -> String.valueOf(a.getApplicationId())));
            for (ApplicationRemedy a : apps) {
                if (!a.isPending()) continue;
                String app = "Application " + a.getApplicationId() + " (" + a.getForm() + ")";
                if (a.isVisaMissing()) {
                    why.add(app + ": whether a visa number is available is not recorded, and the pace of review turns on it.");
                } else if (a.isBarred() && !a.isUnverifiedBar()) {
                    why.add(app + ": courts in " + a.getCircuitLabel() + " may not review the pace of this adjudication (F32).");
                }
                if (a.isDelayEvaluated() && a.getDelayUnreasonable() != null && a.getDelayUnreasonable().isNo()) {
                    Integer t = a.getThresholdDays();
                    Long d = a.getDelayDays();
                    if (t != null && d != null && d < t) {
                        why.add(app + ": pending " + d + " days, under the analyst's threshold of " + t + " days for a delay suit.");
                    } else if (a.getTrac() != null && a.getTrac().complete() && !a.getTrac().meetsCutoff()) {
                        why.add(app + ": the TRAC triage score is " + a.getTrac().score() + ", under the analyst's cutoff of "
                                + a.getTrac().cutoff() + ", so no delay suit is suggested (weights and cutoff are analyst settings).");
                    } else {
                        why.add(app + ": the delay does not meet the analyst's delay settings.");
                    }
                }
            }
        }
        if (why.isEmpty() && c.getHolds().isEmpty() && c.getEncounters().isEmpty() && c.getApplications().isEmpty()) {
            why.add("The case records no hold, encounter or pending application for a remedy to answer.");
        }
        if (why.isEmpty()) {
            why.add("The findings that would point to a remedy did not fire on these facts" + (r.getUndetermined().isEmpty()
                    ? "." : ", and some are undetermined: answer the questions below."));
        }
        return why;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
