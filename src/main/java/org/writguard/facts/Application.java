package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A pending immigration benefit application (DOMAIN 6.6). Subject id: {@code application_id}. */
public class Application implements Located {
    private String applicationId;
    private FormType formType;
    private String category;
    private LocalDate filedOn;
    private LocalDate biometricsOn;
    private LocalDate interviewOn;
    private LocalDate lastAgencyActionOn;
    private Boolean rfeOrNoidOutstanding;
    private LocalDate rfeResponseReceivedOn;
    private LocalDate decisionOn;
    private Boolean visaNumberAvailable;
    private String applicantState;
    private String applicantDistrict;
    /** Derived from applicant_state when absent (DOMAIN 8.4). */
    private Circuit federalCircuit;
    private Boolean inRemovalProceedings;
    private Boolean inCustody;
    private Double agencyProcessingTimeDays;
    private QueuePolicy agencyQueuePolicy;
    private Boolean outOfOrderEvidence;
    /** Null = unknown; an empty list = no harm shown. */
    private List<Harm> harms;
    private Boolean improprietyEvidence;
    private List<LocalDate> inquiriesMadeOn = new ArrayList<>();
    private LocalDate expediteRequestedOn;
    /** Defaults to the local date of the case's as_of. */
    private LocalDate evaluationDate;
    /** Absent = 0 (DOMAIN 12.9). */
    private Integer applicantCausedDelayDays;
    /** TRAC 4 (DOMAIN 12.9). */
    private Boolean uniqueCircumstancesDocumented;
    /** DOMAIN.md 13.1: the applicant (optional). */
    private String personId;
    /** DOMAIN.md 13.6: the day a suit under 8 U.S.C. § 1447(b) was filed. */
    @com.fasterxml.jackson.annotation.JsonProperty("section_1447b_suit_filed_on")
    private LocalDate section1447bSuitFiledOn;
    @JsonIgnore
    private String path;

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public FormType getFormType() {
        return formType;
    }

