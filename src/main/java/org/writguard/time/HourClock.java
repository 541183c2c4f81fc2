package org.writguard.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
        Duration total = Duration.ZERO;
        while (t.isBefore(stop)) {
            LocalDate day = t.toLocalDate();
            // atStartOfDay resolves a midnight that a DST gap skips to the first valid instant.
            ZonedDateTime nextMidnight = day.plusDays(1).atStartOfDay(tz);
            ZonedDateTime segmentEnd = nextMidnight.isBefore(stop) ? nextMidnight : stop;
            if (isBusinessDay(day, holidays)) {
                total = total.plus(Duration.between(t.toInstant(), segmentEnd.toInstant()));
            }
            t = segmentEnd;
        }
        return total;
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
