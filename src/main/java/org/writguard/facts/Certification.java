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
}
