package org.writguard.internal.topics.encounter;

import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Arrest;
import org.writguard.facts.ArrestType;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionCode;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.HomeEntry;
import org.writguard.facts.ImmigrationInquiry;
import org.writguard.facts.InitialBasis;
import org.writguard.facts.LocationType;
import org.writguard.facts.SuspicionFactor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the encounter rules (F23-F25, DOMAIN.md 7-D) need about one street or jail encounter. Unknown
 * facts stay unknown (DOMAIN.md 12.5), so a condition that depends on them is UNDETERMINED.
 */
public final class EncounterReview {
    private static final Set<InitialBasis> STOPS = EnumSet.of(InitialBasis.TRAFFIC_INFRACTION, InitialBasis.CRIMINAL_RS);
    private static final Set<SuspicionFactor> ETHNIC = EnumSet.of(SuspicionFactor.APPARENT_ETHNICITY,
            SuspicionFactor.LANGUAGE_OR_ACCENT);
    /** Factors that cannot lift ethnicity out of being the predominant basis (F24 SOLE_OR_PREDOMINANT). */
    private static final Set<SuspicionFactor> WEAK = EnumSet.of(SuspicionFactor.APPARENT_ETHNICITY,
            SuspicionFactor.LANGUAGE_OR_ACCENT, SuspicionFactor.LOCATION_TYPE, SuspicionFactor.OCCUPATION);
    private static final Set<ArrestType> IMMIGRATION_ARRESTS = EnumSet.of(ArrestType.CIVIL_IMMIGRATION_WARRANTLESS,
            ArrestType.CIVIL_IMMIGRATION_ON_ADMIN_WARRANT, ArrestType.CRIMINAL_IMMIGRATION);

    Encounter encounter;
    Tracked prolonged = Tracked.no();
    Double minutesPastMission;
    Double extensionMinutes;
    OffsetDateTime seizureEnd;
    Tracked ethnicity = Tracked.no();
    boolean soleOrPredominant;
    List<String> factors = List.of();
    Tracked homeEntry = Tracked.no();

    public static EncounterReview of(Encounter e) {
        EncounterReview x = new EncounterReview();
        x.encounter = e;
        x.stop(e);
        x.suspicion(e);
        x.home(e);
        return x;
    }

    /** F23 (Rodriguez): a traffic or reasonable-suspicion stop kept going past its mission for an immigration inquiry. */
    private void stop(Encounter e) {
        InitialBasis basis = e.getInitialBasis();
        Tracked isStop = basis == null ? Tracked.of(Tri.UNKNOWN).miss(e, "initial_basis")
                : Tracked.of(Tri.of(STOPS.contains(basis))).use(e, "initial_basis");
        if (isStop.isNo()) return;
        ImmigrationInquiry q = e.getImmigrationInquiry();
        Tracked made = Tracked.fact(q == null ? null : q.getMade(), e, "immigration_inquiry.made");
        Arrest a = e.getArrest();
        String endPath;
        if (e.getSeizureEndedAt() != null) {
            seizureEnd = e.getSeizureEndedAt();
            endPath = e.field("seizure_ended_at");
        } else {
            seizureEnd = a == null ? null : a.getAt();
            endPath = e.field("arrest.at");
        }
        OffsetDateTime mission = e.getMissionCompletedAt();
        Tracked byTimes;
        if (seizureEnd != null && mission != null) {
            Duration past = Duration.between(mission.toInstant(), seizureEnd.toInstant());
            minutesPastMission = round2(past.getSeconds() / 60.0 + past.getNano() / 6.0e10);
            // No de minimis tolerance: Rodriguez rejected it, so any time past the mission counts.
            byTimes = Tracked.of(Tri.of(!past.isNegative() && !past.isZero()))
                    .use(e, "mission_completed_at").use(endPath);
        } else {
            byTimes = Tracked.of(Tri.UNKNOWN);
            if (mission == null) byTimes.miss(e, "mission_completed_at");
            if (seizureEnd == null) byTimes.miss(e, "seizure_ended_at").miss(e, "arrest.at");
        }
        Double ext = q == null ? null : q.getExtensionMinutesAttributable();
        extensionMinutes = ext;
        // extension_minutes_attributable is an optional direct measure: absent, it adds nothing.
        Tracked byExtension = ext == null ? Tracked.no()
                : Tracked.of(Tri.of(ext > 0)).use(e, "immigration_inquiry.extension_minutes_attributable");
        if (ext == null && byTimes.isUnknown()) byTimes.miss(e, "immigration_inquiry.extension_minutes_attributable");
        Tracked noRs = Tracked.fact(e.getIndependentRsDocumentedAtExtension(),
                e.field("independent_rs_documented_at_extension")).not();
        prolonged = isStop.and(made).and(byTimes.or(byExtension)).and(noRs);
    }

