package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An officer of an agency (DOMAIN 6.3). Subject id: {@code officer_id}. */
public class Officer implements Located {
    private String officerId;
    private String agencyId;
    private Assignment assignment;
    private Boolean usCitizen;
    private Double yearsLeExperience;
    private List<Certification> certifications = new ArrayList<>();
    private LocalDate pendingDisciplinaryAllegationSince;
    private LocalDate removedFromProgramOn;
    @JsonIgnore
    private String path;

    public String getOfficerId() {
        return officerId;
    }

    public void setOfficerId(String officerId) {
        this.officerId = officerId;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public void setAssignment(Assignment assignment) {
        this.assignment = assignment;
    }

    public Boolean getUsCitizen() {
        return usCitizen;
    }

    public void setUsCitizen(Boolean usCitizen) {
        this.usCitizen = usCitizen;
    }

    public Double getYearsLeExperience() {
        return yearsLeExperience;
    }

    public void setYearsLeExperience(Double yearsLeExperience) {
        this.yearsLeExperience = yearsLeExperience;
    }

    public List<Certification> getCertifications() {
        return certifications;
    }

    public void setCertifications(List<Certification> certifications) {
        this.certifications = certifications;
    }

    public LocalDate getPendingDisciplinaryAllegationSince() {
        return pendingDisciplinaryAllegationSince;
    }

    public void setPendingDisciplinaryAllegationSince(LocalDate pendingDisciplinaryAllegationSince) {
        this.pendingDisciplinaryAllegationSince = pendingDisciplinaryAllegationSince;
    }

    public LocalDate getRemovedFromProgramOn() {
        return removedFromProgramOn;
    }

    public void setRemovedFromProgramOn(LocalDate removedFromProgramOn) {
        this.removedFromProgramOn = removedFromProgramOn;
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

    /** Fluent construction of a {@link Officer} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Officer target = new Officer();

        private Builder() { }

        private Officer target() {
            if (target == null) throw new IllegalStateException("this builder has built its officer; start a new one");
            return target;
        }

        public Builder officerId(String value) {
            target().setOfficerId(value);
            return this;
        }

        public Builder agencyId(String value) {
            target().setAgencyId(value);
            return this;
        }

        public Builder assignment(Assignment value) {
            target().setAssignment(value);
            return this;
        }

        public Builder usCitizen(Boolean value) {
            target().setUsCitizen(value);
            return this;
        }

        public Builder yearsLeExperience(Double value) {
            target().setYearsLeExperience(value);
            return this;
        }

        public Builder certifications(List<Certification> value) {
            target().setCertifications(value);
            return this;
        }

        /** Adds one to certifications. */
        public Builder addCertification(Certification value) {
            if (target().getCertifications() == null) target().setCertifications(new java.util.ArrayList<>());
            target().getCertifications().add(value);
            return this;
        }

        /** Adds one to certifications, built from its builder. */
        public Builder addCertification(Certification.Builder value) {
            return addCertification(value.build());
        }

        public Builder pendingDisciplinaryAllegationSince(LocalDate value) {
            target().setPendingDisciplinaryAllegationSince(value);
            return this;
        }

        public Builder removedFromProgramOn(LocalDate value) {
            target().setRemovedFromProgramOn(value);
            return this;
        }

        public Officer build() {
            Officer built = target();
            target = null;
            return built;
        }
    }
}
