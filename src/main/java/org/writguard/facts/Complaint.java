package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A complaint about an officer (DOMAIN 6.8). Subject id: {@code complaint_id}. */
public class Complaint implements Located {
    private String complaintId;
    private String officerId;
    @JsonProperty("officer_designated_287g")
    private Boolean officerDesignated287g;
    private List<AllegationOutcome> allegationMayLeadTo = new ArrayList<>();
    private OffsetDateTime receivedByLeaAt;
    private OffsetDateTime forwardedToIceAt;
    private OffsetDateTime forwardedToOprAt;
    private OffsetDateTime resolvedAt;
    private OffsetDateTime resolutionReportedToIceAt;
    @JsonIgnore
    private String path;

    public String getComplaintId() {
        return complaintId;
    }

    public void setComplaintId(String complaintId) {
        this.complaintId = complaintId;
    }

    public String getOfficerId() {
        return officerId;
    }

    public void setOfficerId(String officerId) {
        this.officerId = officerId;
    }

    public Boolean getOfficerDesignated287g() {
        return officerDesignated287g;
    }

    public void setOfficerDesignated287g(Boolean officerDesignated287g) {
        this.officerDesignated287g = officerDesignated287g;
    }

    public List<AllegationOutcome> getAllegationMayLeadTo() {
        return allegationMayLeadTo;
    }

    public void setAllegationMayLeadTo(List<AllegationOutcome> allegationMayLeadTo) {
        this.allegationMayLeadTo = allegationMayLeadTo;
    }

    public OffsetDateTime getReceivedByLeaAt() {
        return receivedByLeaAt;
    }

    public void setReceivedByLeaAt(OffsetDateTime receivedByLeaAt) {
        this.receivedByLeaAt = receivedByLeaAt;
    }

    public OffsetDateTime getForwardedToIceAt() {
        return forwardedToIceAt;
    }

    public void setForwardedToIceAt(OffsetDateTime forwardedToIceAt) {
        this.forwardedToIceAt = forwardedToIceAt;
    }

    public OffsetDateTime getForwardedToOprAt() {
        return forwardedToOprAt;
    }

    public void setForwardedToOprAt(OffsetDateTime forwardedToOprAt) {
        this.forwardedToOprAt = forwardedToOprAt;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public void setResolvedAt(OffsetDateTime resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    public OffsetDateTime getResolutionReportedToIceAt() {
        return resolutionReportedToIceAt;
    }

    public void setResolutionReportedToIceAt(OffsetDateTime resolutionReportedToIceAt) {
        this.resolutionReportedToIceAt = resolutionReportedToIceAt;
    }

    @Override
    @JsonIgnore
    public String getPath() {
        return path;
    }

    @Override
    @JsonIgnore
    public void setPath(String path) {
        this.path = path;
    }

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link Complaint} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Complaint target = new Complaint();

        private Builder() { }

        private Complaint target() {
            if (target == null) throw new IllegalStateException("this builder has built its complaint; start a new one");
            return target;
        }

        public Builder complaintId(String value) {
            target().setComplaintId(value);
            return this;
        }

        public Builder officerId(String value) {
            target().setOfficerId(value);
            return this;
        }

        public Builder officerDesignated287g(Boolean value) {
            target().setOfficerDesignated287g(value);
            return this;
        }

        public Builder allegationMayLeadTo(List<AllegationOutcome> value) {
            target().setAllegationMayLeadTo(value);
            return this;
        }

        /** Adds one to allegationMayLeadTo. */
        public Builder addAllegationMayLeadTo(AllegationOutcome value) {
            if (target().getAllegationMayLeadTo() == null) target().setAllegationMayLeadTo(new java.util.ArrayList<>());
            target().getAllegationMayLeadTo().add(value);
            return this;
        }

        public Builder receivedByLeaAt(OffsetDateTime value) {
            target().setReceivedByLeaAt(value);
            return this;
        }

        public Builder forwardedToIceAt(OffsetDateTime value) {
            target().setForwardedToIceAt(value);
            return this;
        }

        public Builder forwardedToOprAt(OffsetDateTime value) {
            target().setForwardedToOprAt(value);
            return this;
        }

        public Builder resolvedAt(OffsetDateTime value) {
            target().setResolvedAt(value);
            return this;
        }

        public Builder resolutionReportedToIceAt(OffsetDateTime value) {
            target().setResolutionReportedToIceAt(value);
            return this;
        }

        public Complaint build() {
            Complaint built = target();
            target = null;
            return built;
        }
    }
}
