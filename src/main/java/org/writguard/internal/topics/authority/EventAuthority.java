package org.writguard.internal.topics.authority;

import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Model;
import org.writguard.facts.Moa;
import org.writguard.facts.Officer;
import org.writguard.internal.tables.RowHit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the authority rules (F01-F06, F10d) need to know about one function event, worked out
 * from the facts and the model-function matrix. Unknown facts stay unknown ({@link Tracked}).
 */
public final class EventAuthority {
    FunctionEvent event;
    Officer officer;
    Agency agency;
    Encounter encounter;
    LocalDate day;
    boolean delegable;
    Tri claimedMoa;
    MoaState moaState;
    Moa nearestMoa;
    Set<Model> activeModels;
    Model modelUsed;
    Moa moaUsed;
    Tracked certValid;
    String certVariant;
    Tracked tfmLapsed;
    LocalDate tfmExpiry;
    Tracked refresherOverdue;
    Integer refresherMonths;
    Long monthsSinceTraining;
    Tracked outOfScope;
    String scopeReason;
    RowHit scopeRow;
    Tracked outsideJail;
    boolean jailOnlyModels;
    Tracked noSupervision;
    Long contactMinutes;
    Integer contactMaxMinutes;
    String contactParamOrigin;
    boolean arrestLike;
    Tracked notRemovedPendingAllegation;
    /**
     * DOMAIN.md 8.2 and 13.15: whether the officer had a valid delegation for this act, judged objectively (a current
     * certification for an active agreement whose model allows the act there and then), whatever was claimed.
     */
    Tracked validDelegation;
    /** DOMAIN.md 13.1: a hold linked to the event's encounter is still running at as_of (F01 CRITICAL). */
    boolean ongoing;
    Double tfmMinYears;

    public FunctionEvent getEvent() { return event; }
    public String getEventId() { return event.getEventId(); }
    public String getPath() { return event.getPath(); }
    public String getFunctionCode() { return event.getFunctionCode() == null ? null : event.getFunctionCode().name(); }
    public Officer getOfficer() { return officer; }
    public Agency getAgency() { return agency; }
    public String getAgencyId() { return agency == null ? null : agency.getAgencyId(); }
    public Encounter getEncounter() { return encounter; }
    public String getEncounterId() { return event.getEncounterId(); }
    public LocalDate getDay() { return day; }
    /** The function needs a 287(g) delegation (DOMAIN.md 8.2; status questions only when claimed under 287(g)). */
    public boolean isDelegable() { return delegable; }
    /** claimed_authority = MOA_287G. */
    public Tri getClaimedMoa() { return claimedMoa; }
    public MoaState getMoaState() { return moaState; }
    public Moa getNearestMoa() { return nearestMoa; }
    public Set<Model> getActiveModels() { return activeModels; }
    public boolean isAnyActiveMoa() { return moaState == MoaState.ACTIVE; }
    public Model getModelUsed() { return modelUsed; }
    public boolean isTfm() { return modelUsed == Model.TFM; }
    public Tracked getCertValid() { return certValid; }
    public String getCertVariant() { return certVariant; }
    public Tracked getTfmLapsed() { return tfmLapsed; }
    public LocalDate getTfmExpiry() { return tfmExpiry; }
    public Tracked getRefresherOverdue() { return refresherOverdue; }
    public Integer getRefresherMonths() { return refresherMonths; }
    public Long getMonthsSinceTraining() { return monthsSinceTraining; }
    public Tracked getOutOfScope() { return outOfScope; }
    public String getScopeReason() { return scopeReason; }
    public RowHit getScopeRow() { return scopeRow; }
    public Tracked getOutsideJail() { return outsideJail; }
    /** The agency's active agreements are all jail-only models (JEM, WSO). */
    public boolean isJailOnlyModels() { return jailOnlyModels; }
    public Tracked getNoSupervision() { return noSupervision; }
    public Long getContactMinutes() { return contactMinutes; }
    public Integer getContactMaxMinutes() { return contactMaxMinutes; }
    public String getContactParamOrigin() { return contactParamOrigin; }
    /** The event is, or coincides with, an arrest. */
    public boolean isArrestLike() { return arrestLike; }
    public Tracked getNotRemovedPendingAllegation() { return notRemovedPendingAllegation; }
    public Tracked getValidDelegation() { return validDelegation; }
    public boolean isOngoing() { return ongoing; }
    /** The TFM nominee's minimum years of experience (parameter tfm_min_years_experience). */
    public Double getTfmMinYears() { return tfmMinYears; }

    public String getOfficerId() { return officer == null ? event.getOfficerId() : officer.getOfficerId(); }

    /** Paths the event's own facts live at, for facts_used. */
    public String field(String name) { return dot() + name; }

    /** The event's path and a dot, the prefix of {@link #field}'s paths (made once per event). */
    public String dot() {
        String d = dot;
        if (d == null) dot = d = event.getPath() + ".";
        return d;
    }

    private String dot;

    public List<String> eventFacts(String... names) {
        return java.util.Arrays.stream(names).map(this::field).toList();
    }
}