    public void setFormType(FormType formType) {
        this.formType = formType;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public LocalDate getBiometricsOn() {
        return biometricsOn;
    }

    public void setBiometricsOn(LocalDate biometricsOn) {
        this.biometricsOn = biometricsOn;
    }

    public LocalDate getInterviewOn() {
        return interviewOn;
    }

    public void setInterviewOn(LocalDate interviewOn) {
        this.interviewOn = interviewOn;
    }

    public LocalDate getLastAgencyActionOn() {
        return lastAgencyActionOn;
    }

    public void setLastAgencyActionOn(LocalDate lastAgencyActionOn) {
        this.lastAgencyActionOn = lastAgencyActionOn;
    }

    public Boolean getRfeOrNoidOutstanding() {
        return rfeOrNoidOutstanding;
    }

    public void setRfeOrNoidOutstanding(Boolean rfeOrNoidOutstanding) {
        this.rfeOrNoidOutstanding = rfeOrNoidOutstanding;
    }

    public LocalDate getRfeResponseReceivedOn() {
        return rfeResponseReceivedOn;
    }

    public void setRfeResponseReceivedOn(LocalDate rfeResponseReceivedOn) {
        this.rfeResponseReceivedOn = rfeResponseReceivedOn;
    }

    public LocalDate getDecisionOn() {
        return decisionOn;
    }

    public void setDecisionOn(LocalDate decisionOn) {
        this.decisionOn = decisionOn;
    }

    public Boolean getVisaNumberAvailable() {
        return visaNumberAvailable;
    }

    public void setVisaNumberAvailable(Boolean visaNumberAvailable) {
        this.visaNumberAvailable = visaNumberAvailable;
    }

    public String getApplicantState() {
        return applicantState;
    }

    public void setApplicantState(String applicantState) {
        this.applicantState = applicantState;
    }

    public String getApplicantDistrict() {
        return applicantDistrict;
    }

    public void setApplicantDistrict(String applicantDistrict) {
        this.applicantDistrict = applicantDistrict;
    }

    public Circuit getFederalCircuit() {
        return federalCircuit;
    }

    public void setFederalCircuit(Circuit federalCircuit) {
        this.federalCircuit = federalCircuit;
    }

    public Boolean getInRemovalProceedings() {
        return inRemovalProceedings;
    }

    public void setInRemovalProceedings(Boolean inRemovalProceedings) {
        this.inRemovalProceedings = inRemovalProceedings;
    }

    public Boolean getInCustody() {
        return inCustody;
    }

    public void setInCustody(Boolean inCustody) {
        this.inCustody = inCustody;
    }

    public Double getAgencyProcessingTimeDays() {
        return agencyProcessingTimeDays;
    }

    public void setAgencyProcessingTimeDays(Double agencyProcessingTimeDays) {
        this.agencyProcessingTimeDays = agencyProcessingTimeDays;
    }

    public QueuePolicy getAgencyQueuePolicy() {
        return agencyQueuePolicy;
    }

    public void setAgencyQueuePolicy(QueuePolicy agencyQueuePolicy) {
        this.agencyQueuePolicy = agencyQueuePolicy;
    }

    public Boolean getOutOfOrderEvidence() {
        return outOfOrderEvidence;
    }

    public void setOutOfOrderEvidence(Boolean outOfOrderEvidence) {
        this.outOfOrderEvidence = outOfOrderEvidence;
    }

    public List<Harm> getHarms() {
        return harms;
    }

    public void setHarms(List<Harm> harms) {
        this.harms = harms;
    }

    public Boolean getImproprietyEvidence() {
        return improprietyEvidence;
    }

    public void setImproprietyEvidence(Boolean improprietyEvidence) {
        this.improprietyEvidence = improprietyEvidence;
    }

    public List<LocalDate> getInquiriesMadeOn() {
        return inquiriesMadeOn;
    }

    public void setInquiriesMadeOn(List<LocalDate> inquiriesMadeOn) {
        this.inquiriesMadeOn = inquiriesMadeOn;
    }

    public LocalDate getExpediteRequestedOn() {
        return expediteRequestedOn;
    }

    public void setExpediteRequestedOn(LocalDate expediteRequestedOn) {
        this.expediteRequestedOn = expediteRequestedOn;
    }

    public LocalDate getEvaluationDate() {
        return evaluationDate;
    }

    public void setEvaluationDate(LocalDate evaluationDate) {
        this.evaluationDate = evaluationDate;
    }

    public Integer getApplicantCausedDelayDays() {
        return applicantCausedDelayDays;
    }

    public void setApplicantCausedDelayDays(Integer applicantCausedDelayDays) {
        this.applicantCausedDelayDays = applicantCausedDelayDays;
    }

    public Boolean getUniqueCircumstancesDocumented() {
        return uniqueCircumstancesDocumented;
    }

    public void setUniqueCircumstancesDocumented(Boolean uniqueCircumstancesDocumented) {
        this.uniqueCircumstancesDocumented = uniqueCircumstancesDocumented;
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

    public LocalDate getSection1447bSuitFiledOn() {
        return section1447bSuitFiledOn;
    }

    public void setSection1447bSuitFiledOn(LocalDate section1447bSuitFiledOn) {
        this.section1447bSuitFiledOn = section1447bSuitFiledOn;
    }

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link Application} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Application target = new Application();

        private Builder() { }

        private Application target() {
            if (target == null) throw new IllegalStateException("this builder has built its application; start a new one");
            return target;
        }

        public Builder applicationId(String value) {
            target().setApplicationId(value);
            return this;
        }

        public Builder formType(FormType value) {
            target().setFormType(value);
            return this;
        }

        public Builder category(String value) {
            target().setCategory(value);
            return this;
        }

        public Builder filedOn(LocalDate value) {
            target().setFiledOn(value);
            return this;
        }

        public Builder biometricsOn(LocalDate value) {
            target().setBiometricsOn(value);
            return this;
        }

        public Builder interviewOn(LocalDate value) {
            target().setInterviewOn(value);
            return this;
        }

        public Builder lastAgencyActionOn(LocalDate value) {
            target().setLastAgencyActionOn(value);
            return this;
        }

        public Builder rfeOrNoidOutstanding(Boolean value) {
            target().setRfeOrNoidOutstanding(value);
            return this;
        }

        public Builder rfeResponseReceivedOn(LocalDate value) {
            target().setRfeResponseReceivedOn(value);
            return this;
        }

        public Builder decisionOn(LocalDate value) {
            target().setDecisionOn(value);
            return this;
        }

        public Builder visaNumberAvailable(Boolean value) {
            target().setVisaNumberAvailable(value);
            return this;
        }

        public Builder applicantState(String value) {
            target().setApplicantState(value);
            return this;
        }

        public Builder applicantDistrict(String value) {
            target().setApplicantDistrict(value);
            return this;
        }

        public Builder federalCircuit(Circuit value) {
            target().setFederalCircuit(value);
            return this;
        }

        public Builder inRemovalProceedings(Boolean value) {
            target().setInRemovalProceedings(value);
            return this;
        }

        public Builder inCustody(Boolean value) {
            target().setInCustody(value);
            return this;
        }

        public Builder agencyProcessingTimeDays(Double value) {
            target().setAgencyProcessingTimeDays(value);
            return this;
        }

        public Builder agencyQueuePolicy(QueuePolicy value) {
            target().setAgencyQueuePolicy(value);
            return this;
        }

        public Builder outOfOrderEvidence(Boolean value) {
            target().setOutOfOrderEvidence(value);
            return this;
        }

        public Builder harms(List<Harm> value) {
            target().setHarms(value);
            return this;
        }

        /** Adds one to harms. */
        public Builder addHarm(Harm value) {
            if (target().getHarms() == null) target().setHarms(new java.util.ArrayList<>());
            target().getHarms().add(value);
            return this;
        }

        public Builder improprietyEvidence(Boolean value) {
            target().setImproprietyEvidence(value);
            return this;
        }

        public Builder inquiriesMadeOn(List<LocalDate> value) {
            target().setInquiriesMadeOn(value);
            return this;
        }

        /** Adds one to inquiriesMadeOn. */
        public Builder addInquiriesMadeOn(LocalDate value) {
            if (target().getInquiriesMadeOn() == null) target().setInquiriesMadeOn(new java.util.ArrayList<>());
            target().getInquiriesMadeOn().add(value);
            return this;
        }

        public Builder expediteRequestedOn(LocalDate value) {
            target().setExpediteRequestedOn(value);
            return this;
        }

        public Builder evaluationDate(LocalDate value) {
            target().setEvaluationDate(value);
            return this;
        }

        public Builder applicantCausedDelayDays(Integer value) {
            target().setApplicantCausedDelayDays(value);
            return this;
        }

        public Builder uniqueCircumstancesDocumented(Boolean value) {
            target().setUniqueCircumstancesDocumented(value);
            return this;
        }

        public Builder personId(String value) {
            target().setPersonId(value);
            return this;
        }

        public Builder section1447bSuitFiledOn(LocalDate value) {
            target().setSection1447bSuitFiledOn(value);
            return this;
        }

        public Application build() {
            Application built = target();
            target = null;
            return built;
        }
    }
}
