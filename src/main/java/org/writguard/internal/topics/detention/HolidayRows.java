package org.writguard.internal.topics.detention;

import org.writguard.internal.time.Holiday;
import org.writguard.internal.time.HolidayCalendar;

import java.util.List;
import java.util.Set;

/**
 * The holiday rows a hold's years answered and the years without a legal-holiday row, with the two calendars
 * built from them (observed days counted or not) made on first use. One instance serves every hold whose years
 * the same table rows answered (issue 17, round 3: the calendars were built three times per hold), so it is
 * immutable apart from those two lazily built, immutable calendars.
 */
public final class HolidayRows {
    private final List<Holiday> rows;
    private final Set<Integer> yearsWithoutRows;
    private volatile HolidayCalendar withObserved;
    private volatile HolidayCalendar withoutObserved;

    public HolidayRows(List<Holiday> rows, Set<Integer> yearsWithoutRows) {
        this.rows = rows == null ? List.of() : List.copyOf(rows);
        this.yearsWithoutRows = yearsWithoutRows == null ? Set.of() : Set.copyOf(yearsWithoutRows);
    }

    public List<Holiday> rows() { return rows; }

    public Set<Integer> yearsWithoutRows() { return yearsWithoutRows; }

    /** {@link HolidayCalendar#fromRows} of these rows, built once for each value of {@code observedDaysCount}. */
    public HolidayCalendar calendar(boolean observedDaysCount) {
        HolidayCalendar c = observedDaysCount ? withObserved : withoutObserved;
        if (c == null) {
            c = HolidayCalendar.fromRows(rows, observedDaysCount);
            if (observedDaysCount) withObserved = c; else withoutObserved = c;
        }
        return c;
    }
}
