package org.writguard.facts;

import java.util.List;

/**
 * The dates of a case that are known only in part (DOMAIN.md 13.5): a month for a date, a day for a datetime,
 * an interval {@code {not_before, not_after}} or {@code {occurred: true}}. The reader attaches it to the case it
 * read; {@code Engine.assess} then assesses every admissible reading and merges the reports. A case whose
 * dates are all exact carries none.
 */
public interface DateUncertainty {
    /** Corner readings are evaluated for at most this many uncertain dates (2^6 = 64 readings). */
    int MAX_FACTS = 6;
    /**
     * At most this many readings in all, counting the extra ones an interval gets for each exact date of the case
     * that falls inside it (a window such as an MOA suspension may open and close within the interval).
     */
    int MAX_READINGS = 256;

    /** The uncertain fields, as paths relative to the case (e.g. {@code holds[0].release_eligible_at}). */
    List<String> getFields();

    /** One description per field, in the order of {@link #getFields()}, e.g. {@code 2026-06-12 (America/New_York)}. */
    List<String> getWritten();

    /**
     * False when there are more than {@link #MAX_FACTS} uncertain dates or more than {@link #MAX_READINGS} readings,
     * and only the readings "all earliest" and "all latest" are evaluated.
     */
    boolean isExhaustive();

    /** How many readings an exhaustive evaluation needs (before inconsistent ones are dropped). */
    long getReadingsNeeded();

    /** How many corner readings the case's own order of events ruled out. */
    int getDiscarded();

    /**
     * The admissible readings, freshly read each call (the engine may enrich the facts it is given).
     * {@link Reading#getChoice()}{@code [i]} says which moment field {@code i} takes: 0 its earliest, higher ones
     * later moments (the exact dates of the case inside its interval, each with the moment just before and after),
     * the highest its latest.
     */
    List<Reading> getReadings();

    /** One exact reading of the case. */
    final class Reading {
        private final CaseFile caseFile;
        private final int[] choice;

        public Reading(CaseFile caseFile, int[] choice) {
            this.caseFile = caseFile;
            this.choice = choice;
        }

        /** The case with every uncertain date fixed to this reading's moment. */
        public CaseFile getCaseFile() { return caseFile; }

        /** Which moment each uncertain field takes (see {@link DateUncertainty#getReadings()}). */
        public int[] getChoice() { return choice; }
    }
}
