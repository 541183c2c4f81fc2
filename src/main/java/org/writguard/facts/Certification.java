package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

/** An officer's 287(g) training, certification and authorization for one model (DOMAIN 6.3). */
public class Certification implements Located {
    private Model model;
    private LocalDate trainingCompletedOn;
    private Boolean examPassed;
    private LocalDate certifiedOn;
    private LocalDate authorizationLetterOn;
    @JsonProperty("form_70_006_issued")
    private Boolean form70006Issued;
    private Boolean credentialsIssued;
    /** Null = derive it (TFM: authorization letter + 24 months, DOMAIN 12.5). */
    private LocalDate authorizationExpiresOn;
    private LocalDate lastRefresherOn;
    private LocalDate revokedOn;
    @JsonIgnore
    private String path;

    public Model getModel() {
        return model;
    }

    public void setModel(Model model) {
        this.model = model;
    }

    public LocalDate getTrainingCompletedOn() {
        return trainingCompletedOn;
    }

    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) {
        this.trainingCompletedOn = trainingCompletedOn;
    }

    public Boolean getExamPassed() {
        return examPassed;
    }

    public void setExamPassed(Boolean examPassed) {
        this.examPassed = examPassed;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public void setCertifiedOn(LocalDate certifiedOn) {
        this.certifiedOn = certifiedOn;
    }

    public LocalDate getAuthorizationLetterOn() {
        return authorizationLetterOn;
    }

    public void setAuthorizationLetterOn(LocalDate authorizationLetterOn) {
        this.authorizationLetterOn = authorizationLetterOn;
    }

    public Boolean getForm70006Issued() {
        return form70006Issued;
    }

    public void setForm70006Issued(Boolean form70006Issued) {
        this.form70006Issued = form70006Issued;
    }

    public Boolean getCredentialsIssued() {
        return credentialsIssued;
    }

    public void setCredentialsIssued(Boolean credentialsIssued) {
        this.credentialsIssued = credentialsIssued;
    }

    public LocalDate getAuthorizationExpiresOn() {
        return authorizationExpiresOn;
    }

    public void setAuthorizationExpiresOn(LocalDate authorizationExpiresOn) {
        this.authorizationExpiresOn = authorizationExpiresOn;
    }

    public LocalDate getLastRefresherOn() {
        return lastRefresherOn;
    }

    public void setLastRefresherOn(LocalDate lastRefresherOn) {
        this.lastRefresherOn = lastRefresherOn;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public void setRevokedOn(LocalDate revokedOn) {
        this.revokedOn = revokedOn;
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

    /** Fluent construction of a {@link Certification} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Certification target = new Certification();

        private Builder() { }

        private Certification target() {
            if (target == null) throw new IllegalStateException("this builder has built its certification; start a new one");
            return target;
        }

        public Builder model(Model value) {
            target().setModel(value);
            return this;
        }

        public Builder trainingCompletedOn(LocalDate value) {
            target().setTrainingCompletedOn(value);
            return this;
        }

        public Builder examPassed(Boolean value) {
            target().setExamPassed(value);
            return this;
        }

        public Builder certifiedOn(LocalDate value) {
            target().setCertifiedOn(value);
            return this;
        }

        public Builder authorizationLetterOn(LocalDate value) {
            target().setAuthorizationLetterOn(value);
            return this;
        }

        public Builder form70006Issued(Boolean value) {
            target().setForm70006Issued(value);
            return this;
        }

        public Builder credentialsIssued(Boolean value) {
            target().setCredentialsIssued(value);
            return this;
        }

        public Builder authorizationExpiresOn(LocalDate value) {
            target().setAuthorizationExpiresOn(value);
            return this;
        }

        public Builder lastRefresherOn(LocalDate value) {
            target().setLastRefresherOn(value);
            return this;
        }

        public Builder revokedOn(LocalDate value) {
            target().setRevokedOn(value);
            return this;
        }

        public Certification build() {
            Certification built = target();
            target = null;
            return built;
        }
    }
}
