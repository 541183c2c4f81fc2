package org.writguard.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The parts of a report that make it readable to a lawyer rather than add to what it decides (issue 19 item 8):
 * the missing facts as plain questions, the chronology of the dated facts the findings relied on, the findings
 * left out of the human report because they cannot apply to the encounter, why no remedy was found, the state
 * habeas statute for a county hold, and the date the law tables are current to. Built by the engine from the
 * case and the tables; every list is copied and never null.
 */
public final class Reading {
    /** A question to put to the client or the file, and the UNDETERMINED findings its answer would settle. */
    public static final class Question {
        private final String question;
        private final String whereToLook;
        private final boolean analystSetting;
        private final List<String> factPaths;
        private final List<String> findings;

        /**
         * @param question      the question in plain words (for an analyst setting: what setting is missing)
         * @param whereToLook   where the answer is usually found; null when the table row says nothing
         * @param analystSetting true for a {@code parameters...} path: an analyst's setting, never asked of a client
         * @param factPaths     the fact paths the question stands for (as the findings name them)
         * @param findings      the findings it would settle ("F13 on hold h-1")
         */
        public Question(String question, String whereToLook, boolean analystSetting, List<String> factPaths,
                        List<String> findings) {
            this.question = question;
            this.whereToLook = whereToLook;
            this.analystSetting = analystSetting;
            this.factPaths = List.copyOf(factPaths);
            this.findings = List.copyOf(findings);
        }

        public String getQuestion() { return question; }
        public String getWhereToLook() { return whereToLook; }
        public boolean isAnalystSetting() { return analystSetting; }
        public List<String> getFactPaths() { return factPaths; }
        public List<String> getFindings() { return findings; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Question q && q.question.equals(question) && Objects.equals(q.whereToLook, whereToLook)
                    && q.analystSetting == analystSetting && q.factPaths.equals(factPaths) && q.findings.equals(findings);
        }

        @Override
        public int hashCode() { return Objects.hash(question, whereToLook, analystSetting, factPaths, findings); }

        @Override
        public String toString() { return "Question[" + question + ", " + factPaths + " -> " + findings + "]"; }
    }

    /** One dated fact of the case that a finding or deadline relied on. */
    public static final class Dated {
        private final String at;
        private final String what;
        private final String path;

        /** @param at the value as the case gives it (an ISO date or date-time) @param what the fact in words @param path its fact path */
        public Dated(String at, String what, String path) {
            this.at = at;
            this.what = what;
            this.path = path;
        }

        public String getAt() { return at; }
        public String getWhat() { return what; }
        public String getPath() { return path; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dated d && d.at.equals(at) && d.what.equals(what) && d.path.equals(path);
        }

        @Override
        public int hashCode() { return Objects.hash(at, what, path); }

        @Override
        public String toString() { return at + " " + what + " (" + path + ")"; }
    }

    /** An UNDETERMINED finding left out of the human report (it stays in the JSON findings), and why. */
    public static final class NotShown {
        private final String code;
        private final String subjectKind;
        private final String subjectId;
        private final String reason;

        public NotShown(String code, String subjectKind, String subjectId, String reason) {
            this.code = code;
            this.subjectKind = subjectKind;
            this.subjectId = subjectId;
            this.reason = reason;
        }

        public String getCode() { return code; }
        public String getSubjectKind() { return subjectKind; }
        public String getSubjectId() { return subjectId; }
        public String getReason() { return reason; }

        @Override
        public boolean equals(Object o) {
            return o instanceof NotShown n && n.code.equals(code) && Objects.equals(n.subjectKind, subjectKind)
                    && Objects.equals(n.subjectId, subjectId) && n.reason.equals(reason);
        }

        @Override
        public int hashCode() { return Objects.hash(code, subjectKind, subjectId, reason); }

        @Override
        public String toString() { return "NotShown[" + code + " " + subjectKind + " " + subjectId + ": " + reason + "]"; }
    }

    /** Nothing to add (a report made without the engine's reading, e.g. by an embedder's own code). */
    public static final Reading EMPTY = new Reading(List.of(), List.of(), List.of(), List.of(), null);

    private final List<Question> questions;
    private final List<Dated> chronology;
    private final List<NotShown> notShown;
    private final List<String> noRemedyReasons;
    private final LocalDate lawCurrentTo;

    public Reading(List<Question> questions, List<Dated> chronology, List<NotShown> notShown,
                   List<String> noRemedyReasons, LocalDate lawCurrentTo) {
        this.questions = questions == null ? List.of() : List.copyOf(questions);
        this.chronology = chronology == null ? List.of() : List.copyOf(chronology);
        this.notShown = notShown == null ? List.of() : List.copyOf(notShown);
        this.noRemedyReasons = noRemedyReasons == null ? List.of() : List.copyOf(noRemedyReasons);
        this.lawCurrentTo = lawCurrentTo;
    }

    /** The missing facts of the shown UNDETERMINED findings as questions, each once, facts before analyst settings. */
    public List<Question> getQuestions() { return questions; }
    /** The dated facts the findings and deadlines relied on, earliest first. */
    public List<Dated> getChronology() { return chronology; }
    /** UNDETERMINED findings that cannot apply to the encounter on the case's own facts (not printed). */
    public List<NotShown> getNotShown() { return notShown; }
    /** Why no remedy was found, when none was (empty otherwise). */
    public List<String> getNoRemedyReasons() { return noRemedyReasons; }
    /** The latest date on which a row of the law tables was verified; null when no row says. */
    public LocalDate getLawCurrentTo() { return lawCurrentTo; }

    /** Whether a finding (by code name, subject kind and id) is one left out of the human report. */
    public boolean isNotShown(String code, String subjectKind, String subjectId) {
        for (NotShown n : notShown) {
            if (n.code.equals(code) && Objects.equals(n.subjectKind, subjectKind) && Objects.equals(n.subjectId, subjectId)) return true;
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reading r && r.questions.equals(questions) && r.chronology.equals(chronology)
                && r.notShown.equals(notShown) && r.noRemedyReasons.equals(noRemedyReasons)
                && Objects.equals(r.lawCurrentTo, lawCurrentTo);
    }

    @Override
    public int hashCode() { return Objects.hash(questions, chronology, notShown, noRemedyReasons, lawCurrentTo); }

    @Override
    public String toString() {
        return "Reading[questions=" + questions + ", chronology=" + chronology + ", notShown=" + notShown
                + ", noRemedyReasons=" + noRemedyReasons + ", lawCurrentTo=" + lawCurrentTo + "]";
    }
}
