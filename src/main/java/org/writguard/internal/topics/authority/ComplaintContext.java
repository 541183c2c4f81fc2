package org.writguard.internal.topics.authority;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Parameter;
import org.writguard.internal.engine.Parameters;
import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Complaint;
import org.writguard.facts.Model;
import org.writguard.facts.Moa;
import org.writguard.facts.Officer;
import org.writguard.internal.time.HourClock;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** MOA complaint obligations (F10 b and c): forwarding within 48 hours excluding weekends, resolution within 30 days. */
public final class ComplaintContext {
    Complaint complaint;
    Set<Model> models = EnumSet.noneOf(Model.class);
    Tracked notForwarded = Tracked.no();
    Double forwardHours;
    Double forwardMax;
    Tracked resolutionNotReported = Tracked.no();
    Long resolutionDays;
    Integer resolutionMax;

    static ComplaintContext of(Complaint cp, CaseFile c, AssessmentContext ctx, Parameters params) {
        ComplaintContext x = new ComplaintContext();
        x.complaint = cp;
        Officer o = cp.getOfficerId() == null ? null : c.findOfficer(cp.getOfficerId()).orElse(null);
        Agency a = o == null ? null : ctx.agency(o.getAgencyId());
        OffsetDateTime received = cp.getReceivedByLeaAt();
        if (a == null || received == null) {
            if (cp.getOfficerId() == null) {
                x.notForwarded = Tracked.of(Tri.UNKNOWN).miss(cp.getPath(), ".officer_id");
            }
            return x;
        }
        for (Moa m : Moas.active(a, received.toLocalDate())) x.models.add(m.getModel());
        if (x.models.contains(Model.JEM) || x.models.contains(Model.WSO)) {
            Parameters.Value max = params.get(Parameter.COMPLAINT_FORWARD_MAX_HOURS);
            OffsetDateTime until = cp.getForwardedToIceAt() != null ? cp.getForwardedToIceAt() : c.getAsOf();
            if (max == null) {
                x.notForwarded = Tracked.of(Tri.UNKNOWN).miss(Parameters.path(Parameter.COMPLAINT_FORWARD_MAX_HOURS));
            } else if (!until.isBefore(received)) {
                // "48 hours ... excluding weekends": business hours with an empty holiday set (DOMAIN.md F10 b).
                x.forwardHours = HourClock.hoursExcludingWeekends(received, until, received.getOffset());
                x.forwardMax = max.asDouble();
                x.notForwarded = Tracked.of(Tri.of(x.forwardHours > x.forwardMax))
                        .use(cp.getPath(), ".received_by_lea_at").use(cp.getPath(), ".forwarded_to_ice_at");
            }
        }
        if (x.models.contains(Model.JEM) && cp.getResolvedAt() != null) {
            Integer max = params.integer(Parameter.RESOLUTION_REPORT_MAX_DAYS);
            OffsetDateTime until = cp.getResolutionReportedToIceAt() != null ? cp.getResolutionReportedToIceAt() : c.getAsOf();
            if (max != null && !until.isBefore(cp.getResolvedAt())) {
                Duration d = Duration.between(cp.getResolvedAt(), until);
                x.resolutionDays = d.toDays();
                x.resolutionMax = max;
                x.resolutionNotReported = Tracked.of(Tri.of(d.compareTo(Duration.ofDays(max)) > 0))
                        .use(cp.getPath(), ".resolved_at").use(cp.getPath(), ".resolution_reported_to_ice_at");
            }
        }
        return x;
    }

    public Complaint getComplaint() { return complaint; }
    public String getComplaintId() { return complaint.getComplaintId(); }
    public Set<Model> getModels() { return models; }
    public Tracked getNotForwarded() { return notForwarded; }
    public Double getForwardHours() { return forwardHours; }
    public Double getForwardMax() { return forwardMax; }
    public Tracked getResolutionNotReported() { return resolutionNotReported; }
    public Long getResolutionDays() { return resolutionDays; }
    public Integer getResolutionMax() { return resolutionMax; }
}
