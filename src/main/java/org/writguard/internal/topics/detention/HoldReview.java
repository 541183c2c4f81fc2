package org.writguard.internal.topics.detention;

import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.Circuit;
import org.writguard.facts.Detainer;
import org.writguard.facts.DetainerForm;
import org.writguard.facts.DetainerWarrant;
import org.writguard.facts.Hold;
import org.writguard.facts.HoldEndReason;
import org.writguard.facts.Model;
import org.writguard.facts.Moa;
import org.writguard.facts.PcBasis;
import org.writguard.internal.time.Holiday;
import org.writguard.internal.time.HolidayCalendar;
import org.writguard.internal.time.HourClock;
import org.writguard.internal.topics.authority.Moas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the detention rules (F13-F18, DOMAIN.md 7-B and 8.1) need to know about one hold, worked out
 * from the facts, the analyst parameters, the holiday calendar and the hold-limit policy. Each finding's
 * condition is a {@link Tracked}: YES fires, UNKNOWN is UNDETERMINED with the missing facts.
 *
 * <p>Null semantics (DOMAIN.md 12.5): {@code custody_transferred_to_ice_at}, {@code warrant_served_287g_at},
 * {@code physically_left_lea_facility_at} and {@code judicial_pc_determination_at} null mean "had not happened
 * by as_of"; every other null is unknown.
 */
public final class HoldReview {
    /** ICE Policy 10074.2 took effect on this day; Form I-247A exists only since then (DOMAIN.md 2.2). */
    public static final LocalDate POLICY_10074_2_EFFECTIVE = LocalDate.of(2017, 4, 2);
    private static final Set<PcBasis> NO_PROBABLE_CAUSE = EnumSet.of(PcBasis.INVESTIGATION_INITIATED,
            PcBasis.DB_NO_MATCH_FOREIGN_BIRTH, PcBasis.UNKNOWN);

    /** What the topic resolved for this hold besides its own facts. */
    public record Settings(BigDecimal detainerMaxHours, String detainerMaxOrigin,
                           BigDecimal postTransferMaxHours, BigDecimal judicialPcMaxHours,
                           Boolean observedHolidaysCount, HolidayRows holidays,
                           HoldLimitPolicy policy, String policySource, Circuit circuit, String circuitState) {
        public Settings {
            if (holidays == null) holidays = new HolidayRows(List.of(), Set.of());
            if (policy == null) policy = HoldLimitPolicy.BOTH;
        }

        public List<Holiday> holidayRows() { return holidays.rows(); }

        public Set<Integer> yearsWithoutRows() { return holidays.yearsWithoutRows(); }
    }

    Hold hold;
    Settings settings;
    /** The hold-limit policy row that chose the measure F13 applies (null when no row matched). */
    org.writguard.internal.tables.RowHit policyRow;
    OffsetDateTime asOf;
    OffsetDateTime start;
    OffsetDateTime end;
    OffsetDateTime detainerEnd;
    OffsetDateTime transfer;
    boolean stillHeld;
    boolean ongoing;
    Double hoursCalendar;
    Double hoursBusiness;
    Double holdHoursCalendar;
    Double holdHoursBusiness;
    List<LocalDate> holidaysInRange = new ArrayList<>();
    /** The business time from start to end when {@link #businessOver} already measured exactly that span. */
    private Duration wholeBusiness;
    String observedNote;
    Tracked heldOnDetainer;
    Tracked f13Regulatory = Tracked.no();
    Tracked f13FormRequest = Tracked.no();
    Tracked f14 = Tracked.no();
    Double postTransferHours;
    boolean postTransferOngoing;
    Tracked f15 = Tracked.no();
    Tracked f16 = Tracked.no();
    Tracked f17 = Tracked.no();
    /** F17 on a hold within the McLaughlin presumption, fired only on a documented unreasonable delay: MEDIUM. */
    boolean f17Medium;
    /** When a neutral probable-cause determination is due on a detainer hold still running (DOMAIN.md 13.16). */
    OffsetDateTime judicialPcDueAt;
    Double hoursWithoutDetermination;
    Double hoursToJudicialPc;
    /** DOMAIN.md 13.2: the moment the person is held on the detainer, for F16, F17 and F21. */
    OffsetDateTime pcStart;
    /** The start rests on bail_set_at (bail frustrated by the detainer): [U] for F16/F17 (13.16), confidence LOW. */
    boolean startRestsOnBail;
    /** DOMAIN.md 13.1 and 13.15: F16 US_CITIZEN_HELD. */
    org.writguard.facts.Person person;
    Tracked f16Citizen = Tracked.no();
    Tracked f18 = Tracked.no();

