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

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link Detainer} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Detainer target = new Detainer();

        private Builder() { }

        private Detainer target() {
            if (target == null) throw new IllegalStateException("this builder has built its detainer; start a new one");
            return target;
        }

        public Builder receivedAt(OffsetDateTime value) {
            target().setReceivedAt(value);
            return this;
        }

        public Builder form(DetainerForm value) {
            target().setForm(value);
            return this;
        }

        public Builder boxChecked(DetainerBox value) {
            target().setBoxChecked(value);
            return this;
        }

        public Builder accompaniedBy(DetainerWarrant value) {
            target().setAccompaniedBy(value);
            return this;
        }

        public Builder warrantSigned(Boolean value) {
            target().setWarrantSigned(value);
            return this;
        }

        public Builder pcBasis(PcBasis value) {
            target().setPcBasis(value);
            return this;
        }

        public Builder issuedBy(DetainerIssuer value) {
            target().setIssuedBy(value);
            return this;
        }

        public Builder issuerOfficerId(String value) {
            target().setIssuerOfficerId(value);
            return this;
        }

        public Builder servedOnSubject(Boolean value) {
            target().setServedOnSubject(value);
            return this;
        }

        public Builder formExcludesWeekendsHolidays(Boolean value) {
            target().setFormExcludesWeekendsHolidays(value);
            return this;
        }

        public Builder reportedToIceAt(OffsetDateTime value) {
            target().setReportedToIceAt(value);
            return this;
        }

        public Detainer build() {
            Detainer built = target();
            target = null;
            return built;
        }
    }
}
