package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The root of a case file (CASE-FORMAT.md): one matter, evaluated at {@code as_of}. */
public class CaseFile implements Located {
    /** The moment of evaluation: "now" for ongoing holds and delays. */
    private OffsetDateTime asOf;
    /** DOMAIN.md 13.1: null = not given (then person ids are not checked). */
    private List<Person> persons;
    private List<Agency> agencies = new ArrayList<>();
    private List<Officer> officers = new ArrayList<>();
    private List<Encounter> encounters = new ArrayList<>();
    private List<Hold> holds = new ArrayList<>();
    private List<Application> applications = new ArrayList<>();
    private List<Complaint> complaints = new ArrayList<>();
    private RemedyRequest remedyRequest;
    /** Case-wide default for every hold (and agency) that does not say (DOMAIN.md scenario 7 writes it here). */
    private Boolean agencyPolicyBlanketDetainerCompliance;
    /** Case-wide default for every hold that does not say (DOMAIN.md scenario 5 writes it here). */
    @JsonProperty("conviction_facts_for_7282_5")
    private Boolean convictionFactsFor7282p5;
    /** Analyst parameters that override table defaults for this case (shapes: DOMAIN 12.8). */
    private Map<String, Object> parameters = new LinkedHashMap<>();
    @JsonIgnore
    private String path = "";
    /** Set by the reader when some dates are known only in part (DOMAIN.md 13.5); null when all are exact. */
    @JsonIgnore
    private DateUncertainty dateUncertainty;

    public OffsetDateTime getAsOf() {
        return asOf;
    }

    public void setAsOf(OffsetDateTime asOf) {
        this.asOf = asOf;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public void setAgencies(List<Agency> agencies) {
        this.agencies = agencies;
    }

    public List<Officer> getOfficers() {
        return officers;
    }

    public void setOfficers(List<Officer> officers) {
        this.officers = officers;
    }

    public List<Encounter> getEncounters() {
        return encounters;
    }

    public void setEncounters(List<Encounter> encounters) {
        this.encounters = encounters;
    }

    public List<Hold> getHolds() {
        return holds;
    }

    public void setHolds(List<Hold> holds) {
        this.holds = holds;
    }

    public List<Application> getApplications() {
        return applications;
    }

    public void setApplications(List<Application> applications) {
        this.applications = applications;
    }

    public List<Complaint> getComplaints() {
        return complaints;
    }

    public void setComplaints(List<Complaint> complaints) {
        this.complaints = complaints;
    }

    public RemedyRequest getRemedyRequest() {
        return remedyRequest;
    }

    public void setRemedyRequest(RemedyRequest remedyRequest) {
        this.remedyRequest = remedyRequest;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters;
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

    public Optional<Agency> findAgency(String agencyId) {
        if (agencyId == null) return Optional.empty();
        for (Agency a : agencies) if (agencyId.equals(a.getAgencyId())) return Optional.of(a);
        return Optional.empty();
    }

    public Optional<Officer> findOfficer(String officerId) {
        for (Officer o : officers) {
            if (officerId != null && officerId.equals(o.getOfficerId())) return Optional.of(o);
        }
        return Optional.empty();
    }

    /** Every function event of every encounter, in file order. */
    public List<FunctionEvent> allFunctionEvents() {
        List<FunctionEvent> all = new ArrayList<>();
        for (Encounter e : encounters) {
            all.addAll(e.getFunctionEvents());
        }
        return all;
    }

    /**
     * Agency ids that officers, encounters and holds name but {@code agencies} does not list,
     * in file order. They may be roster agencies; the engine resolves them against the roster
     * and rejects the rest (CASE-FORMAT, "Agencies and the roster").
     */
    public Set<String> referencedAgencyIdsNotInCase() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(agencyReferencesNotInCase().keySet()));
    }

    /** Like {@link #referencedAgencyIdsNotInCase()}, with the first field path naming each id. */
    public Map<String, String> agencyReferencesNotInCase() {
        Map<String, String> refs = new LinkedHashMap<>();
        for (Officer o : officers) {
            noteAgency(refs, o.getAgencyId(), o);
        }
        for (Encounter e : encounters) {
            noteAgency(refs, e.getAgencyId(), e);
        }
        for (Hold h : holds) {
            noteAgency(refs, h.getAgencyId(), h);
        }
        return Collections.unmodifiableMap(refs);
    }

    /** The field path is made only for an id the case does not list (most references name a listed agency). */
    private void noteAgency(Map<String, String> refs, String agencyId, Located at) {
        if (agencyId != null && !refs.containsKey(agencyId) && findAgency(agencyId).isEmpty()) {
            refs.put(agencyId, at.field("agency_id"));
        }
    }

    public Boolean getAgencyPolicyBlanketDetainerCompliance() {
        return agencyPolicyBlanketDetainerCompliance;
    }

    public void setAgencyPolicyBlanketDetainerCompliance(Boolean value) {
        this.agencyPolicyBlanketDetainerCompliance = value;
    }

    @JsonProperty("conviction_facts_for_7282_5")
    public Boolean getConvictionFactsFor7282p5() {
        return convictionFactsFor7282p5;
    }

    @JsonProperty("conviction_facts_for_7282_5")
    public void setConvictionFactsFor7282p5(Boolean value) {
        this.convictionFactsFor7282p5 = value;
    }

