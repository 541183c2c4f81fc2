package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A field or jail contact (DOMAIN 6.4). Subject id: {@code encounter_id}. */
public class Encounter implements Located {
    private String encounterId;
    private String agencyId;
    /** Falls back to the agency's state when absent. */
    private String state;
    /** Derived from the state when absent (DOMAIN 8.4). */
    private Circuit federalCircuit;
    private LocationType locationType;
    private String facilityId;
    private OffsetDateTime startedAt;
    private InitialBasis initialBasis;
    private OffsetDateTime missionCompletedAt;
    private OffsetDateTime seizureEndedAt;
    private ImmigrationInquiry immigrationInquiry;
    /** Null = unknown; an empty list = none offered. */
    private List<SuspicionFactor> suspicionFactors;
    private Boolean independentRsDocumentedAtExtension;
    private IceRequest iceRequestOrApproval;
    private Arrest arrest;
    private HomeEntry homeEntry;
    private Boolean subjectLep;
    private Boolean interpreterOffered;
    private UscClaim uscClaim;
    private OffsetDateTime iceSupervisorContactedAt;
    private OffsetDateTime transportedToIceAt;
    private List<FunctionEvent> functionEvents = new ArrayList<>();
    /** DOMAIN.md 13.1: the person of this encounter (optional; listed in persons when persons is given). */
    private String personId;
    /** DOMAIN.md 13.4: when officers began holding the person on a civil immigration ground alone. */
    private OffsetDateTime civilSeizureStartedAt;
    @JsonIgnore
    private String path;

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

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Circuit getFederalCircuit() {
        return federalCircuit;
    }