    /** The detainer hold's start (release eligibility) and end, as the topic also needs them for planning. */
    record Interval(OffsetDateTime start, OffsetDateTime end) { }

    /** End of the hold as known: as_of while STILL_HELD, else hold_ended_at (null when unknown). */
    static OffsetDateTime holdEnd(Hold h, OffsetDateTime asOf) {
        if (h.getHoldEndReason() == HoldEndReason.STILL_HELD) return asOf;
        return h.getHoldEndedAt();
    }

    /** The moment custody passed to ICE: custody_transferred_to_ice_at, else warrant_served_287g_at (F14). */
    static OffsetDateTime transfer(Hold h) {
        return h.getCustodyTransferredToIceAt() != null ? h.getCustodyTransferredToIceAt() : h.getWarrantServed287gAt();
    }

    /** The years of local days a hold touches, for the per-year holiday lookups. */
    static Set<Integer> years(Hold h, OffsetDateTime asOf) {
        Set<Integer> years = new TreeSet<>();
        OffsetDateTime s = h.getReleaseEligibleAt() != null ? h.getReleaseEligibleAt() : h.getHoldStartedAt();
        OffsetDateTime e = holdEnd(h, asOf);
        if (e == null) e = transfer(h);
        if (s == null || e == null || e.isBefore(s)) return years;
        ZoneId tz = zone(h);
        int from = local(s, tz).getYear();
        int to = local(e, tz).getYear();
        for (int y = from; y <= to && y - from < 200; y++) years.add(y);
        return years;
    }

    static ZoneId zone(Hold h) { return h.getFacilityTz() == null ? null : ZoneId.of(h.getFacilityTz()); }

    private static LocalDate local(OffsetDateTime t, ZoneId tz) {
        return tz == null ? t.toLocalDate() : t.atZoneSameInstant(tz).toLocalDate();
    }

    public static HoldReview of(Hold h, Agency agency, OffsetDateTime asOf, Settings s) {
        return of(h, agency, asOf, s, null);
    }

    public static HoldReview of(Hold h, Agency agency, OffsetDateTime asOf, Settings s, org.writguard.facts.Person person) {
        HoldReview x = new HoldReview();
        x.hold = h;
        x.settings = s;
        x.asOf = asOf;
        x.person = person;
        Detainer d = h.getDetainer();
        String dp = h.getPath() + ".detainer";
        x.stillHeld = h.getHoldEndReason() == HoldEndReason.STILL_HELD;
        x.start = h.getReleaseEligibleAt();
        x.pcStart = x.start;
        OffsetDateTime bail = bailStart(h);
        if (bail != null && (x.start == null || bail.isBefore(x.start))) {
            x.pcStart = bail;
            x.startRestsOnBail = true;
        }
        x.end = holdEnd(h, asOf);
        x.transfer = transfer(h);
        x.detainerEnd = x.end;
        if (x.transfer != null && (x.detainerEnd == null || x.transfer.isBefore(x.detainerEnd))) x.detainerEnd = x.transfer;
        x.ongoing = x.stillHeld && x.transfer == null;

        DetainerForm form = d == null ? null : d.getForm();
        x.heldOnDetainer = form == null ? Tracked.of(Tri.UNKNOWN).miss(dp, ".form")
                : Tracked.of(Tri.of(form != DetainerForm.NONE)).use(dp, ".form");

        x.detainerHold(h, d, dp);
        x.postTransfer(h, agency);
        x.warrant(d, dp);
        x.probableCause(h, d, dp);
        x.citizen(h);
        x.gerstein(h, agency);
        Tracked i247a = form == null ? Tracked.of(Tri.UNKNOWN).miss(dp, ".form")
                : Tracked.of(Tri.of(form == DetainerForm.I247A)).use(dp, ".form");
        x.f18 = i247a.and(Tracked.fact(d == null ? null : d.getServedOnSubject(), dp, ".served_on_subject").not());
        return x;
    }

