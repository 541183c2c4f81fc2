package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

/** A detention on a detainer (DOMAIN 6.5). Subject id: {@code hold_id}. */
public class Hold implements Located {
    private String holdId;
    private String agencyId;
    private String personId;
    private String facilityId;
    private String facilityState;
    /** IANA zone, e.g. America/New_York; hold clocks count local days in it (DOMAIN 8.1). */
    private String facilityTz;
    private CustodyBasis custodyBasisBefore;
    private OffsetDateTime releaseEligibleAt;
    private ReleaseTrigger releaseTrigger;
    private Detainer detainer;
    private OffsetDateTime holdStartedAt;
    private OffsetDateTime holdEndedAt;
    private HoldEndReason holdEndReason;
    private OffsetDateTime judicialPcDeterminationAt;
    private OffsetDateTime stateCourtHoldOrderAt;
    @JsonProperty("warrant_served_287g_at")
    private OffsetDateTime warrantServed287gAt;
    private OffsetDateTime custodyTransferredToIceAt;
    private OffsetDateTime physicallyLeftLeaFacilityAt;
    /** The holding agency's blanket practice (Scenario 7); may also be given on the agency. */
    private Boolean agencyPolicyBlanketDetainerCompliance;
    /**
     * Whether the person's convictions bring a transfer or release-date notice within Cal. Gov. Code § 7282.5
     * (DOMAIN.md scenario 5): true = the exception applies, false = it does not, null = unknown.
     */
    @JsonProperty("conviction_facts_for_7282_5")
    private Boolean convictionFactsFor7282p5;
    /** DOMAIN.md 13.1: the encounter whose arrest led to this hold (optional). */
    private String arrestEncounterId;
    /** DOMAIN.md 13.2: when bail was set on the criminal charge. */
    private OffsetDateTime bailSetAt;
    /** DOMAIN.md 13.2: the bail amount. */
    private java.math.BigDecimal bailAmount;
    /** DOMAIN.md 13.2: bail not posted or refused because the jail would hold on the detainer. */
    private Boolean bailFutileDueToDetainer;
    /** DOMAIN.md 13.16 (McLaughlin): a documented reason the probable-cause delay was unreasonable. */
    private Boolean pcDelayUnreasonableDocumented;
    @JsonIgnore
    private String path;

    public String getHoldId() {
        return holdId;
    }

