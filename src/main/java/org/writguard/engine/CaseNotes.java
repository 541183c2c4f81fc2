package org.writguard.engine;


import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What topics learn about a case that belongs to the report rather than to one rule: where a hold's state came
 * from when the case did not give it (DOMAIN.md 13.8), and moments that are still ahead of the person and call
 * for action (DOMAIN.md 13.16: a probable-cause determination due while the hold is still running).
 * One per assessment, shared through the engine's assessment context and inserted into the session.
 */
public final class CaseNotes {
    /** Something that must happen by a moment still ahead at {@code as_of}. */
    public static final class TimeCritical {
        private final String kind;
        private final String subjectKind;
        private final String subjectId;
        private final OffsetDateTime dueAt;
        private final String explanation;
        private final String basis;

        public TimeCritical(String kind, String subjectKind, String subjectId, OffsetDateTime dueAt, String explanation, String basis) {
            this.kind = kind;
            this.subjectKind = subjectKind;
            this.subjectId = subjectId;
            this.dueAt = dueAt;
            this.explanation = explanation;
            this.basis = basis;
        }

        public String getKind() { return kind; }
        public String getSubjectKind() { return subjectKind; }
        public String getSubjectId() { return subjectId; }
        public OffsetDateTime getDueAt() { return dueAt; }
        public String getExplanation() { return explanation; }
        public String getBasis() { return basis; }