    /** Paths that say where the end of the hold came from (or that it is unknown). */
    private Tracked endKnown(Hold h) {
        if (stillHeld) return Tracked.yes().use(h, "hold_end_reason").use("as_of");
        if (h.getHoldEndedAt() != null) return Tracked.yes().use(h, "hold_ended_at");
        if (transfer != null) return Tracked.yes().use(h, "custody_transferred_to_ice_at");
        Tracked t = Tracked.of(Tri.UNKNOWN).miss(h, "hold_ended_at");
        if (h.getHoldEndReason() == null) t.miss(h, "hold_end_reason");
        return t;
    }

    /** F13: the detainer hold measured from release eligibility (DOMAIN.md 8.1), both clocks. */
    private void detainerHold(Hold h, Detainer d, String dp) {
        Tracked occurred = heldOnDetainer.and(h.getHoldEndReason() == null
                ? Tracked.of(Tri.UNKNOWN).miss(h, "hold_end_reason") : Tracked.yes().use(h, "hold_end_reason"));
        Tracked startKnown = start == null ? Tracked.of(Tri.UNKNOWN).miss(h, "release_eligible_at")
                : Tracked.yes().use(h, "release_eligible_at");
        Tracked known = startKnown.and(endKnown(h));
        BigDecimal max = settings.detainerMaxHours();
        Tracked limitKnown = max == null ? Tracked.of(Tri.UNKNOWN).miss("parameters.detainer_hold_max_hours") : Tracked.yes();
        Tracked notExcluded = Tracked.fact(d == null ? null : d.getFormExcludesWeekendsHolidays(),
                dp + ".form_excludes_weekends_holidays").not();
        if (!known.isYes() || !limitKnown.isYes()) {
            Tracked unknown = known.and(limitKnown);
            if (settings.policy().regulatory()) f13Regulatory = occurred.and(unknown);
            if (settings.policy().formRequest()) f13FormRequest = occurred.and(unknown).and(notExcluded);
            wholeHold(h);
            return;
        }
        Duration limit = hours(max);
        Duration cal = clamp(start, detainerEnd);
        hoursCalendar = round2(HourClock.toHours(cal));
        Tracked calOver = Tracked.of(Tri.of(cal.compareTo(limit) > 0)).useAllOf(known);
        ZoneId tz = zone(h);
        Tracked busOver;
        if (tz == null) {
            // Business hours never exceed calendar hours, so a short hold is within the limit in any zone.
            busOver = calOver.isNo() ? calOver : Tracked.of(Tri.UNKNOWN).miss(h, "facility_tz");
        } else {
            busOver = businessOver(h, tz, limit, calOver);
        }
        if (settings.policy().regulatory()) f13Regulatory = occurred.and(busOver);
        if (settings.policy().formRequest()) f13FormRequest = occurred.and(calOver).and(notExcluded);
        wholeHold(h);
    }

