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

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link Person} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Person target = new Person();

        private Builder() { }

        private Person target() {
            if (target == null) throw new IllegalStateException("this builder has built its person; start a new one");
            return target;
        }

        public Builder personId(String value) {
            target().setPersonId(value);
            return this;
        }

        public Builder usCitizen(Boolean value) {
            target().setUsCitizen(value);
            return this;
        }

        public Builder citizenshipEvidence(CitizenshipEvidence value) {
            target().setCitizenshipEvidence(value);
            return this;
        }

        public Builder citizenshipClaimMadeAt(OffsetDateTime value) {
            target().setCitizenshipClaimMadeAt(value);
            return this;
        }

        public Builder citizenshipClaimMadeTo(ClaimRecipient value) {
            target().setCitizenshipClaimMadeTo(value);
            return this;
        }

        public Person build() {
            Person built = target();
            target = null;
            return built;
        }
    }
}
