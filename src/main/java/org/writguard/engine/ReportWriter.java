package org.writguard.engine;


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
    public static final String SCHEMA_VERSION = "1.1";

    private ReportWriter() { }

    /** The report as a JSON tree (maps and lists), in CASE-FORMAT.md's field order. */
    public static Map<String, Object> toTree(Report r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("as_of", r.getAsOf() == null ? null : r.getAsOf().toString());
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.getFindings()) findings.add(findingTree(f));
        root.put("findings", findings);
        List<Object> critical = new ArrayList<>();
        for (CaseNotes.TimeCritical t : r.getTimeCritical()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", t.getKind());
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("kind", t.getSubjectKind());
            subject.put("id", t.getSubjectId());
            m.put("subject", subject);
            m.put("due_at", t.getDueAt() == null ? null : t.getDueAt().toString());
            m.put("explanation", t.getExplanation());
            m.put("basis", t.getBasis());
            critical.add(m);
        }
        root.put("time_critical", critical);
        ActNow act = r.getActNow();
        if (act == null) {
            root.put("act_now", null);
        } else {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("happening", act.getHappening());
            a.put("first_action", act.getFirstAction());
            a.put("actions", act.getActions());
            List<Object> due = new ArrayList<>();
            for (ActNow.Due d : act.getDeadlines()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("what", d.getWhat());
                m.put("due", d.getDue());
                m.put("basis", d.getBasis());
                due.add(m);
            }
            a.put("deadlines", due);
            root.put("act_now", a);
        }
        List<Object> deadlines = new ArrayList<>();
        for (CaseNotes.FilingDeadline d : r.getDeadlines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.getKind());
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("kind", d.getSubjectKind());
            subject.put("id", d.getSubjectId());
            m.put("subject", subject);
            m.put("date", d.getDate() == null ? null : d.getDate().toString());
            m.put("status", d.getStatus());
            m.put("period", d.getPeriod());
            m.put("statute", d.getStatute());
            m.put("from", d.getFrom());
            m.put("missing", d.getMissing());
            m.put("source", d.getSource());
            m.put("verified", d.isVerified());
            m.put("note", d.getNote());
            deadlines.add(m);
        }
        root.put("deadlines", deadlines);
        List<Object> habeas = new ArrayList<>();
        for (CaseNotes.HabeasPractice h : r.getHabeas()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hold_id", h.getHoldId());
            m.put("custody", h.getCustody());
            m.put("respondents", h.getRespondents());
            m.put("districts", h.getDistricts());
            m.put("district_note", h.getDistrictNote());
            m.put("district_sources", h.getDistrictSources());
            m.put("exhaustion", h.getExhaustion());
            m.put("state_route", h.getStateRoute());
            habeas.add(m);
        }
        root.put("habeas", habeas);
        root.put("jurisdiction", org.writguard.internal.memo.CitationLabels.json(r.getJurisdiction()));
        Reading reading = r.getReading();
        root.put("law_current_to", reading.getLawCurrentTo() == null ? null : reading.getLawCurrentTo().toString());
        List<Object> questions = new ArrayList<>();
        for (Reading.Question q : reading.getQuestions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("question", q.getQuestion());
            m.put("where_to_look", q.getWhereToLook());
            m.put("analyst_setting", q.isAnalystSetting());
            m.put("fact_paths", q.getFactPaths());
            m.put("settles", q.getFindings());
            questions.add(m);
        }
        root.put("questions", questions);
        List<Object> chronology = new ArrayList<>();
        for (Reading.Dated d : reading.getChronology()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", d.getAt());
            m.put("what", d.getWhat());
            m.put("path", d.getPath());
            chronology.add(m);
        }
        root.put("chronology", chronology);
        List<Object> notShown = new ArrayList<>();
        for (Reading.NotShown n : reading.getNotShown()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", n.getCode());
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("kind", n.getSubjectKind());
            subject.put("id", n.getSubjectId());
            m.put("subject", subject);
            m.put("reason", n.getReason());
            notShown.add(m);
        }
        root.put("not_shown", notShown);
        root.put("no_remedy_reasons", reading.getNoRemedyReasons());
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("version", r.getEngineVersion());
        engine.put("tables_sha256", r.getRuleBookVersion());
        root.put("engine", engine);
        root.put("disclaimer", Report.DISCLAIMER);
        return root;
    }

    public static Map<String, Object> findingTree(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.getCode().name());
        m.put("number", f.getCode().getNumber());
        m.put("status", f.getStatus().name());
        m.put("variant", f.getVariant());
        m.put("severity", f.getSeverity().name());
        m.put("confidence", f.getConfidence().name());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", f.getSubjectKind());
        subject.put("id", f.getSubjectId());
        m.put("subject", subject);
        m.put("title", f.getCode().getTitle());
        m.put("explanation", f.getExplanation());
        m.put("citations", f.getCitations());
        m.put("authorities", org.writguard.internal.memo.CitationLabels.json(f));
        m.put("facts_used", f.getFactsUsed());
        m.put("missing_facts", f.getMissingFacts());
        m.put("computed", f.getComputed());
        m.put("analyst_notes", f.getNotes());
        Source s = f.getSource();
        Map<String, Object> src = new LinkedHashMap<>();
        if (s != null) {
            src.put("file", s.getFile());
            if (s.getSheet() != null) src.put("sheet", s.getSheet());
            if (s.getRow() != null) src.put("row", s.getRow());
            src.put("rule", s.getRule());
            if (s.getRowId() != null) src.put("row_id", s.getRowId());
            if (s.getHitPolicy() != null) src.put("hit_policy", s.getHitPolicy());
            if (f.getTableRule() != null && f.getRule() != null && !f.getRule().equals(s.getRule())) {
                src.put("decided_by_rule", f.getRule());
            }
            if (!f.getConsulted().isEmpty()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Source c : f.getConsulted()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file", c.getFile());
                    if (c.getSheet() != null) row.put("sheet", c.getSheet());
                    if (c.getRow() != null) row.put("row", c.getRow());
                    row.put("rule", c.getRule());
                    if (c.getRowId() != null) row.put("row_id", c.getRowId());
                    if (c.getHitPolicy() != null) row.put("hit_policy", c.getHitPolicy());
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
        Reading reading = r.getReading();
        sb.append(h1).append("writguard assessment").append(md ? "\n\n" : "\n");
        sb.append(md ? "- " : "").append("Case: ").append(r.getCaseName()).append('\n');
        sb.append(md ? "- " : "").append("As of: ").append(r.getAsOf()).append('\n');
        sb.append(md ? "- " : "").append("Findings: ").append(r.getFired().size()).append(" fired, ")
                .append(r.getUndetermined().size()).append(" undetermined").append('\n');
        sb.append(md ? "- " : "").append("Rule book: ").append(shortHash(r.getRuleBookVersion()))
                .append(" (engine ").append(r.getEngineVersion()).append(")\n");
        sb.append(md ? "- " : "").append("Jurisdiction: ").append(r.getJurisdiction().describe()).append("\n");
        sb.append(md ? "- " : "").append("Law tables current to: ").append(lawDate(reading)).append("\n\n");
        actNow(sb, r.getActNow(), md);
        sb.append(md ? "> " : "NOTICE: ").append(notice(r)).append("\n\n");
        // "Act now" already lists every time-critical item with its due moment; the section repeats them otherwise.
        if (!r.getTimeCritical().isEmpty() && r.getActNow() == null) {
            sb.append(h2).append("TIME-CRITICAL").append(md ? "\n\n" : "\n").append(md ? "" : "=============\n");
            for (CaseNotes.TimeCritical t : r.getTimeCritical()) {
                sb.append(md ? "- **" : "* ").append(ActNow.kindInWords(t.getKind())).append(" on ").append(t.getSubjectKind().toLowerCase())
                        .append(' ').append(t.getSubjectId()).append(", due ").append(t.getDueAt()).append(md ? "**\n" : "\n")
                        .append(md ? "  " : "    ").append(t.getExplanation()).append("\n\n");
            }
        }
        chronology(sb, reading, md);
        if (r.getFindings().isEmpty()) {
            sb.append("No finding fired and none is undetermined on these facts.\n");
        }
        for (Severity sev : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
            List<Finding> group = r.getFired().stream().filter(f -> f.getSeverity() == sev).toList();
            if (group.isEmpty()) continue;
            sb.append(h2).append(sev).append(md ? "\n\n" : "\n").append(md ? "" : "=".repeat(sev.name().length()) + "\n");
            for (Finding f : group) {
                if (isRemedy(f)) pointer(sb, f, md);
                else finding(sb, f, reading, md);
            }
        }
        List<Finding> und = shownUndetermined(r);
        if (!und.isEmpty() || !reading.getNotShown().isEmpty()) {
            sb.append(h2).append("UNDETERMINED (facts missing)").append(md ? "\n\n" : "\n")
                    .append(md ? "" : "============================\n");
            for (Finding f : und) {
                if (REMEDY_CODES.contains(f.getCode())) pointer(sb, f, md);
                else finding(sb, f, reading, md);
            }
            if (!reading.getNotShown().isEmpty()) {
                sb.append(reading.getNotShown().size() == 1 ? "One undetermined item is" : reading.getNotShown().size()
                        + " undetermined items are").append(" not shown because it cannot apply to the encounter on the case's"
                        + " own facts (the JSON report keeps it under `findings` and `not_shown`): ");
                List<String> parts = new ArrayList<>();
                for (Reading.NotShown n : reading.getNotShown()) {
                    parts.add(FindingCode.valueOf(n.getCode()).getNumber() + " on " + n.getSubjectKind().toLowerCase() + " "
                            + n.getSubjectId() + " (" + n.getReason() + ")");
                }
                sb.append(String.join("; ", parts)).append(".\n\n");
            }
        }
        questions(sb, reading, md);
        remedies(sb, r, md);
        habeas(sb, r, md);
        deadlines(sb, r, md);
        appendix(sb, r, md);
        return sb.toString();
    }

    /** The notice printed with every human report: the disclaimer and the date the law tables are current to. */
    public static String notice(Report r) {
        return Report.DISCLAIMER + " The law tables are current to " + lawDate(r.getReading())
                + " (the latest date a table row was checked against its source).";
    }

    private static String lawDate(Reading reading) {
        return reading.getLawCurrentTo() == null ? "an unknown date (no table row records a check)"
                : reading.getLawCurrentTo().toString();
    }

    /** The UNDETERMINED findings a person reads: those that can apply to the encounter (issue 19 item 8). */
    public static List<Finding> shownUndetermined(Report r) {
        Reading reading = r.getReading();
        return r.getUndetermined().stream()
                .filter(f -> !reading.isNotShown(f.getCode().name(), f.getSubjectKind(), f.getSubjectId())).toList();
    }

    /** Whether a finding is printed under the remedies (and only pointed to from its severity). */
    public static boolean isRemedy(Finding f) {
        return f.isFired() ? remedyTitle(f) != null || barredTitle(f) != null : REMEDY_CODES.contains(f.getCode());
    }

    /** Where a remedy finding is printed, for the one-line pointer from its severity. */
    public static String remedySection(Finding f) {
        if (!f.isFired()) return "Remedies that cannot be assessed yet";
        return remedyTitle(f) != null ? "Remedies to consider" : "Remedies that appear barred, and why";
    }

    private static void pointer(StringBuilder sb, Finding f, boolean md) {
        String head = f.getCode().getNumber() + " " + f.getCode().name() + (f.getVariant() == null ? "" : " [" + f.getVariant() + "]")
                + " on " + f.getSubjectKind().toLowerCase() + " " + f.getSubjectId();
        sb.append(md ? "- **" + head + "**" : "* " + head).append(": see \"").append(remedySection(f)).append("\" below.\n\n");
    }

    /** The dated facts the findings relied on, in time order, each with its fact path (issue 19 item 8). */
    private static void chronology(StringBuilder sb, Reading reading, boolean md) {
        if (reading.getChronology().isEmpty()) return;
        sb.append(md ? "## Chronology (facts relied on)\n\n" : "Chronology (facts relied on)\n----------------------------\n");
        for (Reading.Dated d : reading.getChronology()) {
            sb.append(md ? "- **" + d.getAt() + "** " : "* " + d.getAt() + "  ").append(d.getWhat())
                    .append(md ? " (`" + d.getPath() + "`)" : " (" + d.getPath() + ")").append('\n');
        }
        sb.append('\n');
    }

    /** The missing facts as questions, each once, with where to look and what it settles (issue 19 item 8). */
    private static void questions(StringBuilder sb, Reading reading, boolean md) {
        if (reading.getQuestions().isEmpty()) return;
        String ind = md ? "   " : "    ";
        sb.append(md ? "## Questions to settle what is undetermined\n\n"
                : "Questions to settle what is undetermined\n----------------------------------------\n");
        int i = 1;
        for (Reading.Question q : reading.getQuestions()) {
            sb.append(i++).append(". ").append(md ? "**" + q.getQuestion() + "**" : q.getQuestion()).append('\n');
            if (q.getWhereToLook() != null) sb.append(ind).append("Where to look: ").append(q.getWhereToLook()).append(".\n");
            sb.append(ind).append("Settles: ").append(String.join("; ", q.getFindings())).append(md ? " (`" : " (")
                    .append(String.join(md ? "`, `" : ", ", q.getFactPaths())).append(md ? "`)\n" : ")\n");
        }
        sb.append('\n');
    }

    /** Computed values and sources, out of the body (issue 19 item 8). */
    private static void appendix(StringBuilder sb, Report r, boolean md) {
        List<Finding> all = new ArrayList<>(r.getFired());
        all.addAll(shownUndetermined(r));
        if (all.isEmpty()) return;
        String ind = md ? "  " : "    ";
        sb.append('\n').append(md ? "## Appendix: computed values and sources\n\n"
                : "Appendix: computed values and sources\n-------------------------------------\n");
        for (Finding f : all) {
            String head = f.getCode().getNumber() + " " + f.getCode().name() + (f.getVariant() == null ? "" : " [" + f.getVariant() + "]")
                    + " on " + f.getSubjectKind().toLowerCase() + " " + f.getSubjectId() + (f.isFired() ? "" : " (undetermined)");
            sb.append(md ? "- **" + head + "**\n" : "* " + head + "\n");
            String computed = org.writguard.internal.memo.ComputedLine.of(f);
            if (computed != null) sb.append(ind).append("Computed: ").append(computed).append('\n');
            Source s = f.getSource();
            if (s != null) sb.append(ind).append("Source: ").append(sourceLine(f)).append('\n');
        }
    }

    /** A finding's source as one line: file, sheet and row, rule, hit policy. */
    public static String sourceLine(Finding f) {
        Source s = f.getSource();
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.getFile());
        if (s.getSheet() != null) sb.append('!').append(s.getSheet()).append(" row ").append(s.getRow());
        sb.append(" (rule ").append(s.getRule());
        if (s.getHitPolicy() != null) sb.append(", hit policy ").append(s.getHitPolicy());
        return sb.append(')').toString();
    }

    /** The opening section when something cannot wait (issue 19 item 1). */
    private static void actNow(StringBuilder sb, ActNow a, boolean md) {
        if (a == null) return;
        String bullet = md ? "- " : "* ";
        sb.append(md ? "## Act now\n\n" : "ACT NOW\n=======\n");
        for (String h : a.getHappening()) sb.append(bullet).append(h).append('\n');
        sb.append('\n').append(md ? "**First action:** " : "First action: ").append(a.getFirstAction()).append('\n');
        for (String x : a.getActions()) sb.append(bullet).append("Then: ").append(x).append('\n');
        if (!a.getDeadlines().isEmpty()) {
            sb.append('\n').append(md ? "**Deadlines:**\n" : "Deadlines:\n");
            for (ActNow.Due d : a.getDeadlines()) {
                sb.append(bullet).append(md ? "**" + d.getDue() + "**" : d.getDue()).append(": ").append(d.getWhat())
                        .append(d.getBasis() == null ? "" : " (" + d.getBasis() + ")").append('\n');
            }
        }
        sb.append('\n');
    }

    /** Respondents, district, exhaustion and state route for custody that may still be running (issue 19 item 5). */
    private static void habeas(StringBuilder sb, Report r, boolean md) {
        if (r.getHabeas().isEmpty()) return;
        String ind = md ? "  " : "    ";
        sb.append('\n').append(md ? "## Habeas practice\n\n" : "Habeas practice\n---------------\n");
        for (CaseNotes.HabeasPractice h : r.getHabeas()) {
            sb.append(md ? "- **Hold " + h.getHoldId() + "**: " : "* Hold " + h.getHoldId() + ": ").append(h.getCustody()).append('\n');
            sb.append(ind).append("Respondents: ").append(String.join("; ", h.getRespondents())).append('\n');
            sb.append(ind).append("District: ").append(h.getDistricts().isEmpty() ? "not determined"
                    : String.join(" or ", h.getDistricts())).append(". ").append(h.getDistrictNote()).append('\n');
            if (!h.getDistrictSources().isEmpty()) {
                sb.append(ind).append("District source: ").append(String.join("; ", h.getDistrictSources())).append('\n');
            }
            sb.append(ind).append("Exhaustion: ").append(h.getExhaustion()).append('\n');
            sb.append(ind).append("State route: ").append(h.getStateRoute()).append('\n');
        }
    }

    /** Every filing deadline, computed or not (issue 19 item 2). */
    private static void deadlines(StringBuilder sb, Report r, boolean md) {
        if (r.getDeadlines().isEmpty()) return;
        String ind = md ? "  " : "    ";
        sb.append('\n').append(md ? "## Deadlines\n\n" : "Deadlines\n---------\n");
        for (CaseNotes.FilingDeadline d : r.getDeadlines()) {
            String what = ActNow.label(d);
            String when = d.getDate() != null ? d.getDate().toString()
                    : "NOT_YET_RUNNING".equals(d.getStatus()) ? "not yet running" : "UNDETERMINED";
            sb.append(md ? "- **" + what + ": " + when + "**" : "* " + what + ": " + when);
            if (d.getPeriod() != null) sb.append(" (").append(d.getPeriod()).append(", ").append(d.getStatute()).append(')');
            sb.append(d.isVerified() ? "" : " [not verified]").append('\n');
            sb.append(ind).append("From: ").append(d.getFrom()).append('\n');
            if (!d.getMissing().isEmpty()) sb.append(ind).append("Missing facts: ").append(String.join(", ", d.getMissing())).append('\n');
            sb.append(ind).append(d.getNote()).append('\n');
            if (d.getSource() != null) sb.append(ind).append("Source: ").append(d.getSource()).append('\n');
        }
    }

    private static void finding(StringBuilder sb, Finding f, Reading reading, boolean md) {
        String head = f.getCode().getNumber() + " " + f.getCode().name() + (f.getVariant() == null ? "" : " [" + f.getVariant() + "]")
                + " on " + f.getSubjectKind().toLowerCase() + " " + f.getSubjectId()
                + " (" + f.getSeverity() + ", confidence " + f.getConfidence() + ")";
        String ind = md ? "  " : "    ";
        sb.append(md ? "- **" + head + "**\n" : "* " + head + "\n");
        sb.append(ind).append(f.getExplanation()).append('\n');
        if (!f.getMissingFacts().isEmpty()) sb.append(ind).append(questionRef(reading, f)).append('\n');
        sb.append(ind).append("Citations: ").append(org.writguard.internal.memo.CitationLabels.line(f)).append('\n');
        for (String n : f.getNotes()) sb.append(ind).append("Note: ").append(n).append('\n');
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
        List<Finding> consider = r.getFired().stream().filter(f -> remedyTitle(f) != null).toList();
        List<Finding> barred = r.getFired().stream().filter(f -> barredTitle(f) != null).toList();
        List<Finding> open = shownUndetermined(r).stream().filter(f -> REMEDY_CODES.contains(f.getCode())).toList();
        List<String> why = r.getReading().getNoRemedyReasons();
        if (consider.isEmpty() && barred.isEmpty() && open.isEmpty() && why.isEmpty()) return;
        String h2 = md ? "## " : "";
        String bullet = md ? "- " : "* ";
        String ind = md ? "  " : "    ";
        sb.append(h2).append("Remedies to consider").append(md ? "\n\n" : "\n--------------------\n");
        if (consider.isEmpty()) {
            sb.append("None identified on these facts").append(why.isEmpty() ? ".\n" : ", because:\n");
            for (String w : why) sb.append(bullet).append(w).append('\n');
        }
        for (Finding f : consider) {
            sb.append(bullet).append(md ? "**" + remedyTitle(f) + "**" : remedyTitle(f)).append(" (")
                    .append(f.getCode().getNumber()).append(' ').append(f.getCode().name()).append(", ").append(about(f))
                    .append(", ").append(f.getSeverity()).append(", confidence ").append(f.getConfidence()).append(")\n");
            sb.append(ind).append(f.getExplanation()).append('\n');
            sb.append(ind).append("Citations: ").append(org.writguard.internal.memo.CitationLabels.line(f)).append('\n');
            for (String n : f.getNotes()) sb.append(ind).append("Note: ").append(n).append('\n');
        }
        sb.append('\n').append(h2).append("Remedies that appear barred, and why")
                .append(md ? "\n\n" : "\n------------------------------------\n");
        if (barred.isEmpty()) sb.append("None identified on these facts.\n");
        for (Finding f : barred) {
            boolean alsoAbove = remedyTitle(f) != null;
            sb.append(bullet).append(md ? "**" + barredTitle(f) + "**" : barredTitle(f)).append(" (")
                    .append(f.getCode().getNumber()).append(' ').append(f.getCode().name()).append(", ").append(about(f))
                    .append(", ").append(f.getSeverity()).append(")\n");
            if (alsoAbove) {
                sb.append(ind).append("Why: see ").append(f.getCode().getNumber()).append(" under \"Remedies to consider\" above.\n");
                continue;
            }
            sb.append(ind).append("Why: ").append(f.getExplanation()).append('\n');
            sb.append(ind).append("Citations: ").append(org.writguard.internal.memo.CitationLabels.line(f)).append('\n');
            for (String n : f.getNotes()) sb.append(ind).append("Note: ").append(n).append('\n');
        }
        if (!open.isEmpty()) {
            sb.append('\n').append(h2).append("Remedies that cannot be assessed yet")
                    .append(md ? "\n\n" : "\n------------------------------------\n");
            for (Finding f : open) {
                sb.append(bullet).append(f.getCode().getTitle()).append(" (").append(f.getCode().getNumber()).append(", ")
                        .append(about(f)).append("): ").append(f.getExplanation()).append(' ')
                        .append(questionRef(r.getReading(), f)).append('\n');
            }
        }
        sb.append('\n').append(md ? "> " : "").append(REMEDY_REMINDER).append('\n');
    }

    /** "See questions 1, 3." for a finding whose missing facts are asked, or the raw paths when none is. */
    public static String questionRef(Reading reading, Finding f) {
        String who = f.getCode().getNumber() + " on " + f.getSubjectKind().toLowerCase(java.util.Locale.ROOT) + " " + f.getSubjectId();
        List<String> numbers = new ArrayList<>();
        List<Reading.Question> qs = reading.getQuestions();
        for (int i = 0; i < qs.size(); i++) if (qs.get(i).getFindings().contains(who)) numbers.add(String.valueOf(i + 1));
        if (numbers.isEmpty()) return f.getMissingFacts().isEmpty() ? "" : "Missing: " + String.join(", ", f.getMissingFacts()) + ".";
        return "To settle it, see question" + (numbers.size() == 1 ? " " : "s ") + String.join(", ", numbers)
                + " under \"Questions to settle what is undetermined\".";
    }

    private static String shortHash(String h) { return h == null || h.length() < 12 ? String.valueOf(h) : h.substring(0, 12); }
}
