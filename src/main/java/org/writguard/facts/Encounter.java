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
}
