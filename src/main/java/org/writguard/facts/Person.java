package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;

/** The person a case is about (DOMAIN.md 13.1); encounters, holds and applications link to it by person_id. */
public class Person implements Located {
    private String personId;
    /** Null = unknown. */
    private Boolean usCitizen;
    private CitizenshipEvidence citizenshipEvidence;
    private OffsetDateTime citizenshipClaimMadeAt;
    private ClaimRecipient citizenshipClaimMadeTo;
    @JsonIgnore
    private String path;

    public String getPersonId() { return personId; }
    public void setPersonId(String personId) { this.personId = personId; }
    public Boolean getUsCitizen() { return usCitizen; }
    public void setUsCitizen(Boolean usCitizen) { this.usCitizen = usCitizen; }
    public CitizenshipEvidence getCitizenshipEvidence() { return citizenshipEvidence; }
    public void setCitizenshipEvidence(CitizenshipEvidence e) { this.citizenshipEvidence = e; }
    public OffsetDateTime getCitizenshipClaimMadeAt() { return citizenshipClaimMadeAt; }
    public void setCitizenshipClaimMadeAt(OffsetDateTime at) { this.citizenshipClaimMadeAt = at; }
    public ClaimRecipient getCitizenshipClaimMadeTo() { return citizenshipClaimMadeTo; }
    public void setCitizenshipClaimMadeTo(ClaimRecipient to) { this.citizenshipClaimMadeTo = to; }

    /** Documentary proof of citizenship (DOMAIN.md 13.15: confidence HIGH for US_CITIZEN_HELD). */
    @JsonIgnore
    public boolean isDocumentaryEvidence() {
        return citizenshipEvidence != null && citizenshipEvidence.documentary();
    }

    @Override
    @JsonIgnore
    public String getPath() { return path; }

    @JsonIgnore
    public void setPath(String path) { this.path = path; }
}
