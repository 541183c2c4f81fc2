package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** A law-enforcement agency (DOMAIN 6.1). Subject id: {@code agency_id}. */
public class Agency implements Located {
    private String agencyId;
    private String name;
    /** USPS code; drives overlays and the circuit. */
    private String state;
    private String county;
    private AgencyType agencyType;
    private Boolean operatesJail;
    /** Null = unknown (F05 then judges the place by location type alone, DOMAIN 12.2). */
    private List<String> jailFacilityIds;
    private Integer swornOfficerCount;
    private Boolean igsaInEffect;
    /** Null = not given, so the roster supplies the agreements; a list (even empty) overrides the roster (CASE-FORMAT). */
    private List<Moa> moas;
    /** Blanket practice of honoring detainers (Scenario 7, Monell variant). */
    private Boolean agencyPolicyBlanketDetainerCompliance;
    @JsonIgnore
    private String path;
    /** The ICE roster, not the case file, gave this agency's state (DOMAIN.md 13.8). */
    @JsonIgnore
    private boolean stateFromRoster;

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public AgencyType getAgencyType() {
        return agencyType;
    }

    public void setAgencyType(AgencyType agencyType) {
        this.agencyType = agencyType;
    }

    public Boolean getOperatesJail() {
        return operatesJail;
    }

    public void setOperatesJail(Boolean operatesJail) {
        this.operatesJail = operatesJail;
    }

    public List<String> getJailFacilityIds() {
        return jailFacilityIds;
    }

    public void setJailFacilityIds(List<String> jailFacilityIds) {
        this.jailFacilityIds = jailFacilityIds;
    }

    public Integer getSwornOfficerCount() {
        return swornOfficerCount;
    }

    public void setSwornOfficerCount(Integer swornOfficerCount) {
        this.swornOfficerCount = swornOfficerCount;
    }

    public Boolean getIgsaInEffect() {
        return igsaInEffect;
    }

    public void setIgsaInEffect(Boolean igsaInEffect) {
        this.igsaInEffect = igsaInEffect;
    }

    public List<Moa> getMoas() {
        return moas;
    }

    public void setMoas(List<Moa> moas) {
        this.moas = moas;
    }

    public Boolean getAgencyPolicyBlanketDetainerCompliance() {
        return agencyPolicyBlanketDetainerCompliance;
    }

    public void setAgencyPolicyBlanketDetainerCompliance(Boolean agencyPolicyBlanketDetainerCompliance) {
        this.agencyPolicyBlanketDetainerCompliance = agencyPolicyBlanketDetainerCompliance;
    }

    @JsonIgnore
    public boolean isStateFromRoster() {
        return stateFromRoster;
    }

    @JsonIgnore
    public void setStateFromRoster(boolean stateFromRoster) {
        this.stateFromRoster = stateFromRoster;
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
}
