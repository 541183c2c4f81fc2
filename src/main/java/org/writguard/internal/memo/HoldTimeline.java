package org.writguard.internal.memo;

import org.writguard.engine.Report;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Encounter;
import org.writguard.facts.Hold;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Status;
import org.writguard.internal.time.HolidayCalendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The picture of one hold (issue 15): booking, release eligibility, the detainer, the two 48-hour limits (calendar
 * hours, and hours excluding Saturdays, Sundays and holidays), weekends and holidays shaded, the judicial probable-cause
 * determination, and release or transfer. One SVG, self-contained (no script, no external reference), every text
 * that comes from the case escaped; the Assess page, the HTML memo and the PDF show the same picture.
 */
public final class HoldTimeline {
    /** A hold longer than this is drawn up to this span after its start, with the end marked as off the picture. */
    public static final Duration MAX_SPAN = Duration.ofDays(60);
    static final int WIDTH = 900;
    private static final int LEFT = 20;
    private static final int RIGHT = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE M/d", Locale.US);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE M/d HH:mm", Locale.US);

    /** One marked moment. */
    public record Mark(String label, OffsetDateTime at, String kind) { }

    /** One limit: where it falls, what it is, and whether the hold ran past it. */
    public record Limit(String label, OffsetDateTime at, boolean exceeded) { }

    /** What is drawn for a hold; tests read it as well as the picture. */
    public record Model(String holdId, ZoneId zone, OffsetDateTime from, OffsetDateTime to, OffsetDateTime start,
                        OffsetDateTime end, boolean ongoing, List<Mark> marks, List<Limit> limits,
                        List<LocalDate> holidays) { }

    private HoldTimeline() { }

    /** A model for every hold of the case that has a start (release eligibility or the hold's own start). */
    public static List<Model> models(CaseFile c, Report r) {
        List<Model> out = new ArrayList<>();
        if (c.getHolds() == null) return out;
        for (Hold h : c.getHolds()) {
            Model m = model(c, r, h);
            if (m != null) out.add(m);
        }
        return out;
    }

    /** Every hold's picture, one after the other; an empty string when the case has no hold with a start. */
    public static String svgAll(CaseFile c, Report r) {
        StringBuilder sb = new StringBuilder();
        for (Model m : models(c, r)) sb.append(svg(m)).append('\n');
        return sb.toString();
    }

    static Model model(CaseFile c, Report r, Hold h) {
        OffsetDateTime start = h.getReleaseEligibleAt() != null ? h.getReleaseEligibleAt() : h.getHoldStartedAt();
        if (start == null) return null;
        ZoneId zone = zone(h, start);
        OffsetDateTime asOf = c.getAsOf();
        // The person leaves the jail when the hold ends or they physically leave; a transfer of custody to ICE ends the
        // picture only when nothing says they stayed (F14 is about staying in the jail after the transfer).
        boolean stillHeld = h.getHoldEndReason() == org.writguard.facts.HoldEndReason.STILL_HELD;
        OffsetDateTime end = firstNonNull(h.getHoldEndedAt(), h.getPhysicallyLeftLeaFacilityAt(),
                stillHeld ? null : h.getCustodyTransferredToIceAt());
        boolean ongoing = end == null;
        if (ongoing) end = asOf != null && asOf.isAfter(start) ? asOf : start.plusHours(1);
        if (end.isBefore(start)) end = start;
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) end = start.plus(MAX_SPAN);

        List<Mark> marks = new ArrayList<>();
        Encounter arrestEnc = null;
        if (h.getArrestEncounterId() != null && c.getEncounters() != null) {
            for (Encounter e : c.getEncounters()) {
                if (h.getArrestEncounterId().equals(e.getEncounterId())) arrestEnc = e;
            }
        }
        if (arrestEnc != null && arrestEnc.getArrest() != null && arrestEnc.getArrest().getAt() != null) {
            marks.add(new Mark("arrest / booking", arrestEnc.getArrest().getAt(), "event"));
        }
        if (h.getHoldStartedAt() != null && !h.getHoldStartedAt().equals(h.getReleaseEligibleAt())) {
            marks.add(new Mark("hold started", h.getHoldStartedAt(), "event"));
        }
        if (h.getReleaseEligibleAt() != null) marks.add(new Mark("eligible for release", h.getReleaseEligibleAt(), "start"));
        if (h.getBailSetAt() != null) marks.add(new Mark("bail set", h.getBailSetAt(), "event"));
        if (h.getDetainer() != null && h.getDetainer().getReceivedAt() != null) {
            marks.add(new Mark("detainer received" + (h.getDetainer().getForm() != null ? " (" + h.getDetainer().getForm() + ")" : ""),
                    h.getDetainer().getReceivedAt(), "event"));
        }
        if (h.getJudicialPcDeterminationAt() != null) marks.add(new Mark("judicial PC determination", h.getJudicialPcDeterminationAt(), "event"));
        if (h.getStateCourtHoldOrderAt() != null) marks.add(new Mark("state court hold order", h.getStateCourtHoldOrderAt(), "event"));
        if (h.getWarrantServed287gAt() != null) marks.add(new Mark("287(g) warrant served", h.getWarrantServed287gAt(), "event"));
        if (h.getCustodyTransferredToIceAt() != null) marks.add(new Mark("custody to ICE", h.getCustodyTransferredToIceAt(), "end"));
        if (h.getPhysicallyLeftLeaFacilityAt() != null) marks.add(new Mark("left the facility", h.getPhysicallyLeftLeaFacilityAt(), "end"));
        if (h.getHoldEndedAt() != null) {
            marks.add(new Mark("hold ended" + (h.getHoldEndReason() != null ? " (" + h.getHoldEndReason() + ")" : ""), h.getHoldEndedAt(), "end"));
        }
        if (ongoing) marks.add(new Mark("still held at as_of", end, "end"));
        marks.sort(Comparator.comparing(Mark::at));

        // The limit in force, as the engine worked it out (F13's computed values); 48 when no F13 reports one.
        double limitHours = 48;
        boolean observedCount = true;
        String holdId = h.getHoldId();
        for (Finding f : r.getFindings()) {
            if (f.getCode() != FindingCode.DETAINER_HOLD_EXCEEDS_48H || holdId == null || !holdId.equals(f.getSubjectId())) continue;
            Object lh = f.getComputed().get("limit_hours");
            if (lh instanceof Number n) limitHours = n.doubleValue();
            Object oc = f.getComputed().get("observed_holidays_count");
            if (oc instanceof Boolean b) observedCount = b;
        }
        HolidayCalendar cal = HolidayCalendar.federal(Math.max(HolidayCalendar.FIRST_GENERATED_YEAR, start.getYear() - 1),
                Math.max(HolidayCalendar.FIRST_GENERATED_YEAR, end.getYear() + 1), observedCount);
        Duration limit = Duration.ofMinutes(Math.round(limitHours * 60));
        OffsetDateTime calendarLimit = start.plus(limit);
        OffsetDateTime businessLimit = addBusiness(start, limit, zone, cal);
        String hours = limitHours == Math.rint(limitHours) ? String.valueOf((long) limitHours) : String.valueOf(limitHours);
        List<Limit> limits = new ArrayList<>(List.of(
                new Limit(hours + " calendar hours", calendarLimit, end.isAfter(calendarLimit)),
                new Limit(hours + " h excl. weekends and holidays", businessLimit, end.isAfter(businessLimit))));
        // The other clocks of a hold, drawn when the engine found them run out (their limits as it computed them).
        for (Finding f : r.getFindings()) {
            if (f.getStatus() != Status.FIRED || holdId == null || !holdId.equals(f.getSubjectId())) continue;
            Object lh = f.getComputed().get("limit_hours");
            double lim = lh instanceof Number n ? n.doubleValue() : 48;
            String lims = lim == Math.rint(lim) ? String.valueOf((long) lim) : String.valueOf(lim);
            Duration d = Duration.ofMinutes(Math.round(lim * 60));
            // The post-transfer clock runs from the transfer of custody, or else the service of a 287(g) warrant (as HoldReview).
            OffsetDateTime transfer = firstNonNull(h.getCustodyTransferredToIceAt(), h.getWarrantServed287gAt());
            if (f.getCode() == FindingCode.POST_TRANSFER_JAIL_HOLD_EXCEEDS_48H && transfer != null) {
                OffsetDateTime at = transfer.plus(d);
                limits.add(new Limit(lims + " h in the jail after custody to ICE (F14)", at, end.isAfter(at)));
            } else if (f.getCode() == FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION) {
                OffsetDateTime at = start.plus(d);
                OffsetDateTime pc = h.getJudicialPcDeterminationAt();
                limits.add(new Limit(lims + " h to a judicial probable-cause determination (F17)", at, pc == null || pc.isAfter(at)));
            }
        }

        OffsetDateTime from = start;
        OffsetDateTime to = end;
        for (Mark m : marks) {
            if (m.at().isBefore(from) && Duration.between(m.at(), start).toDays() < 14) from = m.at();
            if (m.at().isAfter(to) && Duration.between(end, m.at()).toDays() < 14) to = m.at();
        }
        for (Limit l : limits) if (l.at().isAfter(to) && Duration.between(start, l.at()).compareTo(MAX_SPAN) <= 0) to = l.at();
        // Whole days in the facility's zone, so weekends shade from midnight to midnight.
        from = from.atZoneSameInstant(zone).toLocalDate().atStartOfDay(zone).toOffsetDateTime();
        to = to.atZoneSameInstant(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<LocalDate> holidays = new ArrayList<>(cal.between(from.atZoneSameInstant(zone).toLocalDate(),
                to.atZoneSameInstant(zone).toLocalDate()));
        return new Model(holdId, zone, from, to, start, end, ongoing, marks, limits, holidays);
    }

    /** start plus d, counting only time on days that are neither Saturday, Sunday nor a holiday in the zone. */
    static OffsetDateTime addBusiness(OffsetDateTime start, Duration d, ZoneId zone, HolidayCalendar cal) {
        ZonedDateTime t = start.atZoneSameInstant(zone);
        Duration left = d;
        for (int guard = 0; guard < 4000 && !left.isZero() && !left.isNegative(); guard++) {
            ZonedDateTime nextDay = t.toLocalDate().plusDays(1).atStartOfDay(zone);
            LocalDate day = t.toLocalDate();
            boolean counts = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !cal.contains(day);
            if (counts) {
                Duration rest = Duration.between(t, nextDay);
                if (rest.compareTo(left) >= 0) return t.plus(left).toOffsetDateTime();
                left = left.minus(rest);
            }
            t = nextDay;
        }
        return t.toOffsetDateTime();
    }

    /** The picture, drawn {@value #WIDTH} units wide. */
    public static String svg(Model m) {
        return svg(m, WIDTH);
    }

    /** The picture, scaled to {@code displayWidth} (the memo's page is narrower than a screen). */
    public static String svg(Model m, int displayWidth) {
        int laneTop = 46;
        int barY = laneTop + 20;
        int rows = m.marks().size() + m.limits().size();
        int height = barY + 40 + rows * 16 + 24;
        double span = Math.max(1, Duration.between(m.from(), m.to()).toMinutes());
        double w = WIDTH - LEFT - RIGHT;
        java.util.function.Function<OffsetDateTime, Double> x = t -> LEFT + w * clamp(Duration.between(m.from(), t).toMinutes() / span);
        StringBuilder s = new StringBuilder();
        String title = "Hold " + (m.holdId() == null ? "" : m.holdId()) + " timeline";
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hold-timeline\" role=\"img\" width=\"").append(displayWidth)
                .append("\" height=\"").append(Math.round((double) height * displayWidth / WIDTH)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" data-hold-id=\"").append(Html.escape(m.holdId())).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">");
        s.append("<title>").append(Html.escape(title)).append("</title>");
        s.append("<text x=\"").append(LEFT).append("\" y=\"16\" font-size=\"13\" font-weight=\"bold\">").append(Html.escape(title))
                .append(" (").append(Html.escape(m.zone().getId())).append(")</text>");
        // Days: weekends and holidays shaded, a tick and a label per day (every few days when the span is long).
        LocalDate first = m.from().atZoneSameInstant(m.zone()).toLocalDate();
        LocalDate last = m.to().atZoneSameInstant(m.zone()).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last);
        int every = (int) Math.max(1, Math.ceil(days / 14.0));
        int i = 0;
        for (LocalDate d = first; d.isBefore(last); d = d.plusDays(1), i++) {
            OffsetDateTime a = d.atStartOfDay(m.zone()).toOffsetDateTime();
            OffsetDateTime b = d.plusDays(1).atStartOfDay(m.zone()).toOffsetDateTime();
            double xa = x.apply(a);
            double xb = x.apply(b);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean holiday = m.holidays().contains(d);
            if (weekend || holiday) {
                s.append("<rect class=\"").append(holiday ? "holiday" : "weekend").append("\" x=\"").append(f(xa)).append("\" y=\"").append(laneTop)
                        .append("\" width=\"").append(f(xb - xa)).append("\" height=\"").append(height - laneTop - 20)
                        .append("\" fill=\"").append(holiday ? "#f6d7a7" : "#e4e4e4").append("\"><title>")
                        .append(holiday ? "holiday " : "weekend ").append(d).append("</title></rect>");
            }
            s.append("<line x1=\"").append(f(xa)).append("\" y1=\"").append(laneTop).append("\" x2=\"").append(f(xa)).append("\" y2=\"")
                    .append(laneTop + 6).append("\" stroke=\"#888\"/>");
            if (i % every == 0) {
                s.append("<text x=\"").append(f(xa + 2)).append("\" y=\"").append(laneTop - 4).append("\" fill=\"#555\">")
                        .append(Html.escape(d.format(DAY))).append(holiday ? " (holiday)" : "").append("</text>");
            }
        }
        // The hold itself: from release eligibility to release or transfer (or as_of).
        double xs = x.apply(m.start());
        double xe = x.apply(m.end());
        s.append("<rect class=\"hold-bar\" x=\"").append(f(xs)).append("\" y=\"").append(barY).append("\" width=\"")
                .append(f(Math.max(2, xe - xs))).append("\" height=\"14\" fill=\"#4a6fa5\"><title>held on the detainer")
                .append(m.ongoing() ? " (still held at as_of)" : "").append("</title></rect>");
        // The part past the earlier limit, red: the over-hold at a glance.
        OffsetDateTime firstLimit = m.limits().stream().filter(Limit::exceeded).map(Limit::at).min(Comparator.naturalOrder()).orElse(m.end());
        if (m.end().isAfter(firstLimit)) {
            double xl = x.apply(firstLimit);
            s.append("<rect class=\"over-hold\" x=\"").append(f(xl)).append("\" y=\"").append(barY).append("\" width=\"")
                    .append(f(Math.max(2, xe - xl))).append("\" height=\"14\" fill=\"#c0392b\"><title>held past ")
                    .append(Html.escape(firstLimit.atZoneSameInstant(m.zone()).format(STAMP))).append("</title></rect>");
        }
        int y = barY + 34;
        for (Limit l : m.limits()) {
            double xl = x.apply(l.at());
            String color = l.exceeded() ? "#c0392b" : "#2e7d32";
            s.append("<line class=\"limit\" x1=\"").append(f(xl)).append("\" y1=\"").append(barY - 6).append("\" x2=\"").append(f(xl))
                    .append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(color).append("\" stroke-width=\"2\" stroke-dasharray=\"5,3\"/>");
            s.append(label(xl, y, "limit: " + l.label() + " at " + l.at().atZoneSameInstant(m.zone()).format(STAMP)
                    + (l.exceeded() ? " (exceeded)" : ""), color));
            y += 16;
        }
        for (Mark mk : m.marks()) {
            double xm = x.apply(mk.at());
            String color = switch (mk.kind()) { case "start" -> "#1b4f9c"; case "end" -> "#000"; default -> "#6a1b9a"; };
            s.append("<circle class=\"mark\" cx=\"").append(f(xm)).append("\" cy=\"").append(barY + 7).append("\" r=\"4\" fill=\"")
                    .append(color).append("\"/>");
            s.append("<line x1=\"").append(f(xm)).append("\" y1=\"").append(barY + 11).append("\" x2=\"").append(f(xm)).append("\" y2=\"")
                    .append(y - 4).append("\" stroke=\"").append(color).append("\" stroke-width=\"0.6\"/>");
            s.append(label(xm, y, mk.label() + " " + mk.at().atZoneSameInstant(m.zone()).format(STAMP), color));
            y += 16;
        }
        s.append("<text x=\"").append(LEFT).append("\" y=\"").append(height - 6).append("\" fill=\"#555\">grey: Saturdays and Sundays;"
                + " orange: federal holidays (5 U.S.C. § 6103); red: held past a limit</text>");
        s.append("</svg>");
        return s.toString();
    }

    private static String label(double x, int y, String text, String color) {
        boolean right = x > WIDTH * 0.6;
        return "<text x=\"" + f(right ? x - 4 : x + 4) + "\" y=\"" + y + "\" fill=\"" + color + "\"" + (right ? " text-anchor=\"end\"" : "")
                + ">" + Html.escape(text) + "</text>";
    }

    private static ZoneId zone(Hold h, OffsetDateTime start) {
        if (h.getFacilityTz() != null) {
            try {
                return ZoneId.of(h.getFacilityTz());
            } catch (java.time.DateTimeException e) {
                // The case reader validates facility_tz; an unreadable one falls back to the start's offset.
            }
        }
        return ZoneOffset.ofTotalSeconds(start.getOffset().getTotalSeconds());
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... ts) {
        for (T t : ts) if (t != null) return t;
        return null;
    }

    private static double clamp(double v) { return Math.max(0, Math.min(1, v)); }

    private static String f(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    /** True when some finding on this hold fired (for a caption). */
    static boolean fired(Report r, String holdId) {
        return r.getFindings().stream().anyMatch(f -> f.getStatus() == Status.FIRED && holdId != null && holdId.equals(f.getSubjectId()));
    }
}
