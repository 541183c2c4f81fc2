package org.writguard.internal.topics.authority;

import org.writguard.facts.Agency;
import org.writguard.facts.Moa;
import org.writguard.facts.SuspendedPeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** MOA status at a date: {@code active(m, t)} of DOMAIN.md F01, and the nearest agreement's state (12.1). */
public final class Moas {
    private Moas() { }

    /** The state of one agreement on a day. */
    public static MoaState state(Moa m, LocalDate d) {
        if (m.getEffectiveOn() != null && d.isBefore(m.getEffectiveOn())) return MoaState.NOT_YET_EFFECTIVE;
        if (m.getTerminatedOn() != null && !d.isBefore(m.getTerminatedOn())) return MoaState.TERMINATED;
        if (m.getExpiresOn() != null && d.isAfter(m.getExpiresOn())) return MoaState.EXPIRED;
        for (SuspendedPeriod p : m.getSuspendedPeriods()) {
            boolean started = p.getFrom() == null || !d.isBefore(p.getFrom());
            boolean notEnded = p.getTo() == null || !d.isAfter(p.getTo());
            if (started && notEnded) return MoaState.SUSPENDED;
        }
        return MoaState.ACTIVE;
    }

    public static boolean active(Moa m, LocalDate d) { return state(m, d) == MoaState.ACTIVE; }

    public static List<Moa> active(Agency a, LocalDate d) {
        return a.getMoas().stream().filter(m -> active(m, d)).toList();
    }

    /** The agency's overall state: ACTIVE if any agreement is; else the state of the agreement nearest in time. */
    public static MoaState agencyState(Agency a, LocalDate d) {
        if (a.getMoas().isEmpty()) return MoaState.NO_MOA;
        Moa near = nearest(a, d);
        return near == null ? MoaState.NO_MOA : state(near, d);
    }

    /** An active agreement if there is one, else the inactive one whose boundary is closest to the day. */
    public static Moa nearest(Agency a, LocalDate d) {
        Moa best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Moa m : a.getMoas()) {
            MoaState s = state(m, d);
            long distance = switch (s) {
                case ACTIVE -> -1;
                case SUSPENDED -> 0;
                case NOT_YET_EFFECTIVE -> ChronoUnit.DAYS.between(d, m.getEffectiveOn());
                case TERMINATED -> ChronoUnit.DAYS.between(m.getTerminatedOn(), d);
                case EXPIRED -> ChronoUnit.DAYS.between(m.getExpiresOn(), d);
                default -> Long.MAX_VALUE - 1;
            };
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Why an agreement is not in effect, in words. */
    public static String describe(Moa m, LocalDate d) {
        if (m == null) return "the agency has no 287(g) agreement";
        String id = m.getModel() + " agreement" + (m.getMoaId() == null ? "" : " " + m.getMoaId());
        return switch (state(m, d)) {
            case ACTIVE -> "the " + id + " was in effect";
            case NOT_YET_EFFECTIVE -> "the " + id + " took effect only on " + m.getEffectiveOn();
            case TERMINATED -> "the " + id + " was terminated on " + m.getTerminatedOn();
            case EXPIRED -> "the " + id + " expired on " + m.getExpiresOn();
            case SUSPENDED -> "the " + id + " was suspended on that day";
            default -> "the agency has no 287(g) agreement";
        };
    }
}