    private Tracked businessOver(Hold h, ZoneId tz, Duration limit, Tracked calOver) {
        OffsetDateTime a = start;
        OffsetDateTime b = detainerEnd.isBefore(start) ? start : detainerEnd;
        Boolean observed = settings.observedHolidaysCount();
        // Each clock only when the parameter can pick it: both only while observed_holidays_count is unset.
        Duration busWith = Boolean.FALSE.equals(observed) ? null
                : HourClock.durationBusiness(a, b, tz, settings.holidays().calendar(true));
        Duration busWithout = Boolean.TRUE.equals(observed) ? null
                : HourClock.durationBusiness(a, b, tz, settings.holidays().calendar(false));
        HolidayCalendar used = settings.holidays().calendar(!Boolean.FALSE.equals(observed));
        Duration bus = Boolean.FALSE.equals(observed) ? busWithout : busWith;
        if (a == start && b == end) wholeBusiness = bus;
        hoursBusiness = round2(HourClock.toHours(bus));
        LocalDate first = local(a, tz);
        LocalDate last = local(b, tz);
        holidaysInRange.addAll(used.between(first, last));
        List<String> observedDays = new ArrayList<>();
        for (Holiday hol : settings.holidayRows()) {
            LocalDate day = hol.date();
            if (hol.observed() && !day.isBefore(first) && !day.isAfter(last)) observedDays.add(day + " (" + hol.name() + ")");
        }
        if (!observedDays.isEmpty()) {
            observedNote = "Observed day(s) " + String.join(", ", observedDays) + (Boolean.FALSE.equals(observed)
                    ? " were counted as working days" : " were skipped") + " (observed_holidays_count = " + observed
                    + "); whether 8 C.F.R. § 287.7(d) skips observed days is unsettled (DOMAIN.md 10.3).";
        }
        Tracked over;
        if (observed == null && busWith.compareTo(limit) <= 0 != busWithout.compareTo(limit) <= 0) {
            over = Tracked.of(Tri.UNKNOWN).miss("parameters.observed_holidays_count");
        } else {
            over = Tracked.of(Tri.of(bus.compareTo(limit) > 0));
        }
        over.useAllOf(calOver).use(h, "facility_tz");
        if (over.isYes()) {
            // A year the calendar has no holidays for may hide a holiday; the excess is then uncertain.
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                if (settings.yearsWithoutRows().contains(y)) {
                    over = Tracked.of(Tri.UNKNOWN).miss("holiday_calendar." + y).use(h, "facility_tz");
                }
            }
        }
        return over;
    }

    /** The whole hold past release eligibility (F16 reports it; it also covers custody on a civil warrant). */
    private void wholeHold(Hold h) {
        if (start == null || end == null) return;
        holdHoursCalendar = round2(HourClock.toHours(clamp(start, end)));
        ZoneId tz = zone(h);
        if (tz != null && !end.isBefore(start)) {
            // The detainer clock measured this same span when the hold ended on the detainer (no transfer before).
            Duration bus = wholeBusiness != null ? wholeBusiness : HourClock.durationBusiness(start, end, tz,
                    settings.holidays().calendar(!Boolean.FALSE.equals(settings.observedHolidaysCount())));
            holdHoursBusiness = round2(HourClock.toHours(bus));
        } else if (tz != null) {
            holdHoursBusiness = 0.0;
        }
    }

    /** F14: the JEM/WSO 48-hour limit on keeping a person in the LEA jail after custody passes to ICE. */
    private void postTransfer(Hold h, Agency agency) {
        if (transfer == null) return;
        Tracked jemOrWso;
        if (agency == null) {
            jemOrWso = Tracked.of(Tri.UNKNOWN).miss(h, "agency_id");
        } else {
            boolean any = false;
            for (Moa m : Moas.active(agency, transfer.toLocalDate())) {
                if (m.getModel() == Model.JEM || m.getModel() == Model.WSO) any = true;
            }
            jemOrWso = Tracked.of(Tri.of(any)).use(agency, "moas");
        }
        Tracked noIgsa = agency == null ? Tracked.of(Tri.UNKNOWN).miss(h, "agency_id")
                : Tracked.fact(agency.getIgsaInEffect(), agency, "igsa_in_effect").not();
        OffsetDateTime left;
        String leftPath;
        if (h.getPhysicallyLeftLeaFacilityAt() != null) {
            left = h.getPhysicallyLeftLeaFacilityAt();
            leftPath = h.field("physically_left_lea_facility_at");
        } else if (!stillHeld && h.getHoldEndedAt() != null) {
            left = h.getHoldEndedAt();
            leftPath = h.field("hold_ended_at");
        } else {
            left = asOf;
            leftPath = h.field("physically_left_lea_facility_at");
            postTransferOngoing = true;
        }
        Duration d = clamp(transfer, left);
        postTransferHours = round2(HourClock.toHours(d));
        BigDecimal max = settings.postTransferMaxHours();
        Tracked over = max == null ? Tracked.of(Tri.UNKNOWN).miss("parameters.post_transfer_hold_max_hours")
                : Tracked.of(Tri.of(d.compareTo(hours(max)) > 0));
        over.use(h.getCustodyTransferredToIceAt() != null ? h.field("custody_transferred_to_ice_at")
                : h.field("warrant_served_287g_at")).use(leftPath);
        f14 = jemOrWso.and(noIgsa).and(over);
    }

    /** F15: ICE Policy 10074.2 pairs every detainer with a signed I-200 or I-205. */
    private void warrant(Detainer d, String dp) {
        DetainerWarrant with = d == null ? null : d.getAccompaniedBy();
        Tracked none = with == null ? Tracked.of(Tri.UNKNOWN).miss(dp, ".accompanied_by")
                : Tracked.of(Tri.of(with == DetainerWarrant.NONE)).use(dp, ".accompanied_by");
        Tracked unsigned = with == DetainerWarrant.NONE ? Tracked.no()
                : Tracked.fact(d == null ? null : d.getWarrantSigned(), dp, ".warrant_signed").not();
        Tracked since;
        if (d != null && d.getForm() == DetainerForm.I247A) {
            since = Tracked.yes().use(dp, ".form");
        } else if (d != null && d.getReceivedAt() != null) {
            since = Tracked.of(Tri.of(!d.getReceivedAt().toLocalDate().isBefore(POLICY_10074_2_EFFECTIVE)))
                    .use(dp, ".received_at");
        } else {
            since = Tracked.of(Tri.UNKNOWN).miss(dp, ".received_at");
        }
        f15 = heldOnDetainer.and(none.or(unsigned)).and(since);
    }

    /** F16: held past release eligibility on a detainer whose basis is not probable cause. */
    private void probableCause(Hold h, Detainer d, String dp) {
        Tracked heldPast = heldPast(h, pcStart);
        Tracked civilWarrant = Tracked.of(Tri.of(h.getWarrantServed287gAt() != null)).use(h, "warrant_served_287g_at");
        Tracked sole = heldOnDetainer.or(civilWarrant);
        PcBasis pc = d == null ? null : d.getPcBasis();
        Tracked noPc = pc == null ? Tracked.of(Tri.UNKNOWN).miss(dp, ".pc_basis")
                : Tracked.of(Tri.of(NO_PROBABLE_CAUSE.contains(pc))).use(dp, ".pc_basis");
        f16 = heldPast.and(sole).and(noPc);
    }

    /** The detainer start from frustrated bail: the later of bail_set_at and the detainer's receipt (13.2, 13.15). */
    static OffsetDateTime bailStart(Hold h) {
        if (!Boolean.TRUE.equals(h.getBailFutileDueToDetainer()) || h.getBailSetAt() == null) return null;
        OffsetDateTime received = h.getDetainer() == null ? null : h.getDetainer().getReceivedAt();
        return received != null && received.isAfter(h.getBailSetAt()) ? received : h.getBailSetAt();
    }

    /** The paths naming where the detainer start came from. */
    private String startPath(Hold h) {
        return startRestsOnBail ? h.field("bail_set_at") : h.field("release_eligible_at");
    }

    /** Held on past {@code from} (release eligibility, or frustrated bail). */
    private Tracked heldPast(Hold h, OffsetDateTime from) {
        Tracked heldPast;
        if (from == null) {
            heldPast = Tracked.of(Tri.UNKNOWN).miss(h, "release_eligible_at");
        } else if (end != null) {
            heldPast = Tracked.of(Tri.of(end.isAfter(from))).useAllOf(endKnown(h)).use(startPath(h));
        } else if (transfer != null && transfer.isAfter(from)) {
            heldPast = Tracked.yes().use(startPath(h)).use(h, "custody_transferred_to_ice_at");
        } else {
            heldPast = Tracked.of(Tri.UNKNOWN).use(startPath(h)).miss(h, "hold_ended_at");
            if (h.getHoldEndReason() == null) heldPast.miss(h, "hold_end_reason");
        }
        return heldPast;
    }

    /**
     * F16 US_CITIZEN_HELD (DOMAIN.md 13.1, 13.15): a hold on the detainer (or a civil warrant) of a person who is a
     * U.S. citizen. With citizenship unknown and a claim made before or during the hold, UNDETERMINED naming
     * persons[i].us_citizen; with us_citizen = false, or unknown and no claim by the hold's end, not fired.
     */
    private void citizen(Hold h) {
        if (person == null) return;
        OffsetDateTime from = pcStart != null ? pcStart : h.getHoldStartedAt();
        // A citizen's hold is unlawful whatever the form asked and whatever its basis (13.1): a detainer known to
        // have been received is enough to say the person was held on one, even when its form is not recorded.
        Detainer d = h.getDetainer();
        Tracked lodged = d != null && d.getForm() == null && d.getReceivedAt() != null
                ? Tracked.yes().use(h.getPath(), ".detainer.received_at") : heldOnDetainer;
        Tracked held = lodged.or(Tracked.of(Tri.of(h.getWarrantServed287gAt() != null)).use(h, "warrant_served_287g_at"))
                .and(heldPast(h, from));
        Boolean usc = person.getUsCitizen();
        if (Boolean.FALSE.equals(usc)) return;
        if (Boolean.TRUE.equals(usc)) {
            f16Citizen = held.and(Tracked.yes().use(person, "us_citizen"));
            return;
        }
        OffsetDateTime claim = person.getCitizenshipClaimMadeAt();
        if (claim == null) return;
        OffsetDateTime holdEnd = end != null ? end : transfer;
        Tracked claimed = holdEnd == null ? Tracked.of(Tri.UNKNOWN).miss(h, "hold_ended_at")
                : Tracked.of(Tri.of(!claim.isAfter(holdEnd))).use(person, "citizenship_claim_made_at");
        if (claimed.isNo()) return;
        f16Citizen = held.and(claimed).and(Tracked.of(Tri.UNKNOWN).miss(person, "us_citizen"));
    }

    /**
     * F17: in the Ninth Circuit, a prompt neutral probable-cause determination (Gonzalez v. ICE), measured by County of
     * Riverside v. McLaughlin's 48-hour presumption (DOMAIN.md 13.16): fired (HIGH) when the hold on the detainer
     * lasted more than judicial_pc_max_hours calendar hours without a determination; within them only when
     * pc_delay_unreasonable_documented is true (MEDIUM). Unknown documentation leaves a short hold not fired (the
     * presumption puts the burden on the detainee). A hold still running within the limit reports when the
     * determination is due.
     */
    private void gerstein(Hold h, Agency agency) {
        Circuit c = settings.circuit();
        Tracked c9 = c == null ? Tracked.of(Tri.UNKNOWN).miss(h, "facility_state")
                : Tracked.of(Tri.of(c == Circuit.C9)).use(h.getFacilityState() != null || agency == null
                        ? h.field("facility_state") : agency.field("state"));
        if (c9.isNo()) return;
        OffsetDateTime gStart = h.getHoldStartedAt() != null ? h.getHoldStartedAt() : pcStart;
        String gStartPath = h.getHoldStartedAt() != null ? h.field("hold_started_at") : startPath(h);
        if (gStart == null) {
            f17 = c9.and(heldOnDetainer).and(Tracked.of(Tri.UNKNOWN).miss(h, "release_eligible_at"));
            return;
        }
        if (detainerEnd == null) {
            f17 = c9.and(heldOnDetainer).and(endKnown(h));
            return;
        }
        if (settings.judicialPcMaxHours() == null) {
            f17 = c9.and(heldOnDetainer).and(Tracked.of(Tri.UNKNOWN).miss("parameters.judicial_pc_max_hours"));
            return;
        }
        OffsetDateTime pc = h.getJudicialPcDeterminationAt();
        OffsetDateTime until = pc != null && pc.isBefore(detainerEnd) ? pc : detainerEnd;
        Duration held = clamp(gStart, until);
        Duration limit = hours(settings.judicialPcMaxHours());
        hoursWithoutDetermination = round2(HourClock.toHours(held));
        if (pc != null) hoursToJudicialPc = round2(HourClock.toHours(clamp(gStart, pc)));
        Tracked base = c9.and(heldOnDetainer).and(Tracked.yes().use(gStartPath).use(h, "judicial_pc_determination_at"));
        base.useAllOf(endKnown(h));
        if (held.compareTo(limit) > 0) {
            f17 = base;
            return;
        }
        if (pc == null && ongoing && !heldOnDetainer.isNo()) judicialPcDueAt = gStart.plus(limit);
        if (!held.isZero() && Boolean.TRUE.equals(h.getPcDelayUnreasonableDocumented())) {
            f17 = base.use(h, "pc_delay_unreasonable_documented");
            f17Medium = true;
        }
    }

    /**
     * County of Riverside v. McLaughlin, 500 U.S. 44, 56-57 (1991), in words, for F17's memo text (issue 19 item 7):
     * {@code beyond} when the hold outlasted the presumption (the burden is the government's), otherwise the branch a
     * shorter delay is judged by (the burden is the detainee's).
     */
    public static String mcLaughlinInWords(boolean beyond) {
        String rule = "County of Riverside v. McLaughlin, 500 U.S. 44, 56-57 (1991), in words: a person held without a"
                + " warrant must get a judge's (or magistrate's) probable-cause determination promptly, and one given"
                + " within 48 hours is presumed prompt. ";
        return rule + (beyond
                ? "Past 48 hours the burden shifts: the government must show a bona fide emergency or other"
                  + " extraordinary circumstance, and neither an intervening weekend nor the convenience of combining the"
                  + " determination with other proceedings is one."
                : "A delay under 48 hours is still unreasonable if the person shows it was unnecessary: to gather"
                  + " evidence to justify the arrest, out of ill will, or delay for delay's sake.");
    }

    /** Exact duration of a decimal number of hours (48 is 172800 s; 48.0166... is rounded to the nanosecond). */
    static Duration hours(BigDecimal h) {
        BigDecimal nanos = h.multiply(BigDecimal.valueOf(3_600_000_000_000L)).setScale(0, RoundingMode.HALF_UP);
        return Duration.ofNanos(nanos.longValueExact());
    }

    private static Duration clamp(OffsetDateTime a, OffsetDateTime b) {
        return b.isAfter(a) ? HourClock.durationCalendar(a, b) : Duration.ZERO;
    }

    static double round2(double h) { return BigDecimal.valueOf(h).setScale(2, RoundingMode.HALF_UP).doubleValue(); }

    /** Hours for an explanation: "49.0", "48.02". */
    public static String fmt(Double h) {
        if (h == null) return "?";
        BigDecimal b = BigDecimal.valueOf(h).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 1 ? b.setScale(1).toPlainString() : b.toPlainString();
    }

    public Hold getHold() { return hold; }
    public String getHoldId() { return hold.getHoldId(); }
    public String getPath() { return hold.getPath(); }
    public OffsetDateTime getStart() { return start; }
    /** Release eligibility as the facility's clock read it (for explanations); as written when the zone is unknown. */
    public OffsetDateTime getStartLocal() { return local(start); }
    /** The transfer to ICE on the facility's clock. */
    public OffsetDateTime getTransferLocal() { return local(transfer); }

    private OffsetDateTime local(OffsetDateTime t) {
        ZoneId tz = zone(hold);
        return t == null || tz == null ? t : t.atZoneSameInstant(tz).toOffsetDateTime();
    }
    public OffsetDateTime getEnd() { return end; }
    public OffsetDateTime getDetainerEnd() { return detainerEnd; }
    public OffsetDateTime getTransfer() { return transfer; }
    public boolean isStillHeld() { return stillHeld; }
    /** The detainer hold is still running at as_of (STILL_HELD, custody not passed to ICE). */
    public boolean isOngoing() { return ongoing; }
    public Double getHoursCalendar() { return hoursCalendar; }
    public Double getHoursBusiness() { return hoursBusiness; }
    public Double getHoldHoursCalendar() { return holdHoursCalendar; }
    public Double getHoldHoursBusiness() { return holdHoursBusiness; }
    public List<String> getHolidaysInRange() { return holidaysInRange.stream().map(LocalDate::toString).toList(); }
    public String getObservedNote() { return observedNote; }
    public BigDecimal getDetainerMaxHours() { return settings.detainerMaxHours(); }
    public String getDetainerMaxOrigin() { return settings.detainerMaxOrigin(); }
    public BigDecimal getPostTransferMaxHours() { return settings.postTransferMaxHours(); }
    public BigDecimal getJudicialPcMaxHours() { return settings.judicialPcMaxHours(); }
    public Boolean getObservedHolidaysCount() { return settings.observedHolidaysCount(); }
    public HoldLimitPolicy getPolicy() { return settings.policy(); }
    public String getPolicySource() { return settings.policySource(); }
    /** The hold-limit policy row behind F13's measure, for the finding's {@code source.consulted}. */
    public org.writguard.internal.tables.RowHit getPolicyRow() { return policyRow; }
    public Circuit getCircuit() { return settings.circuit(); }
    /** The state the circuit was taken from (facility, else agency). */
    public String getSettingsState() { return settings.circuitState(); }
    public OffsetDateTime getAsOf() { return asOf; }
    public Tracked getHeldOnDetainer() { return heldOnDetainer; }
    public Tracked getF13Regulatory() { return f13Regulatory; }
    public Tracked getF13FormRequest() { return f13FormRequest; }
    public Tracked getF14() { return f14; }
    public Double getPostTransferHours() { return postTransferHours; }
    public boolean isPostTransferOngoing() { return postTransferOngoing; }
    public Tracked getF15() { return f15; }
    public Tracked getF16() { return f16; }
    public Tracked getF17() { return f17; }
    public Double getHoursToJudicialPc() { return hoursToJudicialPc; }
    public Double getHoursWithoutDetermination() { return hoursWithoutDetermination; }
    public boolean isF17Medium() { return f17Medium; }
    public OffsetDateTime getJudicialPcDueAt() { return judicialPcDueAt; }
    public boolean isStartRestsOnBail() { return startRestsOnBail; }
    public OffsetDateTime getPcStart() { return pcStart; }
    public Tracked getF16Citizen() { return f16Citizen; }
    public org.writguard.facts.Person getPerson() { return person; }
    /** DOMAIN.md 13.15: HIGH with documentary evidence, MEDIUM otherwise; LOW when the start rests on bail (13.16). */
    public org.writguard.findings.Confidence getCitizenConfidence() {
        if (startRestsOnBail) return org.writguard.findings.Confidence.LOW;
        return person != null && person.isDocumentaryEvidence() ? org.writguard.findings.Confidence.HIGH
                : org.writguard.findings.Confidence.MEDIUM;
    }
    public Tracked getF18() { return f18; }
    public String getDetainerForm() {
        return hold.getDetainer() == null || hold.getDetainer().getForm() == null ? null : hold.getDetainer().getForm().name();
    }
    public String getPcBasis() {
        return hold.getDetainer() == null || hold.getDetainer().getPcBasis() == null ? null : hold.getDetainer().getPcBasis().name();
    }
}
