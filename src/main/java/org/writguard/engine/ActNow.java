package org.writguard.engine;


import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a report says first when something cannot wait (issue 19 item 1): a person still held, a finding on
 * custody that is still running, a time-critical moment ahead, or a filing deadline within {@link #HORIZON_DAYS}
 * of as_of. Built from the report alone (findings, time-critical items, deadlines, habeas practice), never from
 * a session.
 *
 * <p>{@code happening}: what is going on, one line each
 * <br>{@code firstAction}: the first thing to do
 * <br>{@code actions}: the actions after it, in order
 * <br>{@code deadlines}: every dated item, earliest first: time-critical moments and deadlines within the horizon
 */
public final class ActNow {
    private final List<String> happening;
    private final String firstAction;
    private final List<String> actions;
    private final List<Due> deadlines;

    public ActNow(List<String> happening, String firstAction, List<String> actions, List<Due> deadlines) {

        happening = List.copyOf(happening);
        actions = List.copyOf(actions);
        deadlines = List.copyOf(deadlines);
        this.happening = happening;
        this.firstAction = firstAction;
        this.actions = actions;
        this.deadlines = deadlines;
    }

    public List<String> getHappening() { return happening; }
    public String getFirstAction() { return firstAction; }
    public List<String> getActions() { return actions; }
    public List<Due> getDeadlines() { return deadlines; }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof ActNow o)) return false;
        return java.util.Objects.equals(happening, o.happening) && java.util.Objects.equals(firstAction, o.firstAction) && java.util.Objects.equals(actions, o.actions) && java.util.Objects.equals(deadlines, o.deadlines);
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(happening, firstAction, actions, deadlines); }

    @Override
    public String toString() { return "ActNow[happening=" + happening + ", firstAction=" + firstAction + ", actions=" + actions + ", deadlines=" + deadlines + "]"; }
    /** A deadline is urgent when it falls within this many days of as_of. */
    public static final int HORIZON_DAYS = 90;

    /** One dated item: what is due, when, and on what authority. */
    public static final class Due {
        private final String what;
        private final String due;
        private final String basis;

        public Due(String what, String due, String basis) {
            this.what = what;
            this.due = due;
            this.basis = basis;
        }

        public String getWhat() { return what; }
        public String getDue() { return due; }
        public String getBasis() { return basis; }

        @Override
        public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof Due o)) return false;
            return java.util.Objects.equals(what, o.what) && java.util.Objects.equals(due, o.due) && java.util.Objects.equals(basis, o.basis);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(what, due, basis); }

        @Override
        public String toString() { return "Due[what=" + what + ", due=" + due + ", basis=" + basis + "]"; }
    }

    private static final Set<FindingCode> CUSTODY = java.util.EnumSet.of(FindingCode.DETAINER_HOLD_EXCEEDS_48H,
            FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION);


    /** The act-now section of a report, or null when nothing in it is urgent. */
    public static ActNow of(Report r) {
        List<String> happening = new ArrayList<>();
        Set<String> heldLocally = new LinkedHashSet<>();
        for (CaseNotes.HabeasPractice h : r.getHabeas()) {
            if (h.getCustody().startsWith("Held by")) {
                heldLocally.add(h.getHoldId());
                happening.add("Still held at as_of: " + h.getCustody());
            }
        }
        for (Finding f : r.getFired()) {
            if (CUSTODY.contains(f.getCode()) && Boolean.TRUE.equals(f.getComputed().get("ongoing"))) {
                happening.add(f.getCode().getNumber() + " (" + f.getSeverity() + ") on " + f.getSubjectKind().toLowerCase()
                        + " " + f.getSubjectId() + ", still running: " + f.getExplanation());
            }
        }
        List<Due> due = new ArrayList<>();
        for (CaseNotes.TimeCritical t : r.getTimeCritical()) {
            happening.add(t.getExplanation());
            due.add(new Due(kindInWords(t.getKind()) + " (" + t.getSubjectKind().toLowerCase() + " "
                    + t.getSubjectId() + ")", String.valueOf(t.getDueAt()), t.getBasis()));
        }
        LocalDate asOf = r.getAsOf() == null ? null : r.getAsOf().toLocalDate();
        List<CaseNotes.FilingDeadline> soon = new ArrayList<>();
        for (CaseNotes.FilingDeadline d : r.getDeadlines()) {
            if (asOf != null && d.getDate() != null && !d.getDate().isBefore(asOf)
                    && !d.getDate().isAfter(asOf.plusDays(HORIZON_DAYS))) {
                soon.add(d);
            }
        }
        soon.sort(java.util.Comparator.comparing(CaseNotes.FilingDeadline::getDate));
        for (CaseNotes.FilingDeadline d : soon) {
            due.add(new Due(label(d), d.getDate().toString(), d.getStatute() + (d.isVerified() ? "" : " (table row not verified)")));
        }
        if (happening.isEmpty() && due.isEmpty()) return null;
        // The periods that start when a custody still running ends: dated from the release, so say so now.
        for (CaseNotes.FilingDeadline d : r.getDeadlines()) {
            if ("NOT_YET_RUNNING".equals(d.getStatus())) {
                due.add(new Due(label(d), "not yet running: " + d.getPeriod() + " from the end of the custody",
                        d.getStatute() + (d.isVerified() ? "" : " (table row not verified)")));
            }
        }
        if (happening.isEmpty()) {
            happening.add(soon.size() == 1 ? "A filing deadline falls within " + HORIZON_DAYS + " days of as_of."
                    : soon.size() + " filing deadlines fall within " + HORIZON_DAYS + " days of as_of.");
        }
        List<String> actions = new ArrayList<>();
        String first;
        boolean iceCustody = r.getHabeas().stream().anyMatch(h -> !heldLocally.contains(h.getHoldId()));
        boolean unlawful = r.getFired().stream().anyMatch(f -> CUSTODY.contains(f.getCode())
                && Boolean.TRUE.equals(f.getComputed().get("ongoing")));
        if (!heldLocally.isEmpty() && !unlawful) {
            first = "Today: ask the jail in writing on what authority it holds the person and when it will release;"
                    + " no finding yet says the hold is unlawful, so watch the dates below and the hold's limit.";
            actions.add("If the hold runs past its limit or has no lawful basis: a written demand for release, then state"
                    + " or federal habeas (28 U.S.C. § 2241) with a motion for a temporary restraining order (see Habeas"
                    + " practice).");
        } else if (unlawful || !heldLocally.isEmpty()) {
            first = "Today: a written demand to the jail (the custodian named under Habeas practice) for immediate release,"
                    + " stating that the detainer gives no authority to hold past the release date.";
            actions.add("If the jail does not release: a state habeas petition against the custodian in the state court"
                    + " of the county, or a federal habeas petition (28 U.S.C. § 2241) in the district named under Habeas"
                    + " practice, with a motion for a temporary restraining order; a § 1983 suit can seek the TRO too.");
        } else if (!r.getTimeCritical().isEmpty()) {
            first = "Act before the first time-critical moment below: " + r.getTimeCritical().get(0).getExplanation();
        } else {
            first = "Calendar the deadline" + (soon.size() == 1 ? "" : "s") + " below and serve or file before "
                    + soon.get(0).getDate() + ".";
        }
        if (iceCustody) {
            actions.add("If ICE still holds the person: a federal habeas petition (28 U.S.C. § 2241), with a motion for a"
                    + " temporary restraining order, in the district of confinement (see Habeas practice).");
        }
        for (CaseNotes.FilingDeadline d : soon) {
            actions.add((CaseNotesKinds.NOTICE.equals(d.getKind()) ? "Serve the notice of claim" : "File suit") + " by "
                    + d.getDate() + " (" + label(d) + ").");
        }
        return new ActNow(happening, first, actions, due);
    }

    /** A time-critical item's kind in plain English ("JUDICIAL_PC_DETERMINATION_DUE" reads as a sentence). */
    public static String kindInWords(String kind) {
        if (kind == null) return "due";
        return switch (kind) {
            case "JUDICIAL_PC_DETERMINATION_DUE" -> "A judge must decide whether there is probable cause to keep holding the person";
            default -> {
                String w = kind.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
                yield Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
        };
    }

    /** A filing deadline in words, as the reports print it: "§ 1983 limitations, hold h-1". */
    public static String label(CaseNotes.FilingDeadline d) {
        String what = CaseNotesKinds.NOTICE.equals(d.getKind()) ? "notice of claim" : "§ 1983 limitations";
        return what + ", " + d.getSubjectKind().toLowerCase() + " " + d.getSubjectId();
    }

    /** The deadline kinds the attorney topic writes. */
    static final class CaseNotesKinds {
        static final String NOTICE = "NOTICE_OF_CLAIM";
        private CaseNotesKinds() { }
    }
}
