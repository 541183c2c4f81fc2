package org.writguard.engine;

import org.writguard.internal.engine.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What topics learn about a case that belongs to the report rather than to one rule: where a hold's state came
 * from when the case did not give it (DOMAIN.md 13.8), and moments that are still ahead of the person and call
 * for action (DOMAIN.md 13.16: a probable-cause determination due while the hold is still running).
 * One per assessment, shared through the {@link AssessmentContext} and inserted into the session.
 */
public final class CaseNotes {
    /** Something that must happen by a moment still ahead at {@code as_of}. */
    public record TimeCritical(String kind, String subjectKind, String subjectId, OffsetDateTime dueAt,
                               String explanation, String basis) { }

    /**
     * A filing deadline computed from a table row and the facts (issue 19): kind (SECTION_1983_LIMITATIONS,
     * NOTICE_OF_CLAIM), the subject it runs for, the date (null when the start is unknown or has not come),
     * status (COMPUTED, NOT_YET_RUNNING, UNDETERMINED), the period and statute, the fact it runs from, the
     * facts missing, the table row it came from, whether that row is verified, and a note for the reader.
     */
    public record FilingDeadline(String kind, String subjectKind, String subjectId, java.time.LocalDate date,
                                 String status, String period, String statute, String from, List<String> missing,
                                 String source, boolean verified, String note) {
        public FilingDeadline {
            missing = missing == null ? List.of() : List.copyOf(missing);
        }
    }

    /**
     * Habeas practice for a hold whose custody may still be running (issue 19 item 5): who holds the person,
     * the respondents to name, the federal districts that may hear the petition (and the table rows that said
     * so), the exhaustion point and the state-court route.
     */
    public record HabeasPractice(String holdId, String custody, List<String> respondents, List<String> districts,
                                 String districtNote, List<String> districtSources, String exhaustion,
                                 String stateRoute) {
        public HabeasPractice {
            respondents = List.copyOf(respondents);
            districts = List.copyOf(districts);
            districtSources = List.copyOf(districtSources);
        }
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
