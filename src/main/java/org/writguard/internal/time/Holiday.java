package org.writguard.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the {@code holiday_calendar} table (DOMAIN 6.7): a legal public holiday of
 * 5 U.S.C. § 6103(a), or a day observed instead of one under § 6103(b).
 *
 * @param date     the calendar day that is not counted by the business-hour clock
 * @param name     the holiday's name as § 6103(a) gives it
 * @param observed true when the row is an observed day (Friday before / Monday after)
 * @param citation {@link #CITATION_LEGAL}, {@link #CITATION_OBSERVED}, {@link #CITATION_OBSERVED_MONDAY},
 *                 or an analyst's own source
 */
public record Holiday(LocalDate date, String name, boolean observed, String citation) {

    public static final String CITATION_LEGAL = "5 U.S.C. § 6103(a)";
    /** A Saturday holiday observed the Friday before. */
    public static final String CITATION_OBSERVED = "5 U.S.C. § 6103(b)";
    /** A Sunday holiday observed the Monday after: OPM cites the Executive order, not § 6103(b). */
    public static final String CITATION_OBSERVED_MONDAY = "Exec. Order 11582 § 3(a); 5 U.S.C. § 6103(b)";

    public Holiday {
        Objects.requireNonNull(date, "holiday date");
        Objects.requireNonNull(name, "holiday name");
        Objects.requireNonNull(citation, "holiday citation");
    }

    /** A row with the standard citation for its kind (an observed Monday stands for a Sunday holiday). */
    public static Holiday of(LocalDate date, String name, boolean observed) {
        String citation = !observed ? CITATION_LEGAL
                : date.getDayOfWeek() == DayOfWeek.MONDAY ? CITATION_OBSERVED_MONDAY : CITATION_OBSERVED;
        return new Holiday(date, name, observed, citation);
    }
}
