package org.writguard.engine;

import org.writguard.internal.engine.*;

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
 * @param happening  what is going on, one line each
 * @param firstAction the first thing to do
 * @param actions    the actions after it, in order
 * @param deadlines  every dated item, earliest first: time-critical moments and deadlines within the horizon
 */
public record ActNow(List<String> happening, String firstAction, List<String> actions, List<Due> deadlines) {
    /** A deadline is urgent when it falls within this many days of as_of. */
    public static final int HORIZON_DAYS = 90;

    /** One dated item: what is due, when, and on what authority. */
    public record Due(String what, String due, String basis) { }

    private static final Set<FindingCode> CUSTODY = java.util.EnumSet.of(FindingCode.DETAINER_HOLD_EXCEEDS_48H,
            FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION);

    public ActNow {
        happening = List.copyOf(happening);
        actions = List.copyOf(actions);
        deadlines = List.copyOf(deadlines);
    }

    /** The act-now section of a report, or null when nothing in it is urgent. */
    public static ActNow of(Report r) {
        List<String> happening = new ArrayList<>();
        Set<String> heldLocally = new LinkedHashSet<>();
        for (CaseNotes.HabeasPractice h : r.habeas()) {
            if (h.custody().startsWith("Held by")) {
                heldLocally.add(h.holdId());
                happening.add("Still held at as_of: " + h.custody());
            }
        }
        for (Finding f : r.fired()) {
            if (CUSTODY.contains(f.getCode()) && Boolean.TRUE.equals(f.getComputed().get("ongoing"))) {
                happening.add(f.getCode().number() + " (" + f.getSeverity() + ") on " + f.getSubjectKind().toLowerCase()
                        + " " + f.getSubjectId() + ", still running: " + f.getExplanation());
            }
        }
        List<Due> due = new ArrayList<>();
        for (CaseNotes.TimeCritical t : r.timeCritical()) {
            happening.add(t.explanation());
            due.add(new Due(t.kind().replace('_', ' ').toLowerCase() + " (" + t.subjectKind().toLowerCase() + " "
                    + t.subjectId() + ")", String.valueOf(t.dueAt()), t.basis()));
        }
        LocalDate asOf = r.asOf() == null ? null : r.asOf().toLocalDate();
        List<CaseNotes.FilingDeadline> soon = new ArrayList<>();
        for (CaseNotes.FilingDeadline d : r.deadlines()) {
            if (asOf != null && d.date() != null && !d.date().isBefore(asOf)
                    && !d.date().isAfter(asOf.plusDays(HORIZON_DAYS))) {
                soon.add(d);
            }
        }
        soon.sort(java.util.Comparator.comparing(CaseNotes.FilingDeadline::date));
        for (CaseNotes.FilingDeadline d : soon) {
            due.add(new Due(label(d), d.date().toString(), d.statute() + (d.verified() ? "" : " (table row not verified)")));
        }
        if (happening.isEmpty() && due.isEmpty()) return null;
        // The periods that start when a custody still running ends: dated from the release, so say so now.
        for (CaseNotes.FilingDeadline d : r.deadlines()) {
            if ("NOT_YET_RUNNING".equals(d.status())) {
                due.add(new Due(label(d), "not yet running: " + d.period() + " from the end of the custody",
                        d.statute() + (d.verified() ? "" : " (table row not verified)")));
            }
        }
        if (happening.isEmpty()) {
            happening.add(soon.size() == 1 ? "A filing deadline falls within " + HORIZON_DAYS + " days of as_of."
                    : soon.size() + " filing deadlines fall within " + HORIZON_DAYS + " days of as_of.");
        }
        List<String> actions = new ArrayList<>();
        String first;
        boolean iceCustody = r.habeas().stream().anyMatch(h -> !heldLocally.contains(h.holdId()));
        boolean unlawful = r.fired().stream().anyMatch(f -> CUSTODY.contains(f.getCode())
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
        } else if (!r.timeCritical().isEmpty()) {
            first = "Act before the first time-critical moment below: " + r.timeCritical().get(0).explanation();
        } else {
            first = "Calendar the deadline" + (soon.size() == 1 ? "" : "s") + " below and serve or file before "
                    + soon.get(0).date() + ".";
        }
        if (iceCustody) {
            actions.add("If ICE still holds the person: a federal habeas petition (28 U.S.C. § 2241), with a motion for a"
                    + " temporary restraining order, in the district of confinement (see Habeas practice).");
        }
        for (CaseNotes.FilingDeadline d : soon) {
            actions.add((CaseNotesKinds.NOTICE.equals(d.kind()) ? "Serve the notice of claim" : "File suit") + " by "
                    + d.date() + " (" + label(d) + ").");
        }
        return new ActNow(happening, first, actions, due);
    }

    static String label(CaseNotes.FilingDeadline d) {
        String what = CaseNotesKinds.NOTICE.equals(d.kind()) ? "notice of claim" : "§ 1983 limitations";
        return what + ", " + d.subjectKind().toLowerCase() + " " + d.subjectId();
    }

    /** The deadline kinds the attorney topic writes. */
    static final class CaseNotesKinds {
        static final String NOTICE = "NOTICE_OF_CLAIM";
        private CaseNotesKinds() { }
    }
}
