package org.writguard.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolidayCalendarTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Set<LocalDate> dates(String... iso) {
        Set<LocalDate> set = new TreeSet<>();
        for (String s : iso) {
            set.add(d(s));
        }
        return set;
    }

    /** OPM's 2026 list: the days federal employees are off (July 4 is a Saturday, so Friday July 3). */
    private static final Set<LocalDate> OPM_2026 = dates("2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
            "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25");

    @Test
    void the_generated_2026_calendar_matches_OPMs_2026_list_plus_the_Saturday_legal_date() {
        HolidayCalendar cal = HolidayCalendar.federal(2026, 2026, true);
        Set<LocalDate> expected = new TreeSet<>(OPM_2026);
        expected.add(d("2026-07-04"));
        assertEquals(expected, cal.dates());
        Set<LocalDate> daysOff = cal.holidays().stream()
                .filter(h -> h.observed() || h.date().getDayOfWeek().getValue() <= 5)
                .map(Holiday::date).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(OPM_2026, daysOff);
    }

    @Test
    void the_2026_rows_carry_names_observed_flags_and_citations() {
        List<Holiday> rows = HolidayCalendar.federal(2026, 2026, true).holidays();
        assertEquals(12, rows.size());
        assertTrue(rows.contains(new Holiday(d("2026-07-03"), "Independence Day", true, "5 U.S.C. § 6103(b)")));
        assertTrue(rows.contains(new Holiday(d("2026-07-04"), "Independence Day", false, "5 U.S.C. § 6103(a)")));
        assertTrue(rows.contains(new Holiday(d("2026-01-19"), "Birthday of Martin Luther King, Jr.", false,
                Holiday.CITATION_LEGAL)));
        assertEquals(d("2026-01-01"), rows.get(0).date());
    }

    @Test
    void without_observed_days_the_Friday_before_a_Saturday_holiday_is_not_a_holiday() {
        HolidayCalendar cal = HolidayCalendar.federal(2026, 2026, false);
        assertFalse(cal.contains(d("2026-07-03")));
        assertTrue(cal.contains(d("2026-07-04")));
        assertEquals(11, cal.dates().size());
        assertTrue(cal.holidays().stream().noneMatch(Holiday::observed));
    }

    @Test
    void a_Sunday_holiday_is_observed_the_Monday_after() {
        HolidayCalendar cal = HolidayCalendar.federal(2027, 2027, true);
        assertEquals(DayOfWeek.SUNDAY, d("2027-07-04").getDayOfWeek());
        assertTrue(cal.contains(d("2027-07-05")));
        assertTrue(cal.holidays().contains(new Holiday(d("2027-07-05"), "Independence Day", true,
                Holiday.CITATION_OBSERVED_MONDAY)));
    }

    @Test
    void New_Years_Day_2027_falls_on_a_Friday_and_needs_no_observed_day() {
        HolidayCalendar cal = HolidayCalendar.federal(2027, 2027, true);
        assertEquals(DayOfWeek.FRIDAY, d("2027-01-01").getDayOfWeek());
        assertTrue(cal.contains(d("2027-01-01")));
        assertFalse(cal.contains(d("2026-12-31")));
        assertFalse(cal.contains(d("2027-01-04")));
    }

    @Test
    void the_first_Juneteenth_is_2021_and_its_Saturday_is_observed_on_Friday_June_18() {
        assertFalse(HolidayCalendar.federal(2020, 2020, true).contains(d("2020-06-19")));
        HolidayCalendar cal = HolidayCalendar.federal(2021, 2021, true);
        assertTrue(cal.contains(d("2021-06-19")));
        assertTrue(cal.contains(d("2021-06-18")));
        assertTrue(cal.holidays().contains(Holiday.of(d("2021-06-18"), "Juneteenth National Independence Day", true)));
    }

    @Test
    void New_Years_Day_2022_on_a_Saturday_is_observed_on_Friday_December_31_2021() {
        assertEquals(DayOfWeek.SATURDAY, d("2022-01-01").getDayOfWeek());
        assertTrue(HolidayCalendar.federal(2022, 2022, true).contains(d("2021-12-31")));
        assertTrue(HolidayCalendar.federal(2021, 2021, true).contains(d("2021-12-31")));
        assertFalse(HolidayCalendar.federal(2021, 2022, false).contains(d("2021-12-31")));
    }

    @Test
    void the_King_holiday_is_absent_before_1986() {
        HolidayCalendar cal = HolidayCalendar.federal(1985, 1986, false);
        assertTrue(cal.holidays().stream().noneMatch(h -> h.name().contains("King") && h.date().getYear() == 1985));
        assertFalse(cal.contains(d("1985-01-21")));
        assertTrue(cal.contains(d("1986-01-20")));
        assertEquals(9, cal.holidays().stream().filter(h -> h.date().getYear() == 1985).count());
    }

    @Test
    void every_year_from_2000_to_2040_has_11_legal_dates_or_10_before_2021() {
        HolidayCalendar cal = HolidayCalendar.federal(2000, 2040, true);
        for (int year = 2000; year <= 2040; year++) {
            int y = year;
            long legal = cal.holidays().stream().filter(h -> !h.observed() && h.date().getYear() == y).count();
            assertEquals(y >= 2021 ? 11 : 10, legal, "legal holidays in " + y);
        }
        for (Holiday h : cal.holidays()) {
            DayOfWeek dow = h.date().getDayOfWeek();
            if (h.observed()) {
                assertTrue(dow == DayOfWeek.FRIDAY || dow == DayOfWeek.MONDAY, h.toString());
            }
        }
    }

    @Test
    void an_empty_calendar_contains_nothing() {
        assertTrue(HolidayCalendar.empty().isEmpty());
        assertFalse(HolidayCalendar.empty().contains(d("2026-12-25")));
    }

    @Test
    void a_year_range_the_rules_do_not_cover_is_refused_with_the_reason() {
        var e = assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.federal(1970, 1980, true));
        assertTrue(e.getMessage().contains("1978"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.federal(2027, 2026, true));
    }

    @Test
    void a_calendar_rebuilt_from_its_own_rows_is_equal_to_it() {
        HolidayCalendar cal = HolidayCalendar.federal(2024, 2028, true);
        assertEquals(cal, HolidayCalendar.fromRows(cal.holidays(), true));
        assertEquals(HolidayCalendar.federal(2024, 2028, false), HolidayCalendar.fromRows(cal.holidays(), false));
    }
}
