package org.writguard.internal.topics.authority;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Parameter;
import org.writguard.internal.engine.Parameters;
import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Detainer;
import org.writguard.facts.DetainerIssuer;
import org.writguard.facts.FunctionCode;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Hold;
import org.writguard.facts.Model;
import org.writguard.facts.Moa;
import org.writguard.facts.Officer;

import java.time.Duration;
import java.time.OffsetDateTime;

/** F10(a): a detainer issued by a JEM officer must be reported to ICE within about 24 hours (JEM MOA App. A). */
public final class DetainerReportContext {
    Hold hold;
    boolean jemIssued;
    Tracked late = Tracked.no();
    Double hours;
    Double maxHours;

    static DetainerReportContext of(Hold h, CaseFile c, AssessmentContext ctx, Parameters params) {
        DetainerReportContext x = new DetainerReportContext();
        x.hold = h;
        Detainer d = h.getDetainer();
        if (d == null || d.getIssuedBy() != DetainerIssuer.OFFICER_287G) return x;
        Officer o = d.getIssuerOfficerId() == null ? null : c.findOfficer(d.getIssuerOfficerId()).orElse(null);
        Agency a = ctx.agency(o != null && o.getAgencyId() != null ? o.getAgencyId() : h.getAgencyId());
        OffsetDateTime issued = d.getReceivedAt();
        if (issued == null && o != null) {
            for (FunctionEvent e : c.allFunctionEvents()) {
                if (e.getFunctionCode() == FunctionCode.ISSUE_DETAINER && o.getOfficerId().equals(e.getOfficerId())) issued = e.getAt();
            }
        }
        if (a == null) return x;
        if (issued == null) {
            boolean anyJem = a.getMoas().stream().anyMatch(m -> m.getModel() == Model.JEM);
            x.jemIssued = anyJem;
            if (anyJem) x.late = Tracked.of(Tri.UNKNOWN).miss(d.getPath(), ".received_at");
            return x;
        }
        for (Moa m : Moas.active(a, issued.toLocalDate())) if (m.getModel() == Model.JEM) x.jemIssued = true;
        if (!x.jemIssued) return x;
        Double max = params.decimal(Parameter.JEM_DETAINER_REPORT_MAX_HOURS);
        if (max == null) {
            x.late = Tracked.of(Tri.UNKNOWN).miss(Parameters.path(Parameter.JEM_DETAINER_REPORT_MAX_HOURS));
            return x;
        }
        OffsetDateTime until = d.getReportedToIceAt() != null ? d.getReportedToIceAt() : c.getAsOf();
        x.hours = Duration.between(issued, until).toMinutes() / 60.0;
        x.maxHours = max;
        x.late = Tracked.of(Tri.of(x.hours > max)).use(d.getPath(), ".received_at").use(d.getPath(), ".reported_to_ice_at");
        return x;
    }

    public Hold getHold() { return hold; }
    public String getHoldId() { return hold.getHoldId(); }
    public boolean isJemIssued() { return jemIssued; }
    public Tracked getLate() { return late; }
    public Double getHours() { return hours; }
    public Double getMaxHours() { return maxHours; }
}
