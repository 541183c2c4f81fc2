package org.writguard.internal.cases;

import org.writguard.cases.*;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each kind of bad input gives one line: file, field path, what was wrong and what was expected. */
class CaseReaderErrorsTest {
    private static final String FILE = "examples/x.yaml";
    private static final String AS_OF = "as_of: 2026-06-20T12:00:00-04:00\n";
    private final CaseReader reader = new CaseReader();

    private String error(String yaml) {
        return error(yaml, FILE);
    }

    private String error(String content, String file) {
        CaseInputException e = assertThrows(CaseInputException.class, () -> reader.read(content, file));
        return e.getMessage();
    }

    @Test
    void aBadEnumValueIsRejectedListingTheAllowedValues() {
        assertEquals("examples/x.yaml: holds[0].detainer.form: \"I247\" is not one of "
                + "I247A, I247D, I247N, I247X, I247_LEGACY, OTHER, NONE",
                error(AS_OF + "holds:\n  - {hold_id: h-1, agency_id: A, detainer: {form: I247}}\n"));
    }

    @Test
    void anEnumValueInLowerCaseIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].moas[0].model: \"jem\" is not one of JEM, TFM, WSO; did you mean JEM?",
                error(AS_OF + "agencies: [{agency_id: A, moas: [{model: jem, effective_on: 2025-01-01}]}]\n"));
    }

    @Test
    void anUnknownFieldIsRejectedWithTheNearestName() {
        assertEquals("examples/x.yaml: holds[0].detainr: unknown field; did you mean detainer?",
                error(AS_OF + "holds:\n  - {hold_id: h-1, agency_id: A, detainr: {form: I247A}}\n"));
    }

    @Test
    void anUnknownFieldFarFromEveryNameIsRejectedListingTheKnownFields() {
        assertEquals("examples/x.yaml: holds[0].xyz: unknown field; expected one of hold_id, agency_id, "
                + "person_id, facility_id, facility_state, facility_tz, custody_basis_before, release_eligible_at, "
                + "release_trigger, detainer, hold_started_at, hold_ended_at, hold_end_reason, "
                + "judicial_pc_determination_at, state_court_hold_order_at, warrant_served_287g_at, "
                + "custody_transferred_to_ice_at, physically_left_lea_facility_at, "
                + "agency_policy_blanket_detainer_compliance, conviction_facts_for_7282_5, arrest_encounter_id, bail_set_at, "
                + "bail_amount, bail_futile_due_to_detainer, pc_delay_unreasonable_documented",
                error(AS_OF + "holds:\n  - {hold_id: h-1, agency_id: A, xyz: {form: I247A}}\n"));
    }

    @Test
    void aMisspelledEnumValueGetsTheNearestValue() {
        assertEquals("examples/x.yaml: holds[0].detainer.form: \"I247AA\" is not one of I247A, I247D, I247N,"
                        + " I247X, I247_LEGACY, OTHER, NONE; did you mean I247A?",
                error(AS_OF + "holds:\n  - {hold_id: h-1, agency_id: A, detainer: {form: I247AA}}\n"));
    }

    @Test
    void anUnknownTopLevelFieldIsRejected() {
        assertEquals("examples/x.yaml: evaluation_at: unknown field; expected one of as_of, persons, agencies, officers, "
                + "encounters, holds, applications, complaints, remedy_request, "
                + "agency_policy_blanket_detainer_compliance, conviction_facts_for_7282_5, parameters",
                error(AS_OF + "evaluation_at: 2026-10-06T06:00-04:00\n"));
    }

    @Test
    void aFieldTheReaderDerivesCannotBeGiven() {
        assertEquals("examples/x.yaml: encounters[0].function_events[0].encounter_id: this field is derived "
                + "by the reader, not read from input; remove it",
                error(AS_OF + "officers: [{officer_id: o, agency_id: A}]\n"
                        + "encounters: [{encounter_id: e, agency_id: A, function_events: [{event_id: v, "
                        + "officer_id: o, function: ISSUE_DETAINER, at: 2026-01-01T00:00:00Z, encounter_id: e}]}]\n"));
    }

    @Test
    void aDateThatDoesNotExistIsRejectedNamingTheField() {
        assertEquals("examples/x.yaml: applications[0].filed_on: \"2026-13-01\" is not a date (YYYY-MM-DD)",
                error(AS_OF + "applications: [{application_id: a, form_type: I130, filed_on: 2026-13-01}]\n"));
    }

    @Test
    void aDatetimeWithoutOffsetIsRejectedNamingTheField() {
        assertEquals("examples/x.yaml: holds[0].release_eligible_at: \"2026-06-12T16:00\" has no UTC offset; "
                + "write e.g. 2026-06-12T16:00:00-04:00",
                error(AS_OF + "holds: [{hold_id: h, agency_id: A, release_eligible_at: 2026-06-12T16:00}]\n"));
    }

    @Test
    void aDateGivenForADatetimeIsRejected() {
        assertEquals("examples/x.yaml: as_of: \"2026-06-12\" is a date without a time; "
                + "write e.g. 2026-06-12T16:00:00-04:00", error("as_of: 2026-06-12\n"));
    }

    @Test
    void aListGivenForAListFieldOfTheWrongShapeIsRejected() {
        assertEquals("examples/x.yaml: holds: expected a list, got a mapping",
                error(AS_OF + "holds: {hold_id: h}\n"));
    }

    @Test
    void aScalarGivenForAnObjectIsRejected() {
        assertEquals("examples/x.yaml: holds[0].detainer: expected a mapping of fields, got \"I247A\"",
                error(AS_OF + "holds: [{hold_id: h, agency_id: A, detainer: I247A}]\n"));
    }

    @Test
    void textWhereAWholeNumberBelongsIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].sworn_officer_count: \"abc\" is not a whole number",
                error(AS_OF + "agencies: [{agency_id: A, sworn_officer_count: abc}]\n"));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].sworn_officer_count: 4.5 is not a whole number",
                error(AS_OF + "agencies: [{agency_id: A, sworn_officer_count: 4.5}]\n"));
    }

    @Test
    void aNumberWhereABooleanBelongsIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].operates_jail: expected true or false, got 1",
                error(AS_OF + "agencies: [{agency_id: A, operates_jail: 1}]\n"));
    }

    @Test
    void aMissingAsOfIsRejected() {
        assertEquals("examples/x.yaml: as_of: required field is missing", error("holds: []\n"));
    }

    @Test
    void aMissingIdIsRejectedNamingTheObject() {
        assertEquals("examples/x.yaml: holds[1].hold_id: required field is missing",
                error(AS_OF + "holds: [{hold_id: h, agency_id: A}, {agency_id: A}]\n"));
    }

    @Test
    void anOfficerWithoutAgencyIsRejected() {
        assertEquals("examples/x.yaml: officers[0].agency_id: required field is missing",
                error(AS_OF + "officers: [{officer_id: o}]\n"));
    }

    @Test
    void anMoaWithoutEffectiveDateIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].moas[0].effective_on: required field is missing",
                error(AS_OF + "agencies: [{agency_id: A, moas: [{model: JEM}]}]\n"));
    }

    @Test
    void aFunctionEventWithoutFunctionIsRejected() {
        assertEquals("examples/x.yaml: encounters[0].function_events[0].function: required field is missing",
                error(AS_OF + "officers: [{officer_id: o, agency_id: A}]\n"
                        + "encounters: [{encounter_id: e, agency_id: A, function_events: "
                        + "[{event_id: v, officer_id: o, at: 2026-01-01T00:00:00Z}]}]\n"));
    }

    @Test
    void anApplicationWithoutFilingDateIsAcceptedAsUnknown() {
        // DOMAIN.md 13.7 (12.5 wins over 6.6): a missing filed_on is unknown, not an input error.
        new CaseReader().read(AS_OF + "applications: [{application_id: a, form_type: N400}]\n", "examples/x.yaml");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertEquals("examples/x.yaml: the file is empty; a case needs at least as_of", error("# nothing\n"));
        assertEquals("examples/x.json: the file is empty; a case needs at least as_of", error("  \n", "examples/x.json"));
    }

    @Test
    void aListAtTheTopIsRejected() {
        assertEquals("examples/x.yaml: expected a mapping of case fields (as_of, agencies, officers, ...), got a list",
                error("- as_of: 2026-01-01T00:00:00Z\n"));
    }

    @Test
    void aYamlSyntaxErrorNamesLineAndColumn() {
        assertEquals("examples/x.yaml: line 2, column 11: YAML syntax error: mapping values are not allowed here",
                error(AS_OF + "holds: foo: bar\n"));
    }

    @Test
    void aJsonSyntaxErrorNamesLineAndColumn() {
        String msg = error("{\"as_of\": \"2026-01-01T00:00:00Z\",\n \"holds\": [}\n", "examples/x.json");
        assertEquals("examples/x.json: line 2, column 12: JSON syntax error: Unexpected close marker '}': "
                + "expected ']' (for Array starting at line 2, column 11)", msg);
    }

    @Test
    void aFieldGivenTwiceIsRejected() {
        assertEquals("examples/x.yaml: holds[0].hold_id: field given twice (lines 3 and 4)",
                error(AS_OF + "holds:\n  - hold_id: a\n    hold_id: b\n    agency_id: A\n"));
    }

    @Test
    void anEmptyListEntryIsRejected() {
        assertEquals("examples/x.yaml: holds[1]: empty list entry; remove it or fill it in",
                error(AS_OF + "holds:\n  - {hold_id: a, agency_id: A}\n  -\n"));
    }

    @Test
    void aDuplicateIdIsRejectedNamingBothPlaces() {
        assertEquals("examples/x.yaml: officers[1].officer_id: duplicate id \"o-1\"; officers[0] has it too",
                error(AS_OF + "officers: [{officer_id: o-1, agency_id: A}, {officer_id: o-1, agency_id: A}]\n"));
    }

    @Test
    void anEventByAnUnknownOfficerIsRejected() {
        assertEquals("examples/x.yaml: encounters[0].function_events[0].officer_id: no officer \"o-9\" in officers "
                + "(known: o-1)",
                error(AS_OF + "officers: [{officer_id: o-1, agency_id: A}]\n"
                        + "encounters: [{encounter_id: e, agency_id: A, function_events: "
                        + "[{event_id: v, officer_id: o-9, function: ISSUE_DETAINER, at: 2026-01-01T00:00:00Z}]}]\n"));
    }

    @Test
    void aComplaintAboutAnUnknownOfficerIsRejected() {
        assertEquals("examples/x.yaml: complaints[0].officer_id: no officer \"o-2\" in officers "
                + "(the case lists no officers)",
                error(AS_OF + "complaints: [{complaint_id: k, officer_id: o-2}]\n"));
    }

    @Test
    void anMoaNamingAnotherAgencyIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].moas[0].agency_id: \"B\" differs from the enclosing agency \"A\"; "
                + "leave it out or make them equal",
                error(AS_OF + "agencies: [{agency_id: A, moas: [{agency_id: B, model: JEM, effective_on: 2025-01-01}]}]\n"));
    }

    @Test
    void aHoldThatEndsBeforeReleaseEligibilityIsRejected() {
        assertEquals("examples/x.yaml: holds[0].hold_ended_at: 2026-06-11T17:00-04:00 is before "
                + "release_eligible_at 2026-06-12T16:00-04:00",
                error(AS_OF + "holds: [{hold_id: h, agency_id: A, release_eligible_at: 2026-06-12T16:00-04:00, "
                        + "hold_ended_at: 2026-06-11T17:00-04:00}]\n"));
    }

    @Test
    void timesAreComparedAsInstantsAcrossOffsets() {
        reader.read(AS_OF + "holds: [{hold_id: h, agency_id: A, release_eligible_at: 2026-06-12T16:00-04:00, "
                + "hold_ended_at: 2026-06-12T13:30-07:00}]\n", FILE);
    }

    @Test
    void anArrestBeforeTheEncounterBeganIsRejected() {
        assertEquals("examples/x.yaml: encounters[0].arrest.at: 2026-03-03T13:00-06:00 is before "
                + "encounters[0].started_at 2026-03-03T14:00-06:00",
                error(AS_OF + "encounters: [{encounter_id: e, agency_id: A, started_at: 2026-03-03T14:00-06:00, "
                        + "arrest: {type: CRIMINAL, at: 2026-03-03T13:00-06:00}}]\n"));
    }

    @Test
    void anInterviewBeforeFilingIsRejected() {
        assertEquals("examples/x.yaml: applications[0].interview_on: 2025-08-01 is before filed_on 2025-09-01",
                error(AS_OF + "applications: [{application_id: a, form_type: N400, filed_on: 2025-09-01, "
                        + "interview_on: 2025-08-01}]\n"));
    }

    @Test
    void anApplicationFiledAfterAsOfIsRejected() {
        assertEquals("examples/x.yaml: applications[0].evaluation_date: 2026-06-20 (the date of as_of) is before "
                + "filed_on 2026-07-01",
                error(AS_OF + "applications: [{application_id: a, form_type: N400, filed_on: 2026-07-01}]\n"));
    }

    @Test
    void aSuspensionThatEndsBeforeItBeginsIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].moas[0].suspended_periods[0].to: 2025-05-01 is before "
                + "from 2025-06-01",
                error(AS_OF + "agencies: [{agency_id: A, moas: [{model: TFM, effective_on: 2025-01-01, "
                        + "suspended_periods: [{from: 2025-06-01, to: 2025-05-01}]}]}]\n"));
    }

    @Test
    void anMoaThatExpiresBeforeItTakesEffectIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].moas[0].expires_on: 2008-01-01 is before effective_on 2009-01-01",
                error(AS_OF + "agencies: [{agency_id: A, moas: [{model: JEM, effective_on: 2009-01-01, "
                        + "expires_on: 2008-01-01}]}]\n"));
    }

    @Test
    void aTimeZoneThatIsNotIanaIsRejected() {
        assertEquals("examples/x.yaml: holds[0].facility_tz: \"EST\" is not an IANA time zone; "
                + "write e.g. America/New_York",
                error(AS_OF + "holds: [{hold_id: h, agency_id: A, facility_tz: EST}]\n"));
    }

    @Test
    void aStateThatIsNotAUspsCodeIsRejected() {
        assertEquals("examples/x.yaml: agencies[0].state: \"Georgia\" is not a USPS state code; "
                + "write two capital letters, e.g. GA",
                error(AS_OF + "agencies: [{agency_id: A, state: Georgia}]\n"));
    }

    @Test
    void aNegativeCountIsRejected() {
        assertEquals("examples/x.yaml: applications[0].applicant_caused_delay_days: -3 is negative; expected 0 or more",
                error(AS_OF + "applications: [{application_id: a, form_type: I130, filed_on: 2025-01-01, "
                        + "applicant_caused_delay_days: -3}]\n"));
    }

    @Test
    void aFieldGivenTwiceInJsonIsRejected() {
        assertEquals("examples/x.json: line 1, column 42: JSON syntax error: Duplicate field 'as_of'",
                error("{\"as_of\": \"2026-01-01T00:00:00Z\", \"as_of\": \"2026-01-02T00:00:00Z\"}", "examples/x.json"));
    }

    @Test
    void textWhereANumberBelongsIsRejected() {
        assertEquals("examples/x.yaml: officers[0].years_le_experience: \"two\" is not a number",
                error(AS_OF + "officers: [{officer_id: o, agency_id: A, years_le_experience: two}]\n"));
    }

    @Test
    void aNumberWhereADateBelongsIsRejected() {
        assertEquals("examples/x.yaml: applications[0].filed_on: expected a date (YYYY-MM-DD), got 20250101",
                error(AS_OF + "applications: [{application_id: a, form_type: I130, filed_on: 20250101}]\n"));
    }

    @Test
    void aSecondYamlDocumentIsRejected() {
        assertEquals("examples/x.yaml: line 2, column 1: a second YAML document starts here; "
                + "a file holds one document (remove the ---)",
                error(AS_OF + "---\n" + AS_OF));
    }

    @Test
    void anUnknownFieldOfAnEventListsOnlyFieldsThatMayBeGiven() {
        assertEquals("examples/x.yaml: encounters[0].function_events[0].fn: unknown field; expected one of event_id, "
                + "officer_id, function, at, location_type, facility_id, at_scheduled_release, "
                + "subject_designated_by_ice, claimed_authority, ice_supervision",
                error(AS_OF + "encounters: [{encounter_id: e, agency_id: A, function_events: [{fn: X}]}]\n"));
    }
}
