package org.writguard.internal.topics.state;

import org.writguard.internal.engine.Tracked;
import org.writguard.findings.Confidence;
import org.writguard.internal.tables.RowHit;

import java.util.ArrayList;
import java.util.List;

/**
 * An act that a state overlay row in effect on its date speaks to (DOMAIN.md F19, F21). {@code status} is
 * YES when the act happened and no exception of the row applies, UNKNOWN when a deciding fact is missing.
 */
public final class ActOverlay {
    private final Act act;
    private final Overlay overlay;
    private final Tracked status;

    ActOverlay(Act act, Overlay overlay, Tracked status) {
        this.act = act;
        this.overlay = overlay;
        this.status = status;
    }

    /** PROHIBITED rows give F19. */
    public boolean isProhibition() { return "PROHIBITED".equals(overlay.ruleType()); }
    /** NO_STATE_AUTHORITY rows give F21. */
    public boolean isNoAuthority() { return "NO_STATE_AUTHORITY".equals(overlay.ruleType()); }

    public Tracked getStatus() { return status; }
    public String getSubjectKind() { return act.kind(); }
    public String getSubjectId() { return act.id(); }
    public String getActionCode() { return act.code().name(); }
    public String getState() { return act.state(); }
    public RowHit getRow() { return overlay.row(); }
    public List<String> getDelegationEvents() { return act.delegationEvents(); }
    /** The custody rests on a warrant a 287(g) officer served (F21: a delegation may cover the act). */
    public boolean isHeldUnder287g() { return act.heldUnder287g(); }
    public Confidence getConfidence() { return overlay.confidence(act.day()); }
    public String getLowConfidenceNote() { return overlay.lowConfidenceNote(act.day()); }
    public String getDay() { return act.day().toString(); }

    public String[] usedFacts() {
        List<String> used = new ArrayList<>(status.usedFacts());
        if (act.event() != null) used.add(act.path() + ".at");
        return used.toArray(new String[0]);
    }

    public List<String> missingFacts() { return status.missingFacts(); }

    /** One or two sentences: what was done, where and when, and the law that forbids it or denies authority. */
    public String explanation() {
        String law = overlay.instrument() + " (" + act.state() + (overlay.declared()
                ? ", declaring what state law always was" : ", in force from " + overlay.effectiveFrom()) + ")";
        String head = "On " + act.day() + ", " + act.what() + " in " + act.state();
        if (isNoAuthority()) {
            return head + ": " + law + " gives state and local officers no authority to make a civil immigration arrest"
                    + " or hold someone on a civil detainer (" + act.code() + ").";
        }
        return head + ": " + law + " prohibits " + act.code() + "."
                + (overlay.exceptions().isEmpty() ? "" : " Exceptions " + overlay.exceptions() + " do not apply.");
    }

    /** For UNDETERMINED: which exception facts or act facts are unknown. */
    public String undeterminedExplanation() {
        String law = overlay.instrument() + (isNoAuthority() ? " denies state authority for " : " prohibits ")
                + act.code() + " in " + act.state();
        return "On " + act.day() + ", " + act.what() + ": " + law
                + (overlay.exceptions().isEmpty() ? "" : " unless " + overlay.exceptions() + " applies")
                + "; the facts that decide it are not recorded.";
    }

    @Override
    public String toString() { return act.kind() + ":" + act.id() + " " + act.code() + " " + status + " " + overlay.row().rule(); }
}