    public void setFederalCircuit(Circuit federalCircuit) {
        this.federalCircuit = federalCircuit;
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

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(OffsetDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public InitialBasis getInitialBasis() {
        return initialBasis;
    }

    public void setInitialBasis(InitialBasis initialBasis) {
        this.initialBasis = initialBasis;
    }

    public OffsetDateTime getMissionCompletedAt() {
        return missionCompletedAt;
    }

    public void setMissionCompletedAt(OffsetDateTime missionCompletedAt) {
        this.missionCompletedAt = missionCompletedAt;
    }

    public OffsetDateTime getSeizureEndedAt() {
        return seizureEndedAt;
    }

    public void setSeizureEndedAt(OffsetDateTime seizureEndedAt) {
        this.seizureEndedAt = seizureEndedAt;
    }

    public ImmigrationInquiry getImmigrationInquiry() {
        return immigrationInquiry;
    }

    public void setImmigrationInquiry(ImmigrationInquiry immigrationInquiry) {
        this.immigrationInquiry = immigrationInquiry;
    }

    public List<SuspicionFactor> getSuspicionFactors() {
        return suspicionFactors;
    }

    public void setSuspicionFactors(List<SuspicionFactor> suspicionFactors) {
        this.suspicionFactors = suspicionFactors;
    }

    public Boolean getIndependentRsDocumentedAtExtension() {
        return independentRsDocumentedAtExtension;
    }

    public void setIndependentRsDocumentedAtExtension(Boolean independentRsDocumentedAtExtension) {
        this.independentRsDocumentedAtExtension = independentRsDocumentedAtExtension;
    }

    public IceRequest getIceRequestOrApproval() {
        return iceRequestOrApproval;
    }

    public void setIceRequestOrApproval(IceRequest iceRequestOrApproval) {
        this.iceRequestOrApproval = iceRequestOrApproval;
    }

    public Arrest getArrest() {
        return arrest;
    }

    public void setArrest(Arrest arrest) {
        this.arrest = arrest;
    }

    public HomeEntry getHomeEntry() {
        return homeEntry;
    }

    public void setHomeEntry(HomeEntry homeEntry) {
        this.homeEntry = homeEntry;
    }

    public Boolean getSubjectLep() {
        return subjectLep;
    }

    public void setSubjectLep(Boolean subjectLep) {
        this.subjectLep = subjectLep;
    }

    public Boolean getInterpreterOffered() {
        return interpreterOffered;
    }

    public void setInterpreterOffered(Boolean interpreterOffered) {
        this.interpreterOffered = interpreterOffered;
    }

    public UscClaim getUscClaim() {
        return uscClaim;
    }

    public void setUscClaim(UscClaim uscClaim) {
        this.uscClaim = uscClaim;
    }

    public OffsetDateTime getIceSupervisorContactedAt() {
        return iceSupervisorContactedAt;
    }

    public void setIceSupervisorContactedAt(OffsetDateTime iceSupervisorContactedAt) {
        this.iceSupervisorContactedAt = iceSupervisorContactedAt;
    }

    public OffsetDateTime getTransportedToIceAt() {
        return transportedToIceAt;
    }

    public void setTransportedToIceAt(OffsetDateTime transportedToIceAt) {
        this.transportedToIceAt = transportedToIceAt;
    }

    public List<FunctionEvent> getFunctionEvents() {
        return functionEvents;
    }

    public void setFunctionEvents(List<FunctionEvent> functionEvents) {
        this.functionEvents = functionEvents;
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

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public OffsetDateTime getCivilSeizureStartedAt() {
        return civilSeizureStartedAt;
    }

    public void setCivilSeizureStartedAt(OffsetDateTime civilSeizureStartedAt) {
        this.civilSeizureStartedAt = civilSeizureStartedAt;
    }

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link Encounter} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Encounter target = new Encounter();

        private Builder() { }

        private Encounter target() {
            if (target == null) throw new IllegalStateException("this builder has built its encounter; start a new one");
            return target;
        }

        public Builder encounterId(String value) {
            target().setEncounterId(value);
            return this;
        }

        public Builder agencyId(String value) {
            target().setAgencyId(value);
            return this;
        }

        public Builder state(String value) {
            target().setState(value);
            return this;
        }

        public Builder federalCircuit(Circuit value) {
            target().setFederalCircuit(value);
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

        public Builder startedAt(OffsetDateTime value) {
            target().setStartedAt(value);
            return this;
        }

        public Builder initialBasis(InitialBasis value) {
            target().setInitialBasis(value);
            return this;
        }

        public Builder missionCompletedAt(OffsetDateTime value) {
            target().setMissionCompletedAt(value);
            return this;
        }

        public Builder seizureEndedAt(OffsetDateTime value) {
            target().setSeizureEndedAt(value);
            return this;
        }

        public Builder immigrationInquiry(ImmigrationInquiry value) {
            target().setImmigrationInquiry(value);
            return this;
        }

        public Builder immigrationInquiry(ImmigrationInquiry.Builder value) {
            return immigrationInquiry(value.build());
        }

        public Builder suspicionFactors(List<SuspicionFactor> value) {
            target().setSuspicionFactors(value);
            return this;
        }

        /** Adds one to suspicionFactors. */
        public Builder addSuspicionFactor(SuspicionFactor value) {
            if (target().getSuspicionFactors() == null) target().setSuspicionFactors(new java.util.ArrayList<>());
            target().getSuspicionFactors().add(value);
            return this;
        }

        public Builder independentRsDocumentedAtExtension(Boolean value) {
            target().setIndependentRsDocumentedAtExtension(value);
            return this;
        }

        public Builder iceRequestOrApproval(IceRequest value) {
            target().setIceRequestOrApproval(value);
            return this;
        }

        public Builder iceRequestOrApproval(IceRequest.Builder value) {
            return iceRequestOrApproval(value.build());
        }

        public Builder arrest(Arrest value) {
            target().setArrest(value);
            return this;
        }

        public Builder arrest(Arrest.Builder value) {
            return arrest(value.build());
        }

        public Builder homeEntry(HomeEntry value) {
            target().setHomeEntry(value);
            return this;
        }

        public Builder homeEntry(HomeEntry.Builder value) {
            return homeEntry(value.build());
        }

        public Builder subjectLep(Boolean value) {
            target().setSubjectLep(value);
            return this;
        }

        public Builder interpreterOffered(Boolean value) {
            target().setInterpreterOffered(value);
            return this;
        }

        public Builder uscClaim(UscClaim value) {
            target().setUscClaim(value);
            return this;
        }

        public Builder uscClaim(UscClaim.Builder value) {
            return uscClaim(value.build());
        }

        public Builder iceSupervisorContactedAt(OffsetDateTime value) {
            target().setIceSupervisorContactedAt(value);
            return this;
        }

        public Builder transportedToIceAt(OffsetDateTime value) {
            target().setTransportedToIceAt(value);
            return this;
        }

        public Builder functionEvents(List<FunctionEvent> value) {
            target().setFunctionEvents(value);
            return this;
        }

        /** Adds one to functionEvents. */
        public Builder addFunctionEvent(FunctionEvent value) {
            if (target().getFunctionEvents() == null) target().setFunctionEvents(new java.util.ArrayList<>());
            target().getFunctionEvents().add(value);
            return this;
        }

        /** Adds one to functionEvents, built from its builder. */
        public Builder addFunctionEvent(FunctionEvent.Builder value) {
            return addFunctionEvent(value.build());
        }

        public Builder personId(String value) {
            target().setPersonId(value);
            return this;
        }

        public Builder civilSeizureStartedAt(OffsetDateTime value) {
            target().setCivilSeizureStartedAt(value);
            return this;
        }

        public Encounter build() {
            Encounter built = target();
            target = null;
            return built;
        }
    }
}