    /** The dates known only in part, or null when every date of the case is exact. */
    @JsonIgnore
    public DateUncertainty getDateUncertainty() {
        return dateUncertainty;
    }

    @JsonIgnore
    public void setDateUncertainty(DateUncertainty dateUncertainty) {
        this.dateUncertainty = dateUncertainty;
    }

    public List<Person> getPersons() {
        return persons;
    }

    public void setPersons(List<Person> persons) {
        this.persons = persons;
    }

    /** The listed person with this id, if persons is given and lists it. */
    public java.util.Optional<Person> findPerson(String personId) {
        if (persons == null || personId == null) return java.util.Optional.empty();
        return persons.stream().filter(p -> personId.equals(p.getPersonId())).findFirst();
    }

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a case in code. {@link #build()} links and validates it exactly as a case file is read, with the same one-line, field-path messages ({@link org.writguard.cases.CaseInputException}). A builder builds once. */
    public static final class Builder {
        private CaseFile target = new CaseFile();
        private String name = "case";

        private Builder() { }

        private CaseFile target() {
            if (target == null) throw new IllegalStateException("this builder has built its caseFile; start a new one");
            return target;
        }

        public Builder asOf(OffsetDateTime value) {
            target().setAsOf(value);
            return this;
        }

        public Builder agencies(List<Agency> value) {
            target().setAgencies(value);
            return this;
        }

        /** Adds one to agencies. */
        public Builder addAgency(Agency value) {
            if (target().getAgencies() == null) target().setAgencies(new java.util.ArrayList<>());
            target().getAgencies().add(value);
            return this;
        }

        /** Adds one to agencies, built from its builder. */
        public Builder addAgency(Agency.Builder value) {
            return addAgency(value.build());
        }

        public Builder officers(List<Officer> value) {
            target().setOfficers(value);
            return this;
        }

        /** Adds one to officers. */
        public Builder addOfficer(Officer value) {
            if (target().getOfficers() == null) target().setOfficers(new java.util.ArrayList<>());
            target().getOfficers().add(value);
            return this;
        }

        /** Adds one to officers, built from its builder. */
        public Builder addOfficer(Officer.Builder value) {
            return addOfficer(value.build());
        }

        public Builder encounters(List<Encounter> value) {
            target().setEncounters(value);
            return this;
        }

        /** Adds one to encounters. */
        public Builder addEncounter(Encounter value) {
            if (target().getEncounters() == null) target().setEncounters(new java.util.ArrayList<>());
            target().getEncounters().add(value);
            return this;
        }

        /** Adds one to encounters, built from its builder. */
        public Builder addEncounter(Encounter.Builder value) {
            return addEncounter(value.build());
        }

        public Builder holds(List<Hold> value) {
            target().setHolds(value);
            return this;
        }

        /** Adds one to holds. */
        public Builder addHold(Hold value) {
            if (target().getHolds() == null) target().setHolds(new java.util.ArrayList<>());
            target().getHolds().add(value);
            return this;
        }

        /** Adds one to holds, built from its builder. */
        public Builder addHold(Hold.Builder value) {
            return addHold(value.build());
        }

        public Builder applications(List<Application> value) {
            target().setApplications(value);
            return this;
        }

        /** Adds one to applications. */
        public Builder addApplication(Application value) {
            if (target().getApplications() == null) target().setApplications(new java.util.ArrayList<>());
            target().getApplications().add(value);
            return this;
        }

        /** Adds one to applications, built from its builder. */
        public Builder addApplication(Application.Builder value) {
            return addApplication(value.build());
        }

        public Builder complaints(List<Complaint> value) {
            target().setComplaints(value);
            return this;
        }

        /** Adds one to complaints. */
        public Builder addComplaint(Complaint value) {
            if (target().getComplaints() == null) target().setComplaints(new java.util.ArrayList<>());
            target().getComplaints().add(value);
            return this;
        }

        /** Adds one to complaints, built from its builder. */
        public Builder addComplaint(Complaint.Builder value) {
            return addComplaint(value.build());
        }

        public Builder remedyRequest(RemedyRequest value) {
            target().setRemedyRequest(value);
            return this;
        }

        public Builder remedyRequest(RemedyRequest.Builder value) {
            return remedyRequest(value.build());
        }

        public Builder parameters(Map<String, Object> value) {
            target().setParameters(value);
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

        public Builder persons(List<Person> value) {
            target().setPersons(value);
            return this;
        }

        /** Adds one to persons. */
        public Builder addPerson(Person value) {
            if (target().getPersons() == null) target().setPersons(new java.util.ArrayList<>());
            target().getPersons().add(value);
            return this;
        }

        /** Adds one to persons, built from its builder. */
        public Builder addPerson(Person.Builder value) {
            return addPerson(value.build());
        }

        /** The name errors and reports give the case (default "case"), e.g. the intake number. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * The case, linked and validated as a case file is: a missing {@code as_of}, an unknown officer or
         * agency id, a state that is not a two-letter code are each a one-line
         * {@link org.writguard.cases.CaseInputException} naming the field path.
         */
        public CaseFile build() {
            CaseFile built = org.writguard.internal.cases.CaseReader.checkedCopy(target(), name);
            target = null;
            return built;
        }
    }
}
