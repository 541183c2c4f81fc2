package org.writguard.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable set of days that the business-hour clock skips (DOMAIN 8.1, table {@code holiday_calendar}).
 * Whether observed days count is unsettled (DOMAIN 10.3), so it is a switch: when off, observed rows are
 * ignored.
 */
public final class HolidayCalendar {

    /** The first year for which the generated rules match § 6103(a) as in force (Veterans Day back on Nov 11). */
    public static final int FIRST_GENERATED_YEAR = 1978;

    private static final HolidayCalendar EMPTY = new HolidayCalendar(List.of());

    private final List<Holiday> holidays;
    private final SortedSet<LocalDate> dates;

    private HolidayCalendar(List<Holiday> counted) {
        List<Holiday> sorted = new ArrayList<>(counted);
        sorted.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::observed));
        this.holidays = List.copyOf(sorted);
        TreeSet<LocalDate> set = new TreeSet<>();
        for (Holiday h : sorted) {
            set.add(h.date());
        }
        this.dates = Collections.unmodifiableSortedSet(set);
    }

    /** No holidays: the clock then excludes only Saturdays and Sundays. */
    public static HolidayCalendar empty() {
        return EMPTY;
    }

    /**
     * Builds a calendar from table rows (e.g. an analyst-edited {@code holiday_calendar}).
     *
     * @param observedDaysCount when false, rows flagged {@code observed} are ignored
     */
    public static HolidayCalendar fromRows(Collection<Holiday> rows, boolean observedDaysCount) {
        Objects.requireNonNull(rows, "holiday rows");
        List<Holiday> counted = new ArrayList<>();
        for (Holiday row : rows) {
            Objects.requireNonNull(row, "holiday row");
            if (observedDaysCount || !row.observed()) {
                counted.add(row);
            }
        }
        return new HolidayCalendar(counted);
    }

    /**
     * Generates the legal public holidays of 5 U.S.C. § 6103(a) for {@code fromYear..toYear} and, when asked,
     * the days observed instead of them. Observed days are included when they fall in the range or belong to
     * a holiday of the range, so Fri 2021-12-31 (for Sat 2022-01-01) is in both 2021..2021 and 2022..2022.
     */
    public static HolidayCalendar federal(int fromYear, int toYear, boolean includeObservedDays) {
        if (fromYear < FIRST_GENERATED_YEAR) {
            throw new IllegalArgumentException("federal holiday calendar: fromYear " + fromYear
                    + " is before " + FIRST_GENERATED_YEAR + ", when § 6103(a) took its current dates;"
                    + " supply the rows explicitly for earlier years");
        }
        if (toYear < fromYear) {
            throw new IllegalArgumentException("federal holiday calendar: toYear " + toYear
                    + " is before fromYear " + fromYear);
        }
        List<Holiday> rows = new ArrayList<>();
        for (int year = fromYear; year <= toYear + 1; year++) {
            for (Holiday legal : legalHolidays(year)) {
                boolean inRange = year <= toYear;
                if (inRange) {
                    rows.add(legal);
                }
                if (includeObservedDays) {
                    LocalDate observed = observedDate(legal.date());
                    if (observed != null && (inRange || observed.getYear() <= toYear)) {
                        rows.add(Holiday.of(observed, legal.name(), true));
                    }
                }
            }
        }
        return new HolidayCalendar(rows);
    }

    /** The eleven (ten before 2021) legal public holidays of 5 U.S.C. § 6103(a) in {@code year}. */
    static List<Holiday> legalHolidays(int year) {
        List<Holiday> list = new ArrayList<>(11);
        list.add(legal(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day"));
        if (year >= 1986) { // Pub. L. 98-144 (1983), first observed 1986
            list.add(legal(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Birthday of Martin Luther King, Jr."));
        }
        list.add(legal(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday"));
        list.add(legal(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Memorial Day"));
        if (year >= 2021) { // Pub. L. 117-17 (2021)
            list.add(legal(LocalDate.of(year, Month.JUNE, 19), "Juneteenth National Independence Day"));
        }
        list.add(legal(LocalDate.of(year, Month.JULY, 4), "Independence Day"));
        list.add(legal(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day"));
        list.add(legal(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Columbus Day"));
        list.add(legal(LocalDate.of(year, Month.NOVEMBER, 11), "Veterans Day"));
        list.add(legal(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day"));
        list.add(legal(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day"));
        return list;
    }

    /**
     * A Saturday holiday is observed the Friday before (5 U.S.C. § 6103(b)(1)); a Sunday holiday the Monday
     * after (Exec. Order 11582 § 3(a)). Null when the holiday falls on a weekday.
     */
    static LocalDate observedDate(LocalDate holiday) {
        switch (holiday.getDayOfWeek()) {
            case SATURDAY:
                return holiday.minusDays(1);
            case SUNDAY:
                return holiday.plusDays(1);
            default:
                return null;
        }
    }

    private static Holiday legal(LocalDate date, String name) {
        return Holiday.of(date, name, false);
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }

    /** True when {@code date} is a counted holiday. */
    public boolean contains(LocalDate date) {
        return dates.contains(Objects.requireNonNull(date, "date"));
    }

    /** Counted holidays from {@code from} (inclusive) to {@code to} (exclusive) that fall Monday to Friday. */
    public long weekdaysBetween(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) return 0;
        long n = 0;
        for (LocalDate d : dates.subSet(from, to)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) n++;
        }
        return n;
    }

    /** The counted holidays from {@code from} to {@code to}, both inclusive, ascending. */
    public SortedSet<LocalDate> between(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? Collections.emptySortedSet() : dates.subSet(from, to.plusDays(1));
    }

    /** The counted rows, by date; observed rows appear only when they count. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** The counted dates, ascending. */
    public Set<LocalDate> dates() {
        return dates;
    }

    public boolean isEmpty() {
        return dates.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayCalendar && ((HolidayCalendar) o).holidays.equals(holidays);
    }

    @Override
    public int hashCode() {
        return holidays.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayCalendar" + dates;
    }
}
