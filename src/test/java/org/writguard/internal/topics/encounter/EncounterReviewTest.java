package org.writguard.internal.topics.encounter;

import org.junit.jupiter.api.Test;
import org.writguard.internal.cases.CaseReader;
import org.writguard.facts.Encounter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncounterReviewTest {
    private static Encounter encounter(String fields) {
        String yaml = "as_of: 2026-03-04T12:00:00-06:00\nagencies:\n  - {agency_id: AL-x, state: AL, moas: []}\n"
                + "encounters:\n  - encounter_id: e1\n    agency_id: AL-x\n    started_at: 2026-03-03T14:00:00-06:00\n" + fields;
        return new CaseReader().read(yaml, "test.yaml").getEncounters().get(0);
    }

    private static final String STOP = "    initial_basis: TRAFFIC_INFRACTION\n    location_type: ROADSIDE\n"
            + "    mission_completed_at: 2026-03-03T14:12:00-06:00\n    immigration_inquiry: {made: true}\n";

    @Test
    void aStopEndingByArrestThirtyEightMinutesPastItsMissionIsProlonged() {
        EncounterReview r = EncounterReview.of(encounter(STOP + "    independent_rs_documented_at_extension: false\n"
                + "    arrest: {type: CIVIL_IMMIGRATION_ON_ADMIN_WARRANT, at: 2026-03-03T14:50:00-06:00}\n"));
        assertTrue(r.getProlonged().isYes());
        assertEquals(38.0, r.getMinutesPastMission());
        assertTrue(r.getProlonged().usedFacts().contains("encounters[0].arrest.at"));
    }

    @Test
    void aStopEndingWhenItsMissionEndsIsNotProlonged() {
        EncounterReview r = EncounterReview.of(encounter(STOP + "    independent_rs_documented_at_extension: false\n"
                + "    seizure_ended_at: 2026-03-03T14:12:00-06:00\n"));
        assertTrue(r.getProlonged().isNo());
    }

    @Test
    void unknownIndependentSuspicionIsUndeterminedNamingTheField() {
        EncounterReview r = EncounterReview.of(encounter(STOP + "    seizure_ended_at: 2026-03-03T14:20:00-06:00\n"));
        assertTrue(r.getProlonged().isUnknown());
        assertEquals(List.of("encounters[0].independent_rs_documented_at_extension"), r.getProlonged().missingFacts());
    }

    @Test
    void ethnicityWithOnlyPlaceAndWorkIsSoleOrPredominant() {
        EncounterReview sole = EncounterReview.of(encounter("    suspicion_factors: [APPARENT_ETHNICITY, OCCUPATION]\n"));
        assertTrue(sole.getEthnicity().isYes());
        assertEquals("SOLE_OR_PREDOMINANT", sole.getEthnicityVariant());
        EncounterReview other = EncounterReview.of(encounter("    suspicion_factors: [LANGUAGE_OR_ACCENT, ADMISSION_OF_STATUS]\n"));
        assertEquals("ONE_FACTOR_AMONG_OTHERS", other.getEthnicityVariant());
        EncounterReview none = EncounterReview.of(encounter("    suspicion_factors: [DB_RECORD_MATCH]\n"));
        assertTrue(none.getEthnicity().isNo());
    }

    @Test
    void unrecordedSuspicionFactorsMatterOnlyWhereImmigrationSuspicionWasActedOn() {
        EncounterReview booking = EncounterReview.of(encounter("    initial_basis: BOOKING\n"));
        assertTrue(booking.getEthnicity().isNo());
        EncounterReview inquiry = EncounterReview.of(encounter("    initial_basis: BOOKING\n    immigration_inquiry: {made: true}\n"));
        assertTrue(inquiry.getEthnicity().isUnknown());
        assertEquals(List.of("encounters[0].suspicion_factors"), inquiry.getEthnicity().missingFacts());
    }

    @Test
    void aHomeEntryWithUnknownConsentIsUndeterminedAndWithConsentIsClean() {
        EncounterReview unknown = EncounterReview.of(encounter("    location_type: RESIDENCE_INTERIOR\n"
                + "    home_entry: {occurred: true, judicial_warrant: false, exigency_claimed: false}\n"));
        assertTrue(unknown.getHomeEntry().isUnknown());
        assertEquals(List.of("encounters[0].home_entry.consent"), unknown.getHomeEntry().missingFacts());
        EncounterReview consent = EncounterReview.of(encounter("    location_type: RESIDENCE_INTERIOR\n"
                + "    home_entry: {occurred: true, consent: true, judicial_warrant: false, exigency_claimed: false}\n"));
        assertFalse(consent.getHomeEntry().isYes());
        EncounterReview none = EncounterReview.of(encounter("    location_type: RESIDENCE_INTERIOR\n"
                + "    home_entry: {occurred: true, consent: false, judicial_warrant: false, exigency_claimed: false}\n"));
        assertTrue(none.getHomeEntry().isYes());
    }
}
