package org.writguard.internal.topics.state;

import org.writguard.internal.engine.Tracked;
import org.writguard.facts.Agency;
import org.writguard.findings.Confidence;
import org.writguard.internal.tables.RowHit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency's standing under a state law about 287(g) agreements: a ban it breaches (F20) or a mandate it
 * does not meet (F22), worked out at every function-event date and at the evaluation date (DOMAIN.md 8.5).
 */
public final class AgencyOverlay {
    /** Which finding this is about. */
    public enum Kind { BAN, MANDATE }

    private final Kind kind;
    private final Agency agency;
    private final Overlay overlay;
    private final Tracked status;
    private final Confidence confidence;
    private final String variant;
    private final String explanation;
    private final List<String> notes;
    private final Map<String, Object> computed = new LinkedHashMap<>();

    AgencyOverlay(Kind kind, Agency agency, Overlay overlay, Tracked status, Confidence confidence, String variant,
                  String explanation, List<String> notes) {
        this.kind = kind;
        this.agency = agency;
        this.overlay = overlay;
        this.status = status;
        this.confidence = confidence;
        this.variant = variant;
        this.explanation = explanation;
        this.notes = notes;
    }

    AgencyOverlay computed(String key, Object value) { computed.put(key, value); return this; }

    public boolean isBan() { return kind == Kind.BAN; }
    public boolean isMandate() { return kind == Kind.MANDATE; }
    public Tracked getStatus() { return status; }
    public String getAgencyId() { return agency.getAgencyId(); }
    public RowHit getRow() { return overlay.row(); }
    public Confidence getConfidence() { return confidence; }
    public String getVariant() { return variant; }
    public String getExplanation() { return explanation; }
    public List<String> getNotes() { return notes; }
    public Map<String, Object> getComputed() { return computed; }

    public String[] usedFacts() {
        List<String> used = new java.util.ArrayList<>(status.usedFacts());
        used.add(agency.getPath() + ".state");
        used.add(agency.getPath() + ".moas");
        return used.toArray(new String[0]);
    }

    @Override
    public String toString() { return kind + " " + agency.getAgencyId() + " " + status + " " + overlay.row().rule(); }
}