    /** F24: apparent ethnicity or language among the reasons for suspicion. */
    private void suspicion(Encounter e) {
        List<SuspicionFactor> list = e.getSuspicionFactors();
        if (list == null) {
            // Unknown factors matter only where immigration suspicion was acted on.
            if (immigrationSuspicionActedOn(e)) ethnicity = Tracked.of(Tri.UNKNOWN).miss(e, "suspicion_factors");
            return;
        }
        factors = list.stream().map(Enum::name).toList();
        boolean ethnic = list.stream().anyMatch(ETHNIC::contains);
        soleOrPredominant = ethnic && WEAK.containsAll(list);
        ethnicity = Tracked.of(Tri.of(ethnic)).use(e, "suspicion_factors");
    }

    static boolean immigrationSuspicionActedOn(Encounter e) {
        ImmigrationInquiry q = e.getImmigrationInquiry();
        if (q != null && !Boolean.FALSE.equals(q.getMade())) return true;
        if (e.getInitialBasis() == InitialBasis.IMMIGRATION_ONLY) return true;
        Arrest a = e.getArrest();
        if (a != null && IMMIGRATION_ARRESTS.contains(a.getType())) return true;
        for (FunctionEvent ev : e.getFunctionEvents()) {
            if (ev.getFunctionCode() == FunctionCode.INTERROGATE_STATUS
                    || ev.getFunctionCode() == FunctionCode.WARRANTLESS_ARREST_CIVIL) return true;
        }
        return false;
    }

    /** F25 (Payton): home entered without consent, a judicial warrant or exigency. */
    private void home(Encounter e) {
        LocationType loc = e.getLocationType();
        Tracked inside = loc == null ? Tracked.of(Tri.UNKNOWN).miss(e, "location_type")
                : Tracked.of(Tri.of(loc == LocationType.RESIDENCE_INTERIOR)).use(e, "location_type");
        if (inside.isNo()) return;
        HomeEntry h = e.getHomeEntry();
        Tracked occurred = Tracked.fact(h == null ? null : h.getOccurred(), e, "home_entry.occurred");
        Tracked noConsent = Tracked.fact(h == null ? null : h.getConsent(), e, "home_entry.consent").not();
        Tracked noJudicial = Tracked.fact(h == null ? null : h.getJudicialWarrant(), e, "home_entry.judicial_warrant").not();
        Tracked noExigency = Tracked.fact(h == null ? null : h.getExigencyClaimed(), e, "home_entry.exigency_claimed").not();
        homeEntry = inside.and(occurred).and(noConsent).and(noJudicial).and(noExigency);
    }

    static double round2(double v) { return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue(); }

    public Encounter getEncounter() { return encounter; }
    public String getEncounterId() { return encounter.getEncounterId(); }
    public String getPath() { return encounter.getPath(); }
    public Tracked getProlonged() { return prolonged; }
    public Double getMinutesPastMission() { return minutesPastMission; }
    public Double getExtensionMinutes() { return extensionMinutes; }
    public OffsetDateTime getSeizureEnd() { return seizureEnd; }
    public Tracked getEthnicity() { return ethnicity; }
    public boolean isSoleOrPredominant() { return soleOrPredominant; }
    public String getEthnicityVariant() { return soleOrPredominant ? "SOLE_OR_PREDOMINANT" : "ONE_FACTOR_AMONG_OTHERS"; }
    public List<String> getFactors() { return factors; }
    public Tracked getHomeEntry() { return homeEntry; }
    public String getAdminWarrantForm() {
        Arrest a = encounter.getArrest();
        return a == null || a.getAdminWarrantForm() == null ? null : a.getAdminWarrantForm().name();
    }
    /** Minutes for an explanation: "38", "7.5". */
    public static String fmt(Double m) {
        if (m == null) return "?";
        return BigDecimal.valueOf(m).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
