package org.writguard.internal.memo;

import com.fasterxml.jackson.databind.JsonNode;
import org.writguard.engine.ActNow;
import org.writguard.engine.CaseNotes;
import org.writguard.engine.Reading;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Finding;
import org.writguard.findings.Severity;
import org.writguard.findings.Source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code assess --format html}: the report as a lawyer's memo, one self-contained HTML file (styles and the hold
 * timeline inline, no script, no external reference), laid out as facts relied on, findings by severity, remedies
 * to consider and barred, sources, missing facts, and the notice. Every string the case supplies is escaped. The
 * PDF ({@link PdfMemo}) is this page rendered, so the output is well-formed XHTML.
 */
public final class HtmlMemo {
    private static final Pattern PATH_STEP = Pattern.compile("([a-zA-Z0-9_]+)(?:\\[(\\d+)])?");
    private static final List<Severity> ORDER = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO);

    static final String STYLE = """
            body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; color: #111; max-width: 52em; margin: 1.5em auto; padding: 0 1em; line-height: 1.4; }
            h1 { font-size: 17pt; margin-bottom: 0.2em; } h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.4em; }
            h3 { font-size: 11pt; margin: 0.9em 0 0.2em 0; }
            table.meta td { padding: 0 1em 0 0; vertical-align: top; } table.facts { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
            table.facts td, table.facts th { border: 1px solid #bbb; padding: 2px 5px; text-align: left; vertical-align: top; }
            .notice { border: 2px solid #8a6d3b; background: #fcf8e3; padding: 0.5em 0.8em; margin: 1em 0; }
            .actnow { border: 2px solid #a94442; background: #f2dede; padding: 0.5em 0.8em; margin: 1em 0; }
            .finding { margin: 0.6em 0 0.9em 0; page-break-inside: avoid; }
            .sev { display: inline-block; font-family: Helvetica, Arial, sans-serif; font-size: 8.5pt; font-weight: bold; padding: 0 4px; color: #fff; }
            .sev-CRITICAL { background: #a61b1b; } .sev-HIGH { background: #d35400; } .sev-MEDIUM { background: #b7950b; } .sev-LOW { background: #2e86c1; } .sev-INFO { background: #777; }
            .small { font-size: 9pt; color: #444; } .code { font-family: 'Courier New', monospace; font-size: 9pt; }
            ul.missing li { list-style: square; } .timeline { margin: 0.6em 0; }
            """;

    /** The timeline's width in the memo (CSS px): the text column of an A4 or Letter page. */
    static final int MEMO_TIMELINE_WIDTH = 640;

    private HtmlMemo() { }

    /**
     * The memo. {@code caseTree} is the case as read (for the values of the facts relied on); null leaves the
     * values out and lists the fields.
     */
    public static String render(Report r, CaseFile c, JsonNode caseTree) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"/>")
                .append("<title>writguard memo: ").append(Html.escape(r.getCaseName())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        h.append("<h1>Memorandum: review of a 287(g) case</h1>\n<table class=\"meta\">");
        meta(h, "Case", r.getCaseName());
        meta(h, "Facts as of", r.getAsOf());
        meta(h, "Findings", r.getFired().size() + " fired, " + r.getUndetermined().size() + " undetermined");
        meta(h, "Rule book", r.getRuleBookVersion() + " (engine " + r.getEngineVersion() + ")");
        meta(h, "Law tables current to", r.getReading().getLawCurrentTo() == null ? "unknown" : r.getReading().getLawCurrentTo());
        h.append("</table>\n");
        notice(h, r);
        ActNow a = r.getActNow();
        if (a != null) {
            h.append("<div class=\"actnow\"><h2 style=\"margin-top:0\">Act now</h2><ul>");
            for (String x : a.getHappening()) h.append("<li>").append(Html.escape(x)).append("</li>");
            h.append("</ul><p><b>First action:</b> ").append(Html.escape(a.getFirstAction())).append("</p>");
            if (!a.getActions().isEmpty()) {
                h.append("<ul>");
                for (String x : a.getActions()) h.append("<li>Then: ").append(Html.escape(x)).append("</li>");
                h.append("</ul>");
            }
            if (!a.getDeadlines().isEmpty()) {
                h.append("<p><b>Deadlines</b></p><ul>");
                for (ActNow.Due d : a.getDeadlines()) {
                    h.append("<li><b>").append(Html.escape(d.getDue())).append("</b>: ").append(Html.escape(d.getWhat()))
                            .append(d.getBasis() == null ? "" : " (" + Html.escape(d.getBasis()) + ")").append("</li>");
                }
                h.append("</ul>");
            }
            h.append("</div>\n");
        }

        Reading reading = r.getReading();
        int n = 1;
        h.append("<h2>").append(n++).append(". Facts relied on</h2>\n");
        if (!reading.getChronology().isEmpty()) {
            h.append("<h3>Chronology</h3>\n<table class=\"facts chronology\"><tr><th>When</th><th>What</th><th>Field</th></tr>");
            for (Reading.Dated d : reading.getChronology()) {
                h.append("<tr><td>").append(Html.escape(d.getAt())).append("</td><td>").append(Html.escape(d.getWhat()))
                        .append("</td><td class=\"code\">").append(Html.escape(d.getPath())).append("</td></tr>");
            }
            h.append("</table>\n");
        }
        Set<String> used = new TreeSet<>();
        for (Finding f : r.getFindings()) used.addAll(f.getFactsUsed());
        if (used.isEmpty()) {
            h.append("<p>No finding relied on a recorded fact.</p>\n");
        } else {
            h.append("<h3>Every fact relied on</h3>\n<table class=\"facts\"><tr><th>Field</th><th>Value in the case</th></tr>");
            for (String p : used) {
                h.append("<tr><td class=\"code\">").append(Html.escape(p)).append("</td><td>")
                        .append(Html.escape(caseTree == null ? "" : value(caseTree, p))).append("</td></tr>");
            }
            h.append("</table>\n");
        }

        String timeline = c == null ? "" : timelines(c, r);
        if (!timeline.isEmpty()) {
            h.append("<h2>").append(n++).append(". Hold timeline</h2>\n<div class=\"timeline\">").append(timeline).append("</div>\n");
        }

        h.append("<h2>").append(n++).append(". Findings by severity</h2>\n");
        if (r.getFired().isEmpty()) h.append("<p>No finding fired on these facts.</p>\n");
        for (Severity sev : ORDER) {
            List<Finding> group = r.getFired().stream().filter(f -> f.getSeverity() == sev).toList();
            if (group.isEmpty()) continue;
            h.append("<h3>").append(sev).append("</h3>\n");
            for (Finding f : group) {
                if (ReportWriter.isRemedy(f)) pointer(h, f);
                else finding(h, f, reading);
            }
        }
        List<Finding> und = ReportWriter.shownUndetermined(r);
        if (!und.isEmpty() || !reading.getNotShown().isEmpty()) {
            h.append("<h3>UNDETERMINED (facts missing)</h3>\n");
            for (Finding f : und) {
                if (ReportWriter.isRemedy(f)) pointer(h, f);
                else finding(h, f, reading);
            }
            if (!reading.getNotShown().isEmpty()) {
                h.append("<p class=\"small not-shown\">Not shown, because they cannot apply to the encounter on the case's own facts"
                        + " (the JSON report keeps them): ");
                List<String> parts = new ArrayList<>();
                for (Reading.NotShown x : reading.getNotShown()) {
                    parts.add(org.writguard.findings.FindingCode.valueOf(x.getCode()).getNumber() + " on "
                            + x.getSubjectKind().toLowerCase() + " " + x.getSubjectId() + " (" + x.getReason() + ")");
                }
                h.append(Html.escape(String.join("; ", parts))).append(".</p>\n");
            }
        }
        h.append("<h2>").append(n++).append(". Missing facts: questions to settle what is undetermined</h2>\n");
        if (reading.getQuestions().isEmpty()) h.append("<p>Nothing is undetermined for want of a fact.</p>\n");
        else {
            h.append("<ol class=\"questions\">");
            for (Reading.Question q : reading.getQuestions()) {
                h.append("<li><b>").append(Html.escape(q.getQuestion())).append("</b>");
                if (q.getWhereToLook() != null) h.append("<br/>Where to look: ").append(Html.escape(q.getWhereToLook())).append('.');
                h.append("<br/><span class=\"small\">Settles: ").append(Html.escape(String.join("; ", q.getFindings())))
                        .append(" (<span class=\"code\">").append(Html.escape(String.join(", ", q.getFactPaths())))
                        .append("</span>)</span></li>");
            }
            h.append("</ol>\n");
        }
        h.append("<h2>").append(n++).append(". Remedies to consider</h2>\n");
        List<Finding> consider = r.getFired().stream().filter(f -> ReportWriter.remedyTitle(f) != null).toList();
        if (consider.isEmpty()) {
            h.append("<p>None identified on these facts").append(reading.getNoRemedyReasons().isEmpty() ? ".</p>\n" : ", because:</p>\n<ul class=\"no-remedy\">");
            for (String w : reading.getNoRemedyReasons()) h.append("<li>").append(Html.escape(w)).append("</li>");
            if (!reading.getNoRemedyReasons().isEmpty()) h.append("</ul>\n");
        } else {
            h.append("<ul>");
            for (Finding f : consider) {
                h.append("<li data-code=\"").append(f.getCode().getNumber()).append("\"><b>").append(Html.escape(ReportWriter.remedyTitle(f)))
                        .append("</b> (").append(f.getCode().getNumber()).append(' ').append(f.getCode().name())
                        .append(", confidence ").append(f.getConfidence()).append("). ").append(Html.escape(f.getExplanation()));
                citations(h, f);
                h.append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("<h2>").append(n++).append(". Remedies that appear barred, and why</h2>\n");
        List<Finding> barred = r.getFired().stream().filter(f -> ReportWriter.barredTitle(f) != null).toList();
        if (barred.isEmpty()) h.append("<p>None identified on these facts.</p>\n");
        else {
            h.append("<ul>");
            for (Finding f : barred) {
                h.append("<li data-code=\"").append(f.getCode().getNumber()).append("\"><b>").append(Html.escape(ReportWriter.barredTitle(f)))
                        .append("</b> (").append(f.getCode().getNumber()).append(' ').append(f.getCode().name()).append("). ");
                if (ReportWriter.remedyTitle(f) != null) {
                    h.append("Why: see ").append(f.getCode().getNumber()).append(" under Remedies to consider.</li>");
                    continue;
                }
                h.append("Why: ").append(Html.escape(f.getExplanation()));
                citations(h, f);
                h.append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"small\">").append(Html.escape(ReportWriter.REMEDY_REMINDER)).append("</p>\n");
        if (!r.getHabeas().isEmpty()) {
            h.append("<h2>").append(n++).append(". Habeas practice</h2>\n<ul>");
            for (CaseNotes.HabeasPractice hp : r.getHabeas()) {
                h.append("<li><b>Hold ").append(Html.escape(hp.getHoldId())).append("</b>: ").append(Html.escape(hp.getCustody()))
                        .append("<br/>Respondents: ").append(Html.escape(String.join("; ", hp.getRespondents())))
                        .append("<br/>District: ").append(Html.escape(hp.getDistricts().isEmpty() ? "not determined" : String.join(" or ", hp.getDistricts())))
                        .append(". ").append(Html.escape(hp.getDistrictNote()))
                        .append("<br/>Exhaustion: ").append(Html.escape(hp.getExhaustion()))
                        .append("<br/>State route: ").append(Html.escape(hp.getStateRoute())).append("</li>");
            }
            h.append("</ul>\n");
        }
        if (!r.getDeadlines().isEmpty()) {
            h.append("<h2>").append(n++).append(". Deadlines</h2>\n<ul>");
            for (CaseNotes.FilingDeadline d : r.getDeadlines()) {
                String when = d.getDate() != null ? d.getDate().toString() : "NOT_YET_RUNNING".equals(d.getStatus()) ? "not yet running" : "undetermined";
                h.append("<li><b>").append(Html.escape(org.writguard.engine.ActNow.label(d))).append(": ").append(Html.escape(when)).append("</b>")
                        .append(d.getPeriod() == null ? "" : " (" + Html.escape(d.getPeriod()) + ", " + Html.escape(d.getStatute()) + ")")
                        .append(d.isVerified() ? "" : " [not verified]").append(". ").append(Html.escape(d.getNote())).append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("<h2>").append(n).append(". Appendix: computed values and sources</h2>\n");
        List<Finding> all = new ArrayList<>(r.getFired());
        all.addAll(und);
        if (!all.isEmpty()) {
            h.append("<ul class=\"appendix\">");
            for (Finding f : all) appendix(h, f);
            h.append("</ul>\n");
        }
        h.append("<h3>Sources cited</h3>\n<ul>");
        h.append(CitationLabels.sourcesHtml(r));
        h.append("</ul>\n");
        notice(h, r);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void pointer(StringBuilder h, Finding f) {
        h.append("<div class=\"finding pointer\" data-code=\"").append(f.getCode().getNumber()).append("\"><span class=\"sev sev-")
                .append(f.getSeverity()).append("\">").append(f.getSeverity()).append("</span> <b>").append(f.getCode().getNumber())
                .append(' ').append(Html.escape(f.getCode().getTitle())).append("</b> on ").append(Html.escape(f.getSubjectKind().toLowerCase()))
                .append(' ').append(Html.escape(f.getSubjectId())).append(": see ").append(Html.escape(ReportWriter.remedySection(f)))
                .append(" below.</div>\n");
    }

    private static void citations(StringBuilder h, Finding f) {
        if (f.getCitations().isEmpty()) return;
        h.append("<br/><span class=\"small\">Citations: ").append(CitationLabels.html(f)).append("</span>");
        for (String note : f.getNotes()) h.append("<br/><span class=\"small\">Note: ").append(Html.escape(note)).append("</span>");
    }

    private static void appendix(StringBuilder h, Finding f) {
        h.append("<li class=\"small\"><b>").append(f.getCode().getNumber()).append(' ').append(f.getCode().name()).append("</b>")
                .append(f.getVariant() == null ? "" : " [" + Html.escape(f.getVariant()) + "]").append(" on ")
                .append(Html.escape(f.getSubjectKind().toLowerCase())).append(' ').append(Html.escape(f.getSubjectId()))
                .append(f.isFired() ? "" : " (undetermined)");
        String computed = ComputedLine.of(f);
        if (computed != null) {
            h.append("<br/>Computed: <span class=\"code\">").append(Html.escape(computed)).append("</span>");
        }
        Source s = f.getSource();
        if (s != null) {
            h.append("<br/>Decided by: <span class=\"code\">").append(Html.escape(s.getFile()));
            if (s.getSheet() != null) h.append('!').append(Html.escape(s.getSheet())).append(" row ").append(s.getRow());
            h.append("</span> (").append(Html.escape(s.getRule())).append(s.getHitPolicy() == null ? "" : ", hit policy " + s.getHitPolicy()).append(")");
            for (Source c : f.getConsulted()) {
                h.append("; consulted <span class=\"code\">").append(Html.escape(c.getFile()));
                if (c.getSheet() != null) h.append('!').append(Html.escape(c.getSheet())).append(" row ").append(c.getRow());
                h.append("</span>");
            }
        }
        h.append("</li>");
    }

    private static void finding(StringBuilder h, Finding f, Reading reading) {
        h.append("<div class=\"finding\" data-code=\"").append(f.getCode().getNumber()).append("\"><span class=\"sev sev-").append(f.getSeverity())
                .append("\">").append(f.getSeverity()).append("</span> <b>").append(f.getCode().getNumber()).append(' ')
                .append(Html.escape(f.getCode().getTitle())).append("</b>")
                .append(f.getVariant() == null ? "" : " [" + Html.escape(f.getVariant()) + "]").append(" on ")
                .append(Html.escape(f.getSubjectKind().toLowerCase())).append(' ').append(Html.escape(f.getSubjectId()))
                .append(" <span class=\"small\">(").append(f.isFired() ? "" : "undetermined, ").append("confidence ")
                .append(f.getConfidence()).append(")</span><br/>")
                .append(Html.escape(f.getExplanation()));
        if (!f.getMissingFacts().isEmpty()) h.append("<br/><i>").append(Html.escape(ReportWriter.questionRef(reading, f))).append("</i>");
        citations(h, f);
        h.append("</div>\n");
    }

    /** Each hold's picture with a caption in words (the PDF's text layer, and readers who cannot see the picture). */
    private static String timelines(CaseFile c, Report r) {
        StringBuilder sb = new StringBuilder();
        for (HoldTimeline.Model m : HoldTimeline.models(c, r)) {
            sb.append(HoldTimeline.svg(m, MEMO_TIMELINE_WIDTH)).append("<p class=\"small\">Hold ").append(Html.escape(m.holdId())).append(": ");
            List<String> parts = new ArrayList<>();
            for (HoldTimeline.Mark mk : m.marks()) parts.add(mk.label() + " " + mk.at());
            for (HoldTimeline.Limit l : m.limits()) parts.add("limit of " + l.label() + " at " + l.at() + (l.exceeded() ? " (exceeded)" : " (not reached)"));
            sb.append(Html.escape(String.join("; ", parts))).append(".</p>\n");
        }
        return sb.toString();
    }

    private static void meta(StringBuilder h, String k, Object v) {
        h.append("<tr><td><b>").append(k).append("</b></td><td>").append(Html.escape(v)).append("</td></tr>");
    }

    private static void notice(StringBuilder h, Report r) {
        h.append("<div class=\"notice\"><b>Not legal advice.</b> ").append(Html.escape(ReportWriter.notice(r))).append("</div>\n");
    }

    /** The value at a report path such as {@code holds[0].detainer.form}; "" when the case has none there. */
    static String value(JsonNode tree, String path) {
        JsonNode n = tree;
        String p = path.replaceFirst("\\s*\\(.*\\)$", "");
        for (String step : p.split("\\.")) {
            Matcher m = PATH_STEP.matcher(step);
            if (!m.matches() || n == null) return "";
            n = n.get(m.group(1));
            if (m.group(2) != null && n != null) n = n.get(Integer.parseInt(m.group(2)));
        }
        if (n == null || n.isMissingNode()) return "";
        String v = n.isValueNode() ? n.asText() : n.toString();
        return v.length() > 300 ? v.substring(0, 300) + "..." : v;
    }
}
