package org.writguard.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HourClockTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final HolidayCalendar FEDERAL = HolidayCalendar.federal(2025, 2027, true);
    private static final HolidayCalendar FEDERAL_NO_OBSERVED = HolidayCalendar.federal(2025, 2027, false);

    /** Local wall time in {@code zone}, as the offset datetime a case file would carry. */
    private static OffsetDateTime at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toOffsetDateTime();
    }

    private static OffsetDateTime ny(String local) {
        return at(local, NY);
    }

    private static void assertHours(double calendar, double business, OffsetDateTime start, OffsetDateTime end,
                                    ZoneId tz, HolidayCalendar holidays) {
        assertEquals(calendar, HourClock.hoursCalendar(start, end), 0.0, "calendar hours");
        assertEquals(business, HourClock.hoursBusiness(start, end, tz, holidays), 0.0, "business hours");
    }

    @Nested
    class DOMAIN_8_1_test_vectors {

        @Test
        void a_Friday_to_Tuesday_hold_counts_97_calendar_and_49_business_hours() {
            assertHours(97.0, 49.0, ny("2026-06-12T16:00"), ny("2026-06-16T17:00"), NY, FEDERAL);
        }

        @Test
        void Labor_Day_is_excluded_leaving_25_business_hours() {
            assertHours(97.0, 25.0, ny("2026-09-04T16:00"), ny("2026-09-08T17:00"), NY, FEDERAL);
        }

        @Test
        void a_weekday_hold_one_hour_short_of_48_counts_47_on_both_clocks() {
            assertHours(47.0, 47.0, ny("2026-06-15T09:00"), ny("2026-06-17T08:00"), NY, FEDERAL);
        }

        @Test
        void a_weekday_hold_one_hour_over_48_counts_49_on_both_clocks() {
            assertHours(49.0, 49.0, ny("2026-06-15T09:00"), ny("2026-06-17T10:00"), NY, FEDERAL);
        }
    }

    @Nested
    class Holidays {

        @Test
        void Thanksgiving_is_excluded_but_the_Friday_after_it_is_not_a_federal_holiday() {
            // Wed 12 + Thu 0 + Fri 24 + Mon 12
            assertHours(120.0, 48.0, ny("2026-11-25T12:00"), ny("2026-11-30T12:00"), NY, FEDERAL);
        }

        @Test
        void Christmas_on_a_Friday_joins_the_weekend() {
            // Thu 12 + Mon 24 + Tue 9
            assertHours(117.0, 45.0, ny("2026-12-24T12:00"), ny("2026-12-29T09:00"), NY, FEDERAL);
        }

        @Test
        void New_Years_Day_2027_on_a_Friday_is_excluded_across_the_year_boundary() {
            // Thu 16 + Mon 8
            assertHours(96.0, 24.0, ny("2026-12-31T08:00"), ny("2027-01-04T08:00"), NY, FEDERAL);
        }

        @Test
        void the_Friday_observed_for_Saturday_July_4_2026_is_excluded_when_observed_days_count() {
            // Thu 8 + Mon 10
            assertHours(90.0, 18.0, ny("2026-07-02T16:00"), ny("2026-07-06T10:00"), NY, FEDERAL);
        }

        @Test
        void the_Friday_observed_for_Saturday_July_4_2026_is_counted_when_observed_days_do_not() {
            // Thu 8 + Fri 24 + Mon 10
            assertHours(90.0, 42.0, ny("2026-07-02T16:00"), ny("2026-07-06T10:00"), NY, FEDERAL_NO_OBSERVED);
        }

        @Test
        void an_analyst_table_with_the_switch_off_ignores_its_observed_rows() {
            List<Holiday> rows = List.of(
                    Holiday.of(LocalDate.of(2026, 7, 3), "Independence Day", true),
                    Holiday.of(LocalDate.of(2026, 7, 4), "Independence Day", false));
            OffsetDateTime start = ny("2026-07-02T16:00");
            OffsetDateTime end = ny("2026-07-06T10:00");
            assertEquals(18.0, HourClock.hoursBusiness(start, end, NY, HolidayCalendar.fromRows(rows, true)), 0.0);
            assertEquals(42.0, HourClock.hoursBusiness(start, end, NY, HolidayCalendar.fromRows(rows, false)), 0.0);
        }

        @Test
        void excluding_weekends_only_counts_holidays_as_ordinary_days() {
            // Labor Day vector without holidays: Fri 8 + Mon 24 + Tue 17
            assertEquals(49.0, HourClock.hoursExcludingWeekends(
                    ny("2026-09-04T16:00"), ny("2026-09-08T17:00"), NY), 0.0);
        }
    }

    @Nested
    class Daylight_saving_time {

        @Test
        void the_spring_forward_Sunday_shortens_calendar_time_but_not_business_time() {
            // New York springs forward Sun 2026-03-08
            assertHours(96.0, 49.0, ny("2026-03-06T16:00"), ny("2026-03-10T17:00"), NY, FEDERAL);
        }

        @Test
        void the_fall_back_Sunday_lengthens_calendar_time_but_not_business_time() {
            // New York falls back Sun 2026-11-01
            assertHours(98.0, 49.0, ny("2026-10-30T16:00"), ny("2026-11-03T17:00"), NY, FEDERAL);
        }

        @Test
        void a_23_hour_weekday_counts_23_business_hours() {
            // Cairo skips midnight on Fri 2026-04-24 (00:00 -> 01:00): Thu 12 + Fri 23 + Mon 12
            OffsetDateTime start = at("2026-04-23T12:00", CAIRO);
            OffsetDateTime end = at("2026-04-27T12:00", CAIRO);
            assertEquals(95.0, HourClock.hoursCalendar(start, end), 0.0);
            assertEquals(47.0, HourClock.hoursExcludingWeekends(start, end, CAIRO), 0.0);
            assertEquals(23.0, HourClock.hoursExcludingWeekends(
                    at("2026-04-24T01:00", CAIRO), at("2026-04-25T00:00", CAIRO), CAIRO), 0.0);
        }

        @Test
        void a_25_hour_weekday_counts_25_business_hours() {
            // Cairo repeats the last hour of Thu 2026-10-29 (24:00 -> 23:00): Wed 12 + Thu 25 + Fri 12
            OffsetDateTime start = at("2026-10-28T12:00", CAIRO);
            OffsetDateTime end = at("2026-10-30T12:00", CAIRO);
            assertEquals(49.0, HourClock.hoursCalendar(start, end), 0.0);
            assertEquals(49.0, HourClock.hoursExcludingWeekends(start, end, CAIRO), 0.0);
        }

        @Test
        void the_Cairo_transitions_used_above_really_fall_on_weekdays() {
            var rules = CAIRO.getRules();
            var spring = rules.getTransition(LocalDateTime.parse("2026-04-24T00:00"));
            var fall = rules.getTransition(LocalDateTime.parse("2026-10-29T23:30"));
            assertTrue(spring != null && spring.isGap(), "gap at Fri 2026-04-24 00:00");
            assertTrue(fall != null && fall.isOverlap(), "overlap at Thu 2026-10-29 23:00-24:00");
        }
    }

    @Nested
    class Precision_and_edges {

        @Test
        void exactly_48_hours_is_exactly_48_point_0() {
            OffsetDateTime start = ny("2026-06-15T09:00");
            OffsetDateTime end = ny("2026-06-17T09:00");
            assertEquals(48.0, HourClock.hoursBusiness(start, end, NY, FEDERAL), 0.0);
            assertEquals(Duration.ofHours(48), HourClock.durationBusiness(start, end, NY, FEDERAL));
        }

        @Test
        void one_minute_over_48_hours_is_2881_sixtieths_of_an_hour() {
            OffsetDateTime start = ny("2026-06-15T09:00");
            OffsetDateTime end = ny("2026-06-17T09:01");
            assertEquals(2881 / 60.0, HourClock.hoursBusiness(start, end, NY, FEDERAL), 0.0);
            assertEquals(2881 / 60.0, HourClock.hoursCalendar(start, end), 0.0);
            assertTrue(HourClock.hoursBusiness(start, end, NY, FEDERAL) > 48.0);
            assertEquals(Duration.ofMinutes(2881), HourClock.durationBusiness(start, end, NY, FEDERAL));
            assertEquals(Duration.ofMinutes(2881), HourClock.durationCalendar(start, end));
        }

        @Test
        void a_hold_that_ends_when_it_starts_counts_zero() {
            OffsetDateTime t = ny("2026-06-15T09:00");
            assertHours(0.0, 0.0, t, t, NY, FEDERAL);
            assertEquals(Duration.ZERO, HourClock.durationExcludingWeekends(t, t, NY));
        }

        @Test
        void an_end_before_the_start_is_an_input_error() {
            OffsetDateTime start = ny("2026-06-15T09:00");
            OffsetDateTime end = ny("2026-06-15T08:59");
            assertThrows(IllegalArgumentException.class, () -> HourClock.hoursCalendar(start, end));
            var e = assertThrows(IllegalArgumentException.class,
                    () -> HourClock.hoursBusiness(start, end, NY, FEDERAL));
            assertTrue(e.getMessage().contains("before start"), e.getMessage());
        }

        @Test
        void a_hold_inside_one_weekend_counts_no_business_hours() {
            assertHours(34.0, 0.0, ny("2026-06-13T10:00"), ny("2026-06-14T20:00"), NY, FEDERAL);
        }

        @Test
        void a_hold_starting_on_a_Saturday_counts_from_Monday_midnight() {
            // Mon 24 + Tue 3
            assertHours(65.0, 27.0, ny("2026-06-13T10:00"), ny("2026-06-16T03:00"), NY, FEDERAL);
        }

        @Test
        void a_hold_ending_on_a_Sunday_stops_counting_at_Friday_midnight() {
            // Fri 2
            assertHours(31.0, 2.0, ny("2026-06-12T22:00"), ny("2026-06-14T05:00"), NY, FEDERAL);
        }

        @Test
        void days_are_judged_in_the_facility_zone_whatever_offset_the_times_carry() {
            // Fri 2026-06-12 16:00 EDT written in UTC; Tue 17:00 EDT written in +09:00
            OffsetDateTime start = OffsetDateTime.of(2026, 6, 12, 20, 0, 0, 0, ZoneOffset.UTC);
            OffsetDateTime end = OffsetDateTime.of(2026, 6, 17, 6, 0, 0, 0, ZoneOffset.ofHours(9));
            assertHours(97.0, 49.0, start, end, NY, FEDERAL);
        }
    }
}
