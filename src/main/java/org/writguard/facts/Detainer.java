package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;

/** The detainer a hold rests on (DOMAIN 6.5). */
public class Detainer implements Located {
    private OffsetDateTime receivedAt;
    private DetainerForm form;
    private DetainerBox boxChecked;
    private DetainerWarrant accompaniedBy;
    private Boolean warrantSigned;
    private PcBasis pcBasis;
    private DetainerIssuer issuedBy;
    private String issuerOfficerId;
    private Boolean servedOnSubject;
    private Boolean formExcludesWeekendsHolidays;
    private OffsetDateTime reportedToIceAt;
    @JsonIgnore
    private String path;

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(OffsetDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public DetainerForm getForm() {
        return form;
    }

    public void setForm(DetainerForm form) {
        this.form = form;
    }

    public DetainerBox getBoxChecked() {
        return boxChecked;
    }

    public void setBoxChecked(DetainerBox boxChecked) {
        this.boxChecked = boxChecked;
    }

    public DetainerWarrant getAccompaniedBy() {
        return accompaniedBy;
    }

    public void setAccompaniedBy(DetainerWarrant accompaniedBy) {
        this.accompaniedBy = accompaniedBy;
    }

    public Boolean getWarrantSigned() {
        return warrantSigned;
    }

    public void setWarrantSigned(Boolean warrantSigned) {
        this.warrantSigned = warrantSigned;
    }

    public PcBasis getPcBasis() {
        return pcBasis;
    }

    public void setPcBasis(PcBasis pcBasis) {
        this.pcBasis = pcBasis;
    }

    public DetainerIssuer getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(DetainerIssuer issuedBy) {
        this.issuedBy = issuedBy;
    }

    public String getIssuerOfficerId() {
        return issuerOfficerId;
    }

    public void setIssuerOfficerId(String issuerOfficerId) {
        this.issuerOfficerId = issuerOfficerId;
    }

    public Boolean getServedOnSubject() {
        return servedOnSubject;
    }

    public void setServedOnSubject(Boolean servedOnSubject) {
        this.servedOnSubject = servedOnSubject;
    }

    public Boolean getFormExcludesWeekendsHolidays() {
        return formExcludesWeekendsHolidays;
    }

    public void setFormExcludesWeekendsHolidays(Boolean formExcludesWeekendsHolidays) {
        this.formExcludesWeekendsHolidays = formExcludesWeekendsHolidays;
    }

    public OffsetDateTime getReportedToIceAt() {
        return reportedToIceAt;
    }

    public void setReportedToIceAt(OffsetDateTime reportedToIceAt) {
        this.reportedToIceAt = reportedToIceAt;
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