        @Override
        public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof TimeCritical o)) return false;
            return java.util.Objects.equals(kind, o.kind) && java.util.Objects.equals(subjectKind, o.subjectKind) && java.util.Objects.equals(subjectId, o.subjectId) && java.util.Objects.equals(dueAt, o.dueAt) && java.util.Objects.equals(explanation, o.explanation) && java.util.Objects.equals(basis, o.basis);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(kind, subjectKind, subjectId, dueAt, explanation, basis); }

        @Override
        public String toString() { return "TimeCritical[kind=" + kind + ", subjectKind=" + subjectKind + ", subjectId=" + subjectId + ", dueAt=" + dueAt + ", explanation=" + explanation + ", basis=" + basis + "]"; }
    }

    /**
     * A filing deadline computed from a table row and the facts (issue 19): kind (SECTION_1983_LIMITATIONS,
     * NOTICE_OF_CLAIM), the subject it runs for, the date (null when the start is unknown or has not come),
     * status (COMPUTED, NOT_YET_RUNNING, UNDETERMINED), the period and statute, the fact it runs from, the
     * facts missing, the table row it came from, whether that row is verified, and a note for the reader.
     */
    public static final class FilingDeadline {
        private final String kind;
        private final String subjectKind;
        private final String subjectId;
        private final java.time.LocalDate date;
        private final String status;
        private final String period;
        private final String statute;
        private final String from;
        private final List<String> missing;
        private final String source;
        private final boolean verified;
        private final String note;

        public FilingDeadline(String kind, String subjectKind, String subjectId, java.time.LocalDate date, String status, String period, String statute, String from, List<String> missing, String source, boolean verified, String note) {

            missing = missing == null ? List.of() : List.copyOf(missing);
            this.kind = kind;
            this.subjectKind = subjectKind;
            this.subjectId = subjectId;
            this.date = date;
            this.status = status;
            this.period = period;
            this.statute = statute;
            this.from = from;
            this.missing = missing;
            this.source = source;
            this.verified = verified;
            this.note = note;
        }

        public String getKind() { return kind; }
        public String getSubjectKind() { return subjectKind; }
        public String getSubjectId() { return subjectId; }
        public java.time.LocalDate getDate() { return date; }
        public String getStatus() { return status; }
        public String getPeriod() { return period; }
        public String getStatute() { return statute; }
        public String getFrom() { return from; }
        public List<String> getMissing() { return missing; }
        public String getSource() { return source; }
        public boolean isVerified() { return verified; }
        public String getNote() { return note; }

        @Override
        public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof FilingDeadline o)) return false;
            return java.util.Objects.equals(kind, o.kind) && java.util.Objects.equals(subjectKind, o.subjectKind) && java.util.Objects.equals(subjectId, o.subjectId) && java.util.Objects.equals(date, o.date) && java.util.Objects.equals(status, o.status) && java.util.Objects.equals(period, o.period) && java.util.Objects.equals(statute, o.statute) && java.util.Objects.equals(from, o.from) && java.util.Objects.equals(missing, o.missing) && java.util.Objects.equals(source, o.source) && java.util.Objects.equals(verified, o.verified) && java.util.Objects.equals(note, o.note);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(kind, subjectKind, subjectId, date, status, period, statute, from, missing, source, verified, note); }

        @Override
        public String toString() { return "FilingDeadline[kind=" + kind + ", subjectKind=" + subjectKind + ", subjectId=" + subjectId + ", date=" + date + ", status=" + status + ", period=" + period + ", statute=" + statute + ", from=" + from + ", missing=" + missing + ", source=" + source + ", verified=" + verified + ", note=" + note + "]"; }
    }

    /**
     * Habeas practice for a hold whose custody may still be running (issue 19 item 5): who holds the person,
     * the respondents to name, the federal districts that may hear the petition (and the table rows that said
     * so), the exhaustion point and the state-court route.
     */
    public static final class HabeasPractice {
        private final String holdId;
        private final String custody;
        private final List<String> respondents;
        private final List<String> districts;
        private final String districtNote;
        private final List<String> districtSources;
        private final String exhaustion;
        private final String stateRoute;

        public HabeasPractice(String holdId, String custody, List<String> respondents, List<String> districts, String districtNote, List<String> districtSources, String exhaustion, String stateRoute) {

            respondents = List.copyOf(respondents);
            districts = List.copyOf(districts);
            districtSources = List.copyOf(districtSources);
            this.holdId = holdId;
            this.custody = custody;
            this.respondents = respondents;
            this.districts = districts;
            this.districtNote = districtNote;
            this.districtSources = districtSources;
            this.exhaustion = exhaustion;
            this.stateRoute = stateRoute;
        }

        public String getHoldId() { return holdId; }
        public String getCustody() { return custody; }
        public List<String> getRespondents() { return respondents; }
        public List<String> getDistricts() { return districts; }
        public String getDistrictNote() { return districtNote; }
        public List<String> getDistrictSources() { return districtSources; }
        public String getExhaustion() { return exhaustion; }
        public String getStateRoute() { return stateRoute; }

        @Override
        public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof HabeasPractice o)) return false;
            return java.util.Objects.equals(holdId, o.holdId) && java.util.Objects.equals(custody, o.custody) && java.util.Objects.equals(respondents, o.respondents) && java.util.Objects.equals(districts, o.districts) && java.util.Objects.equals(districtNote, o.districtNote) && java.util.Objects.equals(districtSources, o.districtSources) && java.util.Objects.equals(exhaustion, o.exhaustion) && java.util.Objects.equals(stateRoute, o.stateRoute);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(holdId, custody, respondents, districts, districtNote, districtSources, exhaustion, stateRoute); }

        @Override
        public String toString() { return "HabeasPractice[holdId=" + holdId + ", custody=" + custody + ", respondents=" + respondents + ", districts=" + districts + ", districtNote=" + districtNote + ", districtSources=" + districtSources + ", exhaustion=" + exhaustion + ", stateRoute=" + stateRoute + "]"; }
    }

    private final Map<String, String> holdStateSources = new LinkedHashMap<>();
    private final List<TimeCritical> timeCritical = new ArrayList<>();
    private final List<FilingDeadline> deadlines = new ArrayList<>();
    private final List<HabeasPractice> habeas = new ArrayList<>();

    public void deadline(FilingDeadline d) { deadlines.add(d); }

    public List<FilingDeadline> deadlines() { return deadlines; }

    public void habeas(HabeasPractice h) { habeas.add(h); }

    public List<HabeasPractice> habeas() { return habeas; }

    /** A hold without facility_state whose state was taken from its agency: says which agency and from where. */
    public void holdStateSource(String holdId, String source) { holdStateSources.put(holdId, source); }

    public Map<String, String> holdStateSources() { return holdStateSources; }

    public void timeCritical(TimeCritical item) { timeCritical.add(item); }

    public List<TimeCritical> timeCritical() { return timeCritical; }
}