    public void setHoldId(String holdId) {
        this.holdId = holdId;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(String facilityId) {
        this.facilityId = facilityId;
    }

    public String getFacilityState() {
        return facilityState;
    }

    public void setFacilityState(String facilityState) {
        this.facilityState = facilityState;
    }

    public String getFacilityTz() {
        return facilityTz;
    }

    public void setFacilityTz(String facilityTz) {
        this.facilityTz = facilityTz;
    }

    public CustodyBasis getCustodyBasisBefore() {
        return custodyBasisBefore;
    }

    public void setCustodyBasisBefore(CustodyBasis custodyBasisBefore) {
        this.custodyBasisBefore = custodyBasisBefore;
    }

    public OffsetDateTime getReleaseEligibleAt() {
        return releaseEligibleAt;
    }

    public void setReleaseEligibleAt(OffsetDateTime releaseEligibleAt) {
        this.releaseEligibleAt = releaseEligibleAt;
    }

    public ReleaseTrigger getReleaseTrigger() {
        return releaseTrigger;
    }

    public void setReleaseTrigger(ReleaseTrigger releaseTrigger) {
        this.releaseTrigger = releaseTrigger;
    }

    public Detainer getDetainer() {
        return detainer;
    }

    public void setDetainer(Detainer detainer) {
        this.detainer = detainer;
    }

    public OffsetDateTime getHoldStartedAt() {
        return holdStartedAt;
    }

    public void setHoldStartedAt(OffsetDateTime holdStartedAt) {
        this.holdStartedAt = holdStartedAt;
    }

    public OffsetDateTime getHoldEndedAt() {
        return holdEndedAt;
    }

    public void setHoldEndedAt(OffsetDateTime holdEndedAt) {
        this.holdEndedAt = holdEndedAt;
    }

    public HoldEndReason getHoldEndReason() {
        return holdEndReason;
    }

    public void setHoldEndReason(HoldEndReason holdEndReason) {
        this.holdEndReason = holdEndReason;
    }

    public OffsetDateTime getJudicialPcDeterminationAt() {
        return judicialPcDeterminationAt;
    }

    public void setJudicialPcDeterminationAt(OffsetDateTime judicialPcDeterminationAt) {
        this.judicialPcDeterminationAt = judicialPcDeterminationAt;
    }

    public OffsetDateTime getStateCourtHoldOrderAt() {
        return stateCourtHoldOrderAt;
    }

    public void setStateCourtHoldOrderAt(OffsetDateTime stateCourtHoldOrderAt) {
        this.stateCourtHoldOrderAt = stateCourtHoldOrderAt;
    }

    public OffsetDateTime getWarrantServed287gAt() {
        return warrantServed287gAt;
    }

    public void setWarrantServed287gAt(OffsetDateTime warrantServed287gAt) {
        this.warrantServed287gAt = warrantServed287gAt;
    }

    public OffsetDateTime getCustodyTransferredToIceAt() {
        return custodyTransferredToIceAt;
    }

    public void setCustodyTransferredToIceAt(OffsetDateTime custodyTransferredToIceAt) {
        this.custodyTransferredToIceAt = custodyTransferredToIceAt;
    }

    public OffsetDateTime getPhysicallyLeftLeaFacilityAt() {
        return physicallyLeftLeaFacilityAt;
    }

    public void setPhysicallyLeftLeaFacilityAt(OffsetDateTime physicallyLeftLeaFacilityAt) {
        this.physicallyLeftLeaFacilityAt = physicallyLeftLeaFacilityAt;
    }

    public Boolean getAgencyPolicyBlanketDetainerCompliance() {
        return agencyPolicyBlanketDetainerCompliance;
    }

    public void setAgencyPolicyBlanketDetainerCompliance(Boolean agencyPolicyBlanketDetainerCompliance) {
        this.agencyPolicyBlanketDetainerCompliance = agencyPolicyBlanketDetainerCompliance;
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

    @JsonProperty("conviction_facts_for_7282_5")
    public Boolean getConvictionFactsFor7282p5() {
        return convictionFactsFor7282p5;
    }

    @JsonProperty("conviction_facts_for_7282_5")
    public void setConvictionFactsFor7282p5(Boolean value) {
        this.convictionFactsFor7282p5 = value;
    }

    public String getArrestEncounterId() {
        return arrestEncounterId;
    }

    public void setArrestEncounterId(String arrestEncounterId) {
        this.arrestEncounterId = arrestEncounterId;
    }

    public OffsetDateTime getBailSetAt() {
        return bailSetAt;
    }

    public void setBailSetAt(OffsetDateTime bailSetAt) {
        this.bailSetAt = bailSetAt;
    }

    public java.math.BigDecimal getBailAmount() {
        return bailAmount;
    }

    public void setBailAmount(java.math.BigDecimal bailAmount) {
        this.bailAmount = bailAmount;
    }

    public Boolean getBailFutileDueToDetainer() {
        return bailFutileDueToDetainer;
    }

    public void setBailFutileDueToDetainer(Boolean bailFutileDueToDetainer) {
        this.bailFutileDueToDetainer = bailFutileDueToDetainer;
    }

    public Boolean getPcDelayUnreasonableDocumented() {
        return pcDelayUnreasonableDocumented;
    }

    public void setPcDelayUnreasonableDocumented(Boolean pcDelayUnreasonableDocumented) {
        this.pcDelayUnreasonableDocumented = pcDelayUnreasonableDocumented;
    }

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link Hold} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Hold target = new Hold();

        private Builder() { }

        private Hold target() {
            if (target == null) throw new IllegalStateException("this builder has built its hold; start a new one");
            return target;
        }

        public Builder holdId(String value) {
            target().setHoldId(value);
            return this;
        }

        public Builder agencyId(String value) {
            target().setAgencyId(value);
            return this;
        }

        public Builder personId(String value) {
            target().setPersonId(value);
            return this;
        }

        public Builder facilityId(String value) {
            target().setFacilityId(value);
            return this;
        }

        public Builder facilityState(String value) {
            target().setFacilityState(value);
            return this;
        }

        public Builder facilityTz(String value) {
            target().setFacilityTz(value);
            return this;
        }

        public Builder custodyBasisBefore(CustodyBasis value) {
            target().setCustodyBasisBefore(value);
            return this;
        }

        public Builder releaseEligibleAt(OffsetDateTime value) {
            target().setReleaseEligibleAt(value);
            return this;
        }

        public Builder releaseTrigger(ReleaseTrigger value) {
            target().setReleaseTrigger(value);
            return this;
        }

        public Builder detainer(Detainer value) {
            target().setDetainer(value);
            return this;
        }

        public Builder detainer(Detainer.Builder value) {
            return detainer(value.build());
        }

        public Builder holdStartedAt(OffsetDateTime value) {
            target().setHoldStartedAt(value);
            return this;
        }

        public Builder holdEndedAt(OffsetDateTime value) {
            target().setHoldEndedAt(value);
            return this;
        }

        public Builder holdEndReason(HoldEndReason value) {
            target().setHoldEndReason(value);
            return this;
        }

        public Builder judicialPcDeterminationAt(OffsetDateTime value) {
            target().setJudicialPcDeterminationAt(value);
            return this;
        }

        public Builder stateCourtHoldOrderAt(OffsetDateTime value) {
            target().setStateCourtHoldOrderAt(value);
            return this;
        }

        public Builder warrantServed287gAt(OffsetDateTime value) {
            target().setWarrantServed287gAt(value);
            return this;
        }

        public Builder custodyTransferredToIceAt(OffsetDateTime value) {
            target().setCustodyTransferredToIceAt(value);
            return this;
        }

        public Builder physicallyLeftLeaFacilityAt(OffsetDateTime value) {
            target().setPhysicallyLeftLeaFacilityAt(value);
            return this;
        }

        public Builder agencyPolicyBlanketDetainerCompliance(Boolean value) {
            target().setAgencyPolicyBlanketDetainerCompliance(value);
            return this;
        }

        public Builder convictionFactsFor7282p5(Boolean value) {
            target().setConvictionFactsFor7282p5(value);
            return this;
        }

        public Builder arrestEncounterId(String value) {
            target().setArrestEncounterId(value);
            return this;
        }

        public Builder bailSetAt(OffsetDateTime value) {
            target().setBailSetAt(value);
            return this;
        }

        public Builder bailAmount(java.math.BigDecimal value) {
            target().setBailAmount(value);
            return this;
        }

        public Builder bailFutileDueToDetainer(Boolean value) {
            target().setBailFutileDueToDetainer(value);
            return this;
        }

        public Builder pcDelayUnreasonableDocumented(Boolean value) {
            target().setPcDelayUnreasonableDocumented(value);
            return this;
        }

        public Hold build() {
            Hold built = target();
            target = null;
            return built;
        }
    }
}
