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
 * One per assessment, shared through the {@link AssessmentContext} and inserted into the session.
 */
public final class CaseNotes {
    /** Something that must happen by a moment still ahead at {@code as_of}. */
    public record TimeCritical(String kind, String subjectKind, String subjectId, OffsetDateTime dueAt,
                               String explanation, String basis) { }

    private final Map<String, String> holdStateSources = new LinkedHashMap<>();
    private final List<TimeCritical> timeCritical = new ArrayList<>();

    /** A hold without facility_state whose state was taken from its agency: says which agency and from where. */
    public void holdStateSource(String holdId, String source) { holdStateSources.put(holdId, source); }

    public Map<String, String> holdStateSources() { return holdStateSources; }

    public void timeCritical(TimeCritical item) { timeCritical.add(item); }

    public List<TimeCritical> timeCritical() { return timeCritical; }
}
