package org.writguard.internal.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Hold clocks of DOMAIN 8.1: calendar hours, and hours excluding Saturdays, Sundays and holidays
 * (8 C.F.R. § 287.7(d)). Elapsed time is real (UTC) time, so a local day can be 23 or 25 hours long;
 * weekends and holidays are local days in the facility's zone.
 */
public final class HourClock {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private HourClock() {
    }

    /** Elapsed real time from {@code start} to {@code end}. */
    public static Duration durationCalendar(OffsetDateTime start, OffsetDateTime end) {
        checkOrder(start, end);
        return Duration.between(start.toInstant(), end.toInstant());
    }

    /** {@link #durationCalendar} in hours. */
    public static double hoursCalendar(OffsetDateTime start, OffsetDateTime end) {
        return toHours(durationCalendar(start, end));
    }

    /**
     * Elapsed real time from {@code start} to {@code end} that falls on local days (in {@code tz}) that are
     * Monday to Friday and not in {@code holidays}. The interval is cut at local midnights.
     */
    public static Duration durationBusiness(OffsetDateTime start, OffsetDateTime end, ZoneId tz,
                                            HolidayCalendar holidays) {
        checkOrder(start, end);
        Objects.requireNonNull(tz, "time zone");
        Objects.requireNonNull(holidays, "holiday calendar");
        ZonedDateTime t = start.atZoneSameInstant(tz);
        ZonedDateTime stop = end.atZoneSameInstant(tz);
        if (!t.isBefore(stop)) return Duration.ZERO;
        // The first local day, from start to the next midnight (or to end).
        LocalDate first = t.toLocalDate();
        ZonedDateTime firstEnd = startOfDay(first.plusDays(1), tz);
        if (!firstEnd.isBefore(stop)) {
            return isBusinessDay(first, holidays) ? Duration.between(t.toInstant(), stop.toInstant()) : Duration.ZERO;
        }
        Duration total = isBusinessDay(first, holidays) ? Duration.between(t.toInstant(), firstEnd.toInstant())
                : Duration.ZERO;
        // The last local day: the one whose next midnight is at or after end.
        LocalDate last = stop.toLocalDate();
        while (last.isAfter(first.plusDays(1)) && startOfDay(last, tz).isAfter(stop)) last = last.minusDays(1);
        while (startOfDay(last.plusDays(1), tz).isBefore(stop)) last = last.plusDays(1);
        if (!last.isAfter(first)) last = first.plusDays(1);
        ZonedDateTime lastStart = startOfDay(last, tz);
        if (isBusinessDay(last, holidays) && lastStart.isBefore(stop)) {
            total = total.plus(Duration.between(lastStart.toInstant(), stop.toInstant()));
        }
        // The whole days between, counted arithmetically (O(holidays and clock changes in the range), never
        // day by day): 24 hours a business day, corrected on the days a clock change makes 23 or 25 hours long.
        return total.plus(wholeBusinessDays(first.plusDays(1), last, tz, holidays));
    }

    /** Real time on business days among the whole local days {@code from} (inclusive) to {@code to} (exclusive). */
    private static Duration wholeBusinessDays(LocalDate from, LocalDate to, ZoneId tz, HolidayCalendar holidays) {
        if (!from.isBefore(to)) return Duration.ZERO;
        long days = weekdays(from, to) - holidays.weekdaysBetween(from, to);
        Duration total = Duration.ofHours(24).multipliedBy(days);
        ZoneRules rules = tz.getRules();
        if (rules.isFixedOffset()) return total;
        // Days whose length is not 24 hours: those around each clock change in the range.
        java.util.TreeSet<LocalDate> odd = new java.util.TreeSet<>();
        Instant stopAt = startOfDay(to, tz).toInstant();
        ZoneOffsetTransition tr = rules.nextTransition(startOfDay(from, tz).toInstant().minusSeconds(1));
        while (tr != null && tr.getInstant().isBefore(stopAt)) {
            for (LocalDate d : new LocalDate[] {tr.getDateTimeBefore().toLocalDate(), tr.getDateTimeAfter().toLocalDate()}) {
                for (int k = -1; k <= 1; k++) {
                    LocalDate x = d.plusDays(k);
                    if (!x.isBefore(from) && x.isBefore(to)) odd.add(x);
                }
            }
            tr = rules.nextTransition(tr.getInstant());
        }
        for (LocalDate d : odd) {
            if (!isBusinessDay(d, holidays)) continue;
            Duration len = Duration.between(startOfDay(d, tz).toInstant(), startOfDay(d.plusDays(1), tz).toInstant());
            total = total.plus(len.minusHours(24));
        }
        return total;
    }

    /** Mondays to Fridays from {@code from} (inclusive) to {@code to} (exclusive), by whole weeks. */
    static long weekdays(LocalDate from, LocalDate to) {
        long n = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        long count = (n / 7) * 5;
        DayOfWeek dow = from.getDayOfWeek();
        for (long i = 0; i < n % 7; i++) {
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) count++;
            dow = dow.plus(1);
        }
        return count;
    }

    /** The first instant of a local day; atStartOfDay moves a midnight that a DST gap skips to the first valid instant. */
    private static ZonedDateTime startOfDay(LocalDate day, ZoneId tz) {
        return day.atStartOfDay(tz);
    }

    /** {@link #durationBusiness} in hours. */
    public static double hoursBusiness(OffsetDateTime start, OffsetDateTime end, ZoneId tz,
                                       HolidayCalendar holidays) {
        return toHours(durationBusiness(start, end, tz, holidays));
    }

    /** Business time with no holidays: only Saturdays and Sundays are excluded (MOA complaint 48-hour rule). */
    public static Duration durationExcludingWeekends(OffsetDateTime start, OffsetDateTime end, ZoneId tz) {
        return durationBusiness(start, end, tz, HolidayCalendar.empty());
    }

    /** {@link #durationExcludingWeekends} in hours. */
    public static double hoursExcludingWeekends(OffsetDateTime start, OffsetDateTime end, ZoneId tz) {
        return toHours(durationExcludingWeekends(start, end, tz));
    }

    /** Exact hours of a duration (whole seconds divided once, so 48h01m is 2881/60). */
    public static double toHours(Duration d) {
        return d.getSeconds() / SECONDS_PER_HOUR + d.getNano() / (SECONDS_PER_HOUR * 1_000_000_000L);
    }

    private static boolean isBusinessDay(LocalDate day, HolidayCalendar holidays) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    private static void checkOrder(OffsetDateTime start, OffsetDateTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("hold clock: end " + end + " is before start " + start);
        }
    }
}
