package org.writguard.internal.topics.detention;

import org.writguard.internal.tables.TableLookup;

/** Asks the holiday calendar table for every row of one year (the year as text, e.g. "2026"). */
public final class HolidayLookup extends TableLookup {
    private final String year;

    public HolidayLookup(String year) { this.year = year; }

    public String getYear() { return year; }
}
