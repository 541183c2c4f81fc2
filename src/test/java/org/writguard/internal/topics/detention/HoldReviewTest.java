package org.writguard.internal.topics.detention;

import org.junit.jupiter.api.Test;
import org.writguard.internal.cases.CaseReader;
import org.writguard.facts.Agency;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Circuit;
import org.writguard.facts.Hold;
import org.writguard.internal.time.HolidayCalendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldReviewTest {
    private static final BigDecimal H48 = new BigDecimal("48");

    /** A GA case with one hold; {@code holdFields} are extra YAML lines of the hold (8 spaces deep). */
    private static CaseFile caseWith(String asOf, String holdFields, String agencyFields) {
        String yaml = "as_of: " + asOf + "\n"
                + "agencies:\n  - {agency_id: GA-jail, state: GA" + agencyFields + "}\n"
                + "holds:\n  - hold_id: h1\n    agency_id: GA-jail\n    facility_state: GA\n"
                + "    facility_tz: America/New_York\n" + holdFields;
        return new CaseReader().read(yaml, "test.yaml");
    }

    private static final String DETAINER = "    detainer: {form: I247A, accompanied_by: I200, warrant_signed: true,"
            + " pc_basis: FINAL_ORDER, served_on_subject: true, form_excludes_weekends_holidays: false}\n";

    private static HoldReview review(CaseFile c, HoldReview.Settings s) {
        Hold h = c.getHolds().get(0);
        Agency a = c.getAgencies().get(0);
        return HoldReview.of(h, a, c.getAsOf(), s);
    }

    private static HoldReview.Settings settings(Boolean observed, HoldLimitPolicy policy, Set<Integer> uncovered) {
        return new HoldReview.Settings(H48, "test", H48, H48, observed,
                new HolidayRows(HolidayCalendar.federal(2026, 2027, true).holidays(), uncovered), policy, "test", Circuit.C11, "GA");
    }

    private static HoldReview.Settings defaults() { return settings(true, HoldLimitPolicy.BOTH, Set.of()); }

    @Test
    void exactlyFortyEightHoursIsWithinTheLimitAndOneMinuteMoreIsNot() {
        HoldReview at48 = review(caseWith("2026-06-20T12:00:00-04:00", "    release_eligible_at: 2026-06-15T09:00:00-04:00\n"
                + "    hold_ended_at: 2026-06-17T09:00:00-04:00\n    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER, ""), defaults());
        assertTrue(at48.getF13Regulatory().isNo());
        assertTrue(at48.getF13FormRequest().isNo());
        assertEquals(48.0, at48.getHoursBusiness());

        HoldReview over = review(caseWith("2026-06-20T12:00:00-04:00", "    release_eligible_at: 2026-06-15T09:00:00-04:00\n"
                + "    hold_ended_at: 2026-06-17T09:01:00-04:00\n    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER, ""), defaults());
        assertTrue(over.getF13Regulatory().isYes());
        assertTrue(over.getF13FormRequest().isYes());
        assertEquals(48.02, over.getHoursBusiness(), "rounded to two decimals for the report only");
        assertEquals(48.02, over.getHoursCalendar());
    }

    @Test
    void anUnknownReleaseEligibilityMakesF13AndF16UndeterminedNamingTheField() {
        HoldReview r = review(caseWith("2026-06-20T12:00:00-04:00", "    hold_ended_at: 2026-06-17T09:01:00-04:00\n"
                + "    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER.replace("FINAL_ORDER", "INVESTIGATION_INITIATED"), ""), defaults());
        assertTrue(r.getF13Regulatory().isUnknown());
        assertTrue(r.getF16().isUnknown());
        assertEquals(List.of("holds[0].release_eligible_at"), r.getF13Regulatory().missingFacts());
        assertEquals(List.of("holds[0].release_eligible_at"), r.getF16().missingFacts());
    }

    @Test
    void aStillHeldHoldIsMeasuredToAsOfAndFlaggedOngoing() {
        HoldReview r = review(caseWith("2026-06-18T09:00:00-04:00", "    release_eligible_at: 2026-06-15T09:00:00-04:00\n"
                + "    hold_end_reason: STILL_HELD\n" + DETAINER, ""), defaults());
        assertTrue(r.isOngoing());
        assertEquals(72.0, r.getHoursCalendar());
        assertTrue(r.getF13Regulatory().isYes());
        assertTrue(r.getF13Regulatory().usedFacts().contains("as_of"));
    }

    @Test
    void anObservedFridayIsSkippedOnlyWhenObservedHolidaysCount() {
        String hold = "    release_eligible_at: 2026-07-02T12:00:00-04:00\n    hold_ended_at: 2026-07-07T10:00:00-04:00\n"
                + "    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER;
        CaseFile c = caseWith("2026-07-10T12:00:00-04:00", hold, "");
        HoldReview counted = review(c, settings(true, HoldLimitPolicy.BOTH, Set.of()));
        HoldReview notCounted = review(c, settings(false, HoldLimitPolicy.BOTH, Set.of()));
        HoldReview unset = review(c, settings(null, HoldLimitPolicy.BOTH, Set.of()));
        assertEquals(46.0, counted.getHoursBusiness());
        assertTrue(counted.getF13Regulatory().isNo());
        assertEquals(70.0, notCounted.getHoursBusiness());
        assertTrue(notCounted.getF13Regulatory().isYes());
        assertTrue(unset.getF13Regulatory().isUnknown(), "the switch decides the outcome, so an unset switch is unknown");
        assertEquals(List.of("parameters.observed_holidays_count"), unset.getF13Regulatory().missingFacts());
        assertTrue(counted.getObservedNote().contains("2026-07-03"));
    }

    @Test
    void aCalendarPolicyEvaluatesOnlyTheFormRequestVariant() {
        CaseFile c = caseWith("2026-06-20T12:00:00-04:00", "    release_eligible_at: 2026-06-15T09:00:00-04:00\n"
                + "    hold_ended_at: 2026-06-18T09:00:00-04:00\n    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER, "");
        HoldReview calendar = review(c, settings(true, HoldLimitPolicy.CALENDAR_48, Set.of()));
        assertTrue(calendar.getF13Regulatory().isNo());
        assertTrue(calendar.getF13FormRequest().isYes());
        HoldReview business = review(c, settings(true, HoldLimitPolicy.BUSINESS_48, Set.of()));
        assertTrue(business.getF13Regulatory().isYes());
        assertTrue(business.getF13FormRequest().isNo());
    }

    @Test
    void aYearMissingFromTheHolidayTableLeavesAnExcessUndetermined() {
        CaseFile c = caseWith("2026-06-20T12:00:00-04:00", "    release_eligible_at: 2026-06-15T09:00:00-04:00\n"
                + "    hold_ended_at: 2026-06-18T09:00:00-04:00\n    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER, "");
        HoldReview r = review(c, settings(true, HoldLimitPolicy.BOTH, Set.of(2026)));
        assertTrue(r.getF13Regulatory().isUnknown());
        assertTrue(r.getF13Regulatory().missingFacts().contains("holiday_calendar.2026"));
    }

    @Test
    void custodyPassingToIceEndsTheDetainerHoldAndStartsThePostTransferClock() {
        String hold = "    release_eligible_at: 2026-05-04T09:00:00-04:00\n    custody_transferred_to_ice_at: 2026-05-04T09:00:00-04:00\n"
                + "    physically_left_lea_facility_at: 2026-05-08T09:00:00-04:00\n    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER;
        HoldReview r = review(caseWith("2026-05-10T12:00:00-04:00", hold, ", moas: [{model: JEM, effective_on: 2025-01-01}]"), defaults());
        assertEquals(0.0, r.getHoursCalendar());
        assertTrue(r.getF13Regulatory().isNo());
        assertEquals(96.0, r.getPostTransferHours());
        assertTrue(r.getF14().isUnknown(), "IGSA status is not recorded");
        assertEquals(List.of("agencies[0].igsa_in_effect"), r.getF14().missingFacts());

        HoldReview noIgsa = review(caseWith("2026-05-10T12:00:00-04:00", hold,
                ", igsa_in_effect: false, moas: [{model: JEM, effective_on: 2025-01-01}]"), defaults());
        assertTrue(noIgsa.getF14().isYes());
        assertFalse(noIgsa.isPostTransferOngoing());
    }

    @Test
    void aJudicialDeterminationIsNeededOnlyInTheNinthCircuit() {
        CaseFile c = caseWith("2026-06-20T12:00:00-04:00", "    release_eligible_at: 2026-06-15T09:00:00-04:00\n"
                + "    hold_ended_at: 2026-06-15T15:00:00-04:00\n    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER, "");
        HoldReview eleventh = review(c, defaults());
        assertTrue(eleventh.getF17().isNo());
        HoldReview.Settings c9 = new HoldReview.Settings(H48, "t", H48, H48, true, new HolidayRows(List.of(), Set.of()),
                HoldLimitPolicy.BOTH, "t", Circuit.C9, "CA");
        // DOMAIN.md 13.16 (McLaughlin): six hours without a determination is presumptively prompt.
        assertTrue(review(c, c9).getF17().isNo());
        CaseFile longer = caseWith("2026-06-20T12:00:00-04:00", "    release_eligible_at: 2026-06-15T09:00:00-04:00\n"
                + "    hold_ended_at: 2026-06-17T15:00:00-04:00\n    hold_end_reason: ICE_ASSUMED_CUSTODY\n" + DETAINER, "");
        assertTrue(review(longer, defaults()).getF17().isNo());
        HoldReview ninth = review(longer, c9);
        assertTrue(ninth.getF17().isYes());
        assertTrue(ninth.getF17().usedFacts().contains("holds[0].judicial_pc_determination_at"));
    }

    @Test
    void decimalHourLimitsBecomeExactDurations() {
        assertEquals(Duration.ofHours(48), HoldReview.hours(new BigDecimal("48")));
        assertEquals(Duration.ofMinutes(30), HoldReview.hours(new BigDecimal("0.5")));
        assertEquals(Duration.ofMinutes(2881), HoldReview.hours(new BigDecimal("48.016666666666666667")));
        assertEquals("49.0", HoldReview.fmt(49.0));
        assertEquals("48.02", HoldReview.fmt(48.02));
    }
}
