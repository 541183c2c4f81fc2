package org.writguard.findings;

import java.util.Objects;

/**
 * One authority a finding cites, resolved from the authorities table (decision-tables/remedies/authorities.drl.xlsx)
 * and labelled for the matter the report is about (issue 19 item 3): whether it binds the courts of the matter's
 * circuit and state, persuades only, or is not law at all (agency guidance, an agreement's terms).
 *
 * <p>{@link #getCitation()} is the citation as printed, with the pinpoint the finding cites
 * ({@link Finding#getCitations()} lists the same strings, for compatibility).
 */
public final class Authority {
    /** How far an authority binds in the matter, most binding first (the report's order). */
    public enum Weight {
        /** Binds the courts of the matter (the Supreme Court, federal law, the matter's circuit or state). */
        BINDING,
        /** Binds only in a circuit or state the matter may or may not belong to (several, or none known). */
        BINDING_ELSEWHERE_OR_UNKNOWN,
        /** A court of appeals or state court elsewhere, a district court, an agency decision. */
        PERSUASIVE,
        /** A 287(g) agreement's terms: they bind ICE and the agency, they are not law. */
        AGREEMENT,
        /** Agency guidance or policy: not law. */
        GUIDANCE
    }

    private final String id;
    private final String citation;
    private final String shortName;
    private final String kind;
    private final String court;
    private final String jurisdiction;
    private final String decided;
    private final String laterHistory;
    private final boolean verified;
    private final Weight weight;
    private final String label;

    /** An authority as the engine resolves it; embedders read these from {@link Finding#getAuthorities()}. */
    public Authority(String id, String citation, String shortName, String kind, String court, String jurisdiction,
                     String decided, String laterHistory, boolean verified, Weight weight, String label) {
        this.id = Objects.requireNonNull(id, "id");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.shortName = shortName;
        this.kind = kind;
        this.court = court;
        this.jurisdiction = jurisdiction;
        this.decided = decided;
        this.laterHistory = laterHistory;
        this.verified = verified;
        this.weight = Objects.requireNonNull(weight, "weight");
        this.label = Objects.requireNonNull(label, "label");
    }

    /** The authorities table's id, e.g. {@code galarza-2014}. */
    public String getId() { return id; }
    /** The full citation as printed, with the finding's pinpoint (e.g. {@code 8 U.S.C. § 1357(g)(5)}). */
    public String getCitation() { return citation; }
    /** How the text refers to it (e.g. {@code Galarza}). */
    public String getShortName() { return shortName; }
    /** SUPREME_COURT, INTERIM_ORDER, COURT_OF_APPEALS, DISTRICT_COURT, STATE_HIGH_COURT, STATE_COURT, AGENCY_DECISION,
     *  CONSTITUTION, STATUTE, REGULATION, STATE_STATUTE, AGREEMENT or GUIDANCE. */
    public String getKind() { return kind; }
    /** The court or body (e.g. {@code 3d Cir.}, {@code D. Or.}, {@code Congress}). */
    public String getCourt() { return court; }
    /** Whose courts it binds: US, C1..C11, DC, FED, or a USPS state code (where a district court sits). */
    public String getJurisdiction() { return jurisdiction; }
    /** Decision or enactment date (ISO), or null when the table has none. */
    public String getDecided() { return decided; }
    /** Later history found (withdrawn, amended, vacated ...), or null when none was found. */
    public String getLaterHistory() { return laterHistory; }
    /** Whether the table row was checked against the source (docs/legal-sources.md). */
    public boolean isVerified() { return verified; }
    /** How far it binds in this matter; the report orders citations by it. */
    public Weight getWeight() { return weight; }
    /** The label printed with the citation: {@code binding}, {@code binding in C3}, {@code persuasive}, ... */
    public String getLabel() { return label; }
    /** Whether it binds the courts of this matter. */
    public boolean isBinding() { return weight == Weight.BINDING; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Authority a)) return false;
        return verified == a.verified && id.equals(a.id) && citation.equals(a.citation) && Objects.equals(shortName, a.shortName)
                && Objects.equals(kind, a.kind) && Objects.equals(court, a.court) && Objects.equals(jurisdiction, a.jurisdiction)
                && Objects.equals(decided, a.decided) && Objects.equals(laterHistory, a.laterHistory) && weight == a.weight
                && label.equals(a.label);
    }

    @Override
    public int hashCode() { return Objects.hash(id, citation, weight, label); }

    @Override
    public String toString() { return citation + " [" + label + "]"; }
}
