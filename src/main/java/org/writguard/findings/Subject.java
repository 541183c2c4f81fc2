package org.writguard.findings;

/**
 * What a finding is about.
 *
 * @param kind AGENCY, MOA, OFFICER, ENCOUNTER, EVENT, HOLD, APPLICATION, COMPLAINT or REMEDY_REQUEST
 * @param id   the object's id from the case file
 */
public record Subject(String kind, String id) {
    public static Subject of(String kind, String id) { return new Subject(kind, id); }
}
