package org.writguard.internal.topics.remedies;

import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.RemedyObjective;
import org.writguard.facts.RemedyRequest;
import org.writguard.facts.RequestedRemedy;
import org.writguard.facts.RespondentType;
import org.writguard.internal.tables.RowHit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The case-level remedy question (DOMAIN.md 6.6 remedy_request, 12.12: one matter per case): what was asked
 * for, against whom, and whether the person is in custody. F27 and F28 are about this request.
 */
public final class RemedyContext {
    /** Subject id of the request-level findings F27/F28 (DOMAIN.md 12.13). */
    public static final String SUBJECT_KIND = "REMEDY_REQUEST";
    public static final String SUBJECT_ID = "remedy_request";

    RemedyRequest request;
    Tracked inCustody = Tracked.no();
    final Map<String, RowHit> alternatives = new LinkedHashMap<>();

    public RemedyRequest getRequest() { return request; }
    public boolean isRequested() { return request != null; }
    public Tracked getInCustody() { return inCustody; }

    public Tri getMandamus() {
        if (request == null) return Tri.NO;
        return request.getRequestedRemedy() == null ? Tri.UNKNOWN : Tri.of(request.getRequestedRemedy() == RequestedRemedy.MANDAMUS);
    }

    public RemedyObjective getObjective() { return request == null ? null : request.getObjective(); }

    /** objective ∈ {RELEASE_FROM_CUSTODY, BOND_HEARING} (DOMAIN.md 7-E F26, F27). */
    public boolean isReleaseObjective() {
        RemedyObjective o = getObjective();
        return o == RemedyObjective.RELEASE_FROM_CUSTODY || o == RemedyObjective.BOND_HEARING;
    }

    public boolean isStopRemovalObjective() { return getObjective() == RemedyObjective.STOP_REMOVAL; }

    public RespondentType getRespondentType() { return request == null ? null : request.getRespondentType(); }

    public boolean isStateOrLocalRespondent() { return getRespondentType() == RespondentType.STATE_OR_LOCAL_OFFICER; }

    public String field(String name) { return request == null ? "remedy_request" : request.field(name); }

    /** The adequate-alternatives row for a situation (CUSTODY, REMOVAL_ORDER, ...), or null. */
    public RowHit alternative(String situation) { return alternatives.get(situation); }

    /** Whether the alternatives table says this situation's route defeats mandamus. */
    public boolean defeatsMandamus(String situation) {
        RowHit h = alternatives.get(situation);
        return h != null && Boolean.TRUE.equals(h.bool(RemediesTables.DEFEATS_MANDAMUS));
    }

    /** The alternatives table says habeas defeats mandamus for custody (DOMAIN.md 5.1). */
    public boolean isHabeasAdequate() { return defeatsMandamus("CUSTODY"); }

    /** The alternatives table says a petition for review defeats mandamus against removal (§ 1252(a)(5)). */
    public boolean isPetitionForReviewAdequate() { return defeatsMandamus("REMOVAL_ORDER"); }

    public String route(String situation) {
        RowHit h = alternatives.get(situation);
        return h == null ? null : h.text(RemediesTables.ROUTE);
    }

    public String forum(String situation) {
        RowHit h = alternatives.get(situation);
        return h == null ? null : h.text(RemediesTables.FORUM);
    }
}
