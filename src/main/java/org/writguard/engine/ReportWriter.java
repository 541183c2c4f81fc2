package org.writguard.engine;

import org.writguard.internal.engine.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Severity;
import org.writguard.findings.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders a report as the JSON of CASE-FORMAT.md, or as text and Markdown for people. */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /**
     * The version of {@code schema/report.schema.json} (in the jar) that every report states. The minor number
     * grows when fields are added; the major one only when a field is removed, renamed or changes meaning.
     */
    public static final String SCHEMA_VERSION = "1.0";

    private ReportWriter() { }

    /** The report as a JSON tree (maps and lists), in CASE-FORMAT.md's field order. */
    public static Map<String, Object> toTree(Report r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("as_of", r.asOf() == null ? null : r.asOf().toString());
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) findings.add(findingTree(f));
        root.put("findings", findings);
        List<Object> critical = new ArrayList<>();
        for (CaseNotes.TimeCritical t : r.timeCritical()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", t.kind());
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("kind", t.subjectKind());
            subject.put("id", t.subjectId());
            m.put("subject", subject);
            m.put("due_at", t.dueAt() == null ? null : t.dueAt().toString());
            m.put("explanation", t.explanation());
            m.put("basis", t.basis());
            critical.add(m);
        }
        root.put("time_critical", critical);
        ActNow act = r.actNow();
        if (act == null) {
            root.put("act_now", null);
        } else {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("happening", act.happening());
            a.put("first_action", act.firstAction());
            a.put("actions", act.actions());
            List<Object> due = new ArrayList<>();
            for (ActNow.Due d : act.deadlines()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("what", d.what());
                m.put("due", d.due());
                m.put("basis", d.basis());
                due.add(m);
            }
            a.put("deadlines", due);
            root.put("act_now", a);
        }
        List<Object> deadlines = new ArrayList<>();
        for (CaseNotes.FilingDeadline d : r.deadlines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind());
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("kind", d.subjectKind());
            subject.put("id", d.subjectId());
            m.put("subject", subject);
            m.put("date", d.date() == null ? null : d.date().toString());
            m.put("status", d.status());
            m.put("period", d.period());
            m.put("statute", d.statute());
            m.put("from", d.from());
            m.put("missing", d.missing());
            m.put("source", d.source());
            m.put("verified", d.verified());
            m.put("note", d.note());
            deadlines.add(m);
        }
        root.put("deadlines", deadlines);
        List<Object> habeas = new ArrayList<>();
        for (CaseNotes.HabeasPractice h : r.habeas()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hold_id", h.holdId());
            m.put("custody", h.custody());
            m.put("respondents", h.respondents());
            m.put("districts", h.districts());
            m.put("district_note", h.districtNote());
            m.put("district_sources", h.districtSources());
            m.put("exhaustion", h.exhaustion());
            m.put("state_route", h.stateRoute());
            habeas.add(m);
        }
        root.put("habeas", habeas);
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("version", r.engineVersion());
        engine.put("tables_sha256", r.ruleBookVersion());
        root.put("engine", engine);
        root.put("disclaimer", Report.DISCLAIMER);
        return root;
    }

    public static Map<String, Object> findingTree(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.getCode().name());
        m.put("number", f.getCode().number());
        m.put("status", f.getStatus().name());
        m.put("variant", f.getVariant());
        m.put("severity", f.getSeverity().name());
        m.put("confidence", f.getConfidence().name());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", f.getSubjectKind());
        subject.put("id", f.getSubjectId());
        m.put("subject", subject);
        m.put("title", f.getCode().title());
        m.put("explanation", f.getExplanation());
        m.put("citations", f.getCitations());
        m.put("facts_used", f.getFactsUsed());
        m.put("missing_facts", f.getMissingFacts());
        m.put("computed", f.getComputed());
        m.put("analyst_notes", f.getNotes());
        Source s = f.getSource();
        Map<String, Object> src = new LinkedHashMap<>();
        if (s != null) {
            src.put("file", s.file());
            if (s.sheet() != null) src.put("sheet", s.sheet());
            if (s.row() != null) src.put("row", s.row());
            src.put("rule", s.rule());
            if (s.rowId() != null) src.put("row_id", s.rowId());
            if (s.hitPolicy() != null) src.put("hit_policy", s.hitPolicy());
            if (f.getTableRule() != null && f.getRule() != null && !f.getRule().equals(s.rule())) {
                src.put("decided_by_rule", f.getRule());
            }
            if (!f.getConsulted().isEmpty()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Source c : f.getConsulted()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file", c.file());
                    if (c.sheet() != null) row.put("sheet", c.sheet());
                    if (c.row() != null) row.put("row", c.row());
                    row.put("rule", c.rule());
                    if (c.rowId() != null) row.put("row_id", c.rowId());
                    if (c.hitPolicy() != null) row.put("hit_policy", c.hitPolicy());
                    rows.add(row);
                }
                src.put("consulted", rows);
            }
        }
        m.put("source", src);
        return m;
    }

    public static String json(Report r) {
        try {
            return JSON.writeValueAsString(toTree(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Report r) { return human(r, false); }

    public static String markdown(Report r) { return human(r, true); }

    private static String human(Report r, boolean md) {
        StringBuilder sb = new StringBuilder();
        String h1 = md ? "# " : "";
        String h2 = md ? "## " : "";
        sb.append(h1).append("writguard assessment").append(md ? "\n\n" : "\n");
        sb.append(md ? "- " : "").append("Case: ").append(r.caseName()).append('\n');
        sb.append(md ? "- " : "").append("As of: ").append(r.asOf()).append('\n');
        sb.append(md ? "- " : "").append("Findings: ").append(r.fired().size()).append(" fired, ")
                .append(r.undetermined().size()).append(" undetermined").append('\n');
        sb.append(md ? "- " : "").append("Rule book: ").append(shortHash(r.ruleBookVersion()))
                .append(" (engine ").append(r.engineVersion()).append(")\n\n");
        actNow(sb, r.actNow(), md);
        sb.append(md ? "> " : "NOTICE: ").append(Report.DISCLAIMER).append("\n\n");
        // "Act now" already lists every time-critical item with its due moment; the section repeats them otherwise.
        if (!r.timeCritical().isEmpty() && r.actNow() == null) {
            sb.append(h2).append("TIME-CRITICAL").append(md ? "\n\n" : "\n").append(md ? "" : "=============\n");
            for (CaseNotes.TimeCritical t : r.timeCritical()) {
                sb.append(md ? "- **" : "* ").append(t.kind()).append(" on ").append(t.subjectKind().toLowerCase())
                        .append(' ').append(t.subjectId()).append(", due ").append(t.dueAt()).append(md ? "**\n" : "\n")
                        .append(md ? "  " : "    ").append(t.explanation()).append("\n\n");
            }
        }
        if (r.findings().isEmpty()) {
            sb.append("No finding fired and none is undetermined on these facts.\n");
        }
        for (Severity sev : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
            List<Finding> group = r.fired().stream().filter(f -> f.getSeverity() == sev).toList();
            if (group.isEmpty()) continue;
            sb.append(h2).append(sev).append(md ? "\n\n" : "\n").append(md ? "" : "=".repeat(sev.name().length()) + "\n");
            for (Finding f : group) finding(sb, f, md);
        }
        List<Finding> und = r.undetermined();
        if (!und.isEmpty()) {
            sb.append(h2).append("UNDETERMINED (facts missing)").append(md ? "\n\n" : "\n")
                    .append(md ? "" : "============================\n");
            for (Finding f : und) finding(sb, f, md);
        }
        remedies(sb, r, md);
        habeas(sb, r, md);
        deadlines(sb, r, md);
        return sb.toString();
    }

    /** The opening section when something cannot wait (issue 19 item 1). */
    private static void actNow(StringBuilder sb, ActNow a, boolean md) {
        if (a == null) return;
        String bullet = md ? "- " : "* ";
        sb.append(md ? "## Act now\n\n" : "ACT NOW\n=======\n");
        for (String h : a.happening()) sb.append(bullet).append(h).append('\n');
        sb.append('\n').append(md ? "**First action:** " : "First action: ").append(a.firstAction()).append('\n');
        for (String x : a.actions()) sb.append(bullet).append("Then: ").append(x).append('\n');
        if (!a.deadlines().isEmpty()) {
            sb.append('\n').append(md ? "**Deadlines:**\n" : "Deadlines:\n");
            for (ActNow.Due d : a.deadlines()) {
                sb.append(bullet).append(md ? "**" + d.due() + "**" : d.due()).append(": ").append(d.what())
                        .append(d.basis() == null ? "" : " (" + d.basis() + ")").append('\n');
            }
        }
        sb.append('\n');
    }

    /** Respondents, district, exhaustion and state route for custody that may still be running (issue 19 item 5). */
    private static void habeas(StringBuilder sb, Report r, boolean md) {
        if (r.habeas().isEmpty()) return;
        String ind = md ? "  " : "    ";
        sb.append('\n').append(md ? "## Habeas practice\n\n" : "Habeas practice\n---------------\n");
        for (CaseNotes.HabeasPractice h : r.habeas()) {
            sb.append(md ? "- **Hold " + h.holdId() + "**: " : "* Hold " + h.holdId() + ": ").append(h.custody()).append('\n');
            sb.append(ind).append("Respondents: ").append(String.join("; ", h.respondents())).append('\n');
            sb.append(ind).append("District: ").append(h.districts().isEmpty() ? "not determined"
                    : String.join(" or ", h.districts())).append(". ").append(h.districtNote()).append('\n');
            if (!h.districtSources().isEmpty()) {
                sb.append(ind).append("District source: ").append(String.join("; ", h.districtSources())).append('\n');
            }
            sb.append(ind).append("Exhaustion: ").append(h.exhaustion()).append('\n');
            sb.append(ind).append("State route: ").append(h.stateRoute()).append('\n');
        }
    }

    /** Every filing deadline, computed or not (issue 19 item 2). */
    private static void deadlines(StringBuilder sb, Report r, boolean md) {
        if (r.deadlines().isEmpty()) return;
        String ind = md ? "  " : "    ";
        sb.append('\n').append(md ? "## Deadlines\n\n" : "Deadlines\n---------\n");
        for (CaseNotes.FilingDeadline d : r.deadlines()) {
            String what = ActNow.label(d);
            String when = d.date() != null ? d.date().toString()
                    : "NOT_YET_RUNNING".equals(d.status()) ? "not yet running" : "UNDETERMINED";
            sb.append(md ? "- **" + what + ": " + when + "**" : "* " + what + ": " + when);
            if (d.period() != null) sb.append(" (").append(d.period()).append(", ").append(d.statute()).append(')');
            sb.append(d.verified() ? "" : " [not verified]").append('\n');
            sb.append(ind).append("From: ").append(d.from()).append('\n');
            if (!d.missing().isEmpty()) sb.append(ind).append("Missing facts: ").append(String.join(", ", d.missing())).append('\n');
            sb.append(ind).append(d.note()).append('\n');
            if (d.source() != null) sb.append(ind).append("Source: ").append(d.source()).append('\n');
        }
    }

    private static void finding(StringBuilder sb, Finding f, boolean md) {
        String head = f.getCode().number() + " " + f.getCode().name() + (f.getVariant() == null ? "" : " [" + f.getVariant() + "]")
                + " on " + f.getSubjectKind().toLowerCase() + " " + f.getSubjectId()
                + " (" + f.getSeverity() + ", confidence " + f.getConfidence() + ")";
        String ind = md ? "  " : "    ";
        sb.append(md ? "- **" + head + "**\n" : "* " + head + "\n");
        sb.append(ind).append(f.getExplanation()).append('\n');
        if (!f.getMissingFacts().isEmpty()) {
            sb.append(ind).append("Missing facts: ").append(String.join(", ", f.getMissingFacts())).append('\n');
        }
        if (!f.getComputed().isEmpty()) {
            sb.append(ind).append("Computed: ");
            List<String> parts = new ArrayList<>();
            f.getComputed().forEach((k, v) -> parts.add(k + "=" + v));
            sb.append(String.join(", ", parts)).append('\n');
        }
        sb.append(ind).append("Citations: ").append(String.join("; ", f.getCitations())).append('\n');
        for (String n : f.getNotes()) sb.append(ind).append("Note: ").append(n).append('\n');
        Source s = f.getSource();
        if (s != null) {
            sb.append(ind).append("Source: ").append(s.file());
            if (s.sheet() != null) sb.append('!').append(s.sheet()).append(" row ").append(s.row());
            sb.append(" (rule ").append(s.rule());
            if (s.hitPolicy() != null) sb.append(", hit policy ").append(s.hitPolicy());
            sb.append(")\n");
        }
        sb.append('\n');
    }

    /** Remedy findings (DOMAIN.md 7-E, 7-F). */
    private static final Set<FindingCode> REMEDY_CODES = java.util.EnumSet.range(FindingCode.HABEAS_IS_PROPER_VEHICLE,
            FindingCode.ASYLUM_STATUTORY_TIMELINES_NOT_ENFORCEABLE);
    /** Printed under every remedy summary (DOMAIN.md 0.1-0.2, 4.2; F34's output). */
    public static final String REMEDY_REMINDER = "Relief is discretionary even where the elements appear met (Cheney v. U.S."
            + " Dist. Court, 542 U.S. 367, 381 (2004)); courts usually treat § 706(1) and § 1361 together. Delay"
            + " thresholds, TRAC weights and the TRAC cutoff are analyst settings, not law.";

    /** A remedy a person might pursue, in plain words, or null when the finding is not one. */
    public static String remedyTitle(Finding f) {
        switch (f.getCode()) {
            case HABEAS_IS_PROPER_VEHICLE:
                return "Habeas corpus petition for release (28 U.S.C. § 2241): urgent while custody lasts";
            case SECTION_1983_CANDIDATE:
                return "Civil-rights suit against the local officers or agency (42 U.S.C. § 1983)"
                        + ("MONELL_POLICY".equals(f.getVariant()) ? ", including the county for its policy (Monell)" : "");
            case FEDERAL_COLOR_287G_LIABILITY_PATH:
                Object deadline = f.getComputed().get("ftca_claim_deadline");
                return "Federal Tort Claims Act claim against the United States (administrative claim to DHS/ICE within"
                        + " 2 years" + (deadline == null ? "" : ", by " + deadline) + "), and complaints to ICE OPR and DHS OIG";
            case NATURALIZATION_1447B_AVAILABLE:
                if ("SUIT_PENDING".equals(f.getVariant())) {
                    return "The § 1447(b) suit already filed: the district court decides the naturalization application or remands it";
                }
                return "AVAILABLE".equals(f.getVariant())
                        ? "Petition the district court to decide the naturalization application (8 U.S.C. § 1447(b))" : null;
            case STATE_LAW_PROHIBITS_ACTION:
            case STATE_LAW_NO_CIVIL_ARREST_AUTHORITY:
                return "State-law claim (state habeas, state tort or injunction): a state-law violation is not a § 1983 claim"
                        + " by itself (Virginia v. Moore, 553 U.S. 164 (2008))";
            case DELAY_UNREASONABLE_TRAC:
                return "Suit to compel a decision unreasonably delayed (5 U.S.C. § 706(1); TRAC triage flags the delay)";
            case MANDAMUS_ELEMENTS_MET:
                return "Mandamus to compel a decision (28 U.S.C. § 1361), pleaded with the APA claim (candidate)";
            default:
                return null;
        }
    }

    /** Why a remedy appears barred, or null when the finding does not bar one. */
    public static String barredTitle(Finding f) {
        switch (f.getCode()) {
            case MANDAMUS_BARRED_ADEQUATE_REMEDY_HABEAS:
                return "REMOVAL_REVIEW_CHANNELED".equals(f.getVariant())
                        ? "Mandamus to stop removal: review of removal goes by petition for review"
                        : "Mandamus for release or a bond hearing: habeas is the adequate remedy";
            case MANDAMUS_UNAVAILABLE_NONFEDERAL_RESPONDENT:
                return "Mandamus against a state or local officer: 28 U.S.C. § 1361 reaches federal officers only";
            case PACE_REVIEW_JURISDICTION_BARRED:
                return "RISK_UNSETTLED".equals(f.getVariant())
                        ? "A delay suit (APA or mandamus) may be dismissed: whether courts here may review the pace is unsettled"
                        : "A delay suit (APA or mandamus): courts in this circuit may not review the pace of adjudication";
            case ASYLUM_STATUTORY_TIMELINES_NOT_ENFORCEABLE:
                return "Enforcing the asylum statute's 45- and 180-day timelines as such (8 U.S.C. § 1158(d)(7))";
            case NATURALIZATION_1447B_AVAILABLE:
                if ("NOT_RIPE".equals(f.getVariant())) {
                    Object ripe = f.getComputed().get("ripe_on");
                    return "A § 1447(b) petition: not yet ripe" + (ripe == null ? " (no interview yet)" : ", ripens on " + ripe);
                }
                if ("SUIT_PENDING".equals(f.getVariant())) {
                    return "Mandamus or a USCIS decision while the § 1447(b) suit is pending: the court's jurisdiction is exclusive";
                }
                return "AVAILABLE".equals(f.getVariant())
                        ? "Mandamus for the same naturalization delay: § 1447(b) is the adequate alternative" : null;
            default:
                return null;
        }
    }

    private static String about(Finding f) {
        return "REMEDY_REQUEST".equals(f.getSubjectKind()) ? "the remedy request"
                : f.getSubjectKind().toLowerCase() + " " + f.getSubjectId();
    }

    private static void remedies(StringBuilder sb, Report r, boolean md) {
        List<Finding> consider = r.fired().stream().filter(f -> remedyTitle(f) != null).toList();
        List<Finding> barred = r.fired().stream().filter(f -> barredTitle(f) != null).toList();
        List<Finding> open = r.undetermined().stream().filter(f -> REMEDY_CODES.contains(f.getCode())).toList();
        if (consider.isEmpty() && barred.isEmpty() && open.isEmpty()) return;
        String h2 = md ? "## " : "";
        String bullet = md ? "- " : "* ";
        String ind = md ? "  " : "    ";
        sb.append(h2).append("Remedies to consider").append(md ? "\n\n" : "\n--------------------\n");
        if (consider.isEmpty()) sb.append("None identified on these facts.\n");
        for (Finding f : consider) {
            sb.append(bullet).append(md ? "**" + remedyTitle(f) + "**" : remedyTitle(f)).append(" (")
                    .append(f.getCode().number()).append(", ").append(about(f)).append(", confidence ").append(f.getConfidence()).append(")\n");
            sb.append(ind).append(f.getExplanation()).append('\n');
            sb.append(ind).append("Citations: ").append(String.join("; ", f.getCitations())).append('\n');
        }
        sb.append('\n').append(h2).append("Remedies that appear barred, and why")
                .append(md ? "\n\n" : "\n------------------------------------\n");
        if (barred.isEmpty()) sb.append("None identified on these facts.\n");
        for (Finding f : barred) {
            sb.append(bullet).append(md ? "**" + barredTitle(f) + "**" : barredTitle(f)).append(" (")
                    .append(f.getCode().number()).append(", ").append(about(f)).append(")\n");
            sb.append(ind).append("Why: ").append(f.getExplanation()).append('\n');
            sb.append(ind).append("Citations: ").append(String.join("; ", f.getCitations())).append('\n');
        }
        if (!open.isEmpty()) {
            sb.append('\n').append(h2).append("Remedies that cannot be assessed yet")
                    .append(md ? "\n\n" : "\n------------------------------------\n");
            for (Finding f : open) {
                sb.append(bullet).append(f.getCode().title()).append(" (").append(f.getCode().number()).append(", ")
                        .append(about(f)).append("): missing ")
                        .append(String.join(", ", f.getMissingFacts())).append('\n');
            }
        }
        sb.append('\n').append(md ? "> " : "").append(REMEDY_REMINDER).append('\n');
    }

    private static String shortHash(String h) { return h == null || h.length() < 12 ? String.valueOf(h) : h.substring(0, 12); }
}
