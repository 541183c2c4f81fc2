package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

/** One exercise of a function by an officer within an encounter (DOMAIN 6.4). Subject id: {@code event_id}. */
public class FunctionEvent implements Located {
    private String eventId;
    private String officerId;
    /** JSON {@code function}; named functionCode because {@code function} is an MVEL keyword in Drools constraints. */
    @JsonProperty("function")
    private FunctionCode functionCode;
    private OffsetDateTime at;
    private LocationType locationType;
    private String facilityId;
    private Boolean atScheduledRelease;
    private Boolean subjectDesignatedByIce;
    private ClaimedAuthority claimedAuthority;
    private IceSupervision iceSupervision;
    /** Set by the reader from the enclosing encounter; not read from input. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    private String encounterId;
    /** Set by the reader from the enclosing encounter; not read from input. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    private String agencyId;
    @JsonIgnore
    private String path;

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public String getOfficerId() {
        return officerId;
    }

    public void setOfficerId(String officerId) {
        this.officerId = officerId;
    }

    public FunctionCode getFunctionCode() {
        return functionCode;
    }

    public void setFunctionCode(FunctionCode functionCode) {
        this.functionCode = functionCode;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public void setAt(OffsetDateTime at) {
        this.at = at;
    }

    public LocationType getLocationType() {
        return locationType;
    }

    public void setLocationType(LocationType locationType) {
        this.locationType = locationType;
    }

    public String getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(String facilityId) {
        this.facilityId = facilityId;
    }

    public Boolean getAtScheduledRelease() {
        return atScheduledRelease;
    }

    public void setAtScheduledRelease(Boolean atScheduledRelease) {
        this.atScheduledRelease = atScheduledRelease;
    }

    public Boolean getSubjectDesignatedByIce() {
        return subjectDesignatedByIce;
    }

    public void setSubjectDesignatedByIce(Boolean subjectDesignatedByIce) {
        this.subjectDesignatedByIce = subjectDesignatedByIce;
    }

    public ClaimedAuthority getClaimedAuthority() {
        return claimedAuthority;
    }

    public void setClaimedAuthority(ClaimedAuthority claimedAuthority) {
        this.claimedAuthority = claimedAuthority;
    }

    public IceSupervision getIceSupervision() {
        return iceSupervision;
    }

    public void setIceSupervision(IceSupervision iceSupervision) {
        this.iceSupervision = iceSupervision;
    }

    public String getEncounterId() {
        return encounterId;
    }

    public void setEncounterId(String encounterId) {
        this.encounterId = encounterId;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
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

    /** Fluent construction of a {@link FunctionEvent} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private FunctionEvent target = new FunctionEvent();

        private Builder() { }

        private FunctionEvent target() {
            if (target == null) throw new IllegalStateException("this builder has built its functionEvent; start a new one");
            return target;
        }

        public Builder eventId(String value) {
            target().setEventId(value);
            return this;
        }

        public Builder officerId(String value) {
            target().setOfficerId(value);
            return this;
        }

        public Builder functionCode(FunctionCode value) {
            target().setFunctionCode(value);
            return this;
        }

        public Builder at(OffsetDateTime value) {
            target().setAt(value);
            return this;
        }

        public Builder locationType(LocationType value) {
            target().setLocationType(value);
            return this;
        }

        public Builder facilityId(String value) {
            target().setFacilityId(value);
            return this;
        }

        public Builder atScheduledRelease(Boolean value) {
            target().setAtScheduledRelease(value);
            return this;
        }

        public Builder subjectDesignatedByIce(Boolean value) {
            target().setSubjectDesignatedByIce(value);
            return this;
        }

        public Builder claimedAuthority(ClaimedAuthority value) {
            target().setClaimedAuthority(value);
            return this;
        }

        public Builder iceSupervision(IceSupervision value) {
            target().setIceSupervision(value);
            return this;
        }

        public FunctionEvent build() {
            FunctionEvent built = target();
            target = null;
            return built;
        }
    }
}
