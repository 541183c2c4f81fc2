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
}
