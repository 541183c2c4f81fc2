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

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link Agency} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Agency target = new Agency();

        private Builder() { }

        private Agency target() {
            if (target == null) throw new IllegalStateException("this builder has built its agency; start a new one");
            return target;
        }

        public Builder agencyId(String value) {
            target().setAgencyId(value);
            return this;
        }

        public Builder name(String value) {
            target().setName(value);
            return this;
        }

        public Builder state(String value) {
            target().setState(value);
            return this;
        }

        public Builder county(String value) {
            target().setCounty(value);
            return this;
        }

        public Builder agencyType(AgencyType value) {
            target().setAgencyType(value);
            return this;
        }

        public Builder operatesJail(Boolean value) {
            target().setOperatesJail(value);
            return this;
        }

        public Builder jailFacilityIds(List<String> value) {
            target().setJailFacilityIds(value);
            return this;
        }

        /** Adds one to jailFacilityIds. */
        public Builder addJailFacilityId(String value) {
            if (target().getJailFacilityIds() == null) target().setJailFacilityIds(new java.util.ArrayList<>());
            target().getJailFacilityIds().add(value);
            return this;
        }

        public Builder swornOfficerCount(Integer value) {
            target().setSwornOfficerCount(value);
            return this;
        }

        public Builder igsaInEffect(Boolean value) {
            target().setIgsaInEffect(value);
            return this;
        }

        public Builder moas(List<Moa> value) {
            target().setMoas(value);
            return this;
        }

        /** Adds one to moas. */
        public Builder addMoa(Moa value) {
            if (target().getMoas() == null) target().setMoas(new java.util.ArrayList<>());
            target().getMoas().add(value);
            return this;
        }

        /** Adds one to moas, built from its builder. */
        public Builder addMoa(Moa.Builder value) {
            return addMoa(value.build());
        }

        public Builder agencyPolicyBlanketDetainerCompliance(Boolean value) {
            target().setAgencyPolicyBlanketDetainerCompliance(value);
            return this;
        }

        public Agency build() {
            Agency built = target();
            target = null;
            return built;
        }
    }
}
