package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A 287(g) memorandum of agreement (DOMAIN 6.2). */
public class Moa implements Located {
    private String moaId;
    /** Filled from the enclosing agency when absent. */
    private String agencyId;
    private Model model;
    private String templateRevision;
    private LocalDate signedLeaOn;
    private LocalDate signedIceOn;
    private LocalDate effectiveOn;
    private LocalDate expiresOn;
    private List<SuspendedPeriod> suspendedPeriods = new ArrayList<>();
    private LocalDate terminationNoticeOn;
    private LocalDate terminatedOn;
    /** Null = use the model's default functions (Table 1.3-A). */
    private List<FunctionCode> authorizedFunctionsOverride;
    private GeographicScope geographicScopeOverride;
    private String iceFieldOffice;
    private Boolean iceListedActiveOnRoster;
    @JsonIgnore
    private String path;

    public String getMoaId() {
        return moaId;
    }

    public void setMoaId(String moaId) {
        this.moaId = moaId;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public Model getModel() {
        return model;
    }

    public void setModel(Model model) {
        this.model = model;
    }

    public String getTemplateRevision() {
        return templateRevision;
    }

    public void setTemplateRevision(String templateRevision) {
        this.templateRevision = templateRevision;
    }

    public LocalDate getSignedLeaOn() {
        return signedLeaOn;
    }

    public void setSignedLeaOn(LocalDate signedLeaOn) {
        this.signedLeaOn = signedLeaOn;
    }

    public LocalDate getSignedIceOn() {
        return signedIceOn;
    }

    public void setSignedIceOn(LocalDate signedIceOn) {
        this.signedIceOn = signedIceOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public List<SuspendedPeriod> getSuspendedPeriods() {
        return suspendedPeriods;
    }

    public void setSuspendedPeriods(List<SuspendedPeriod> suspendedPeriods) {
        this.suspendedPeriods = suspendedPeriods;
    }

    public LocalDate getTerminationNoticeOn() {
        return terminationNoticeOn;
    }

    public void setTerminationNoticeOn(LocalDate terminationNoticeOn) {
        this.terminationNoticeOn = terminationNoticeOn;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public void setTerminatedOn(LocalDate terminatedOn) {
        this.terminatedOn = terminatedOn;
    }

    public List<FunctionCode> getAuthorizedFunctionsOverride() {
        return authorizedFunctionsOverride;
    }

    public void setAuthorizedFunctionsOverride(List<FunctionCode> authorizedFunctionsOverride) {
        this.authorizedFunctionsOverride = authorizedFunctionsOverride;
    }

    public GeographicScope getGeographicScopeOverride() {
        return geographicScopeOverride;
    }

    public void setGeographicScopeOverride(GeographicScope geographicScopeOverride) {
        this.geographicScopeOverride = geographicScopeOverride;
    }

    public String getIceFieldOffice() {
        return iceFieldOffice;
    }

    public void setIceFieldOffice(String iceFieldOffice) {
        this.iceFieldOffice = iceFieldOffice;
    }

    public Boolean getIceListedActiveOnRoster() {
        return iceListedActiveOnRoster;
    }

    public void setIceListedActiveOnRoster(Boolean iceListedActiveOnRoster) {
        this.iceListedActiveOnRoster = iceListedActiveOnRoster;
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

    /** Fluent construction of a {@link Moa} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Moa target = new Moa();

        private Builder() { }

        private Moa target() {
            if (target == null) throw new IllegalStateException("this builder has built its moa; start a new one");
            return target;
        }

        public Builder moaId(String value) {
            target().setMoaId(value);
            return this;
        }

        public Builder agencyId(String value) {
            target().setAgencyId(value);
            return this;
        }

        public Builder model(Model value) {
            target().setModel(value);
            return this;
        }

        public Builder templateRevision(String value) {
            target().setTemplateRevision(value);
            return this;
        }

        public Builder signedLeaOn(LocalDate value) {
            target().setSignedLeaOn(value);
            return this;
        }

        public Builder signedIceOn(LocalDate value) {
            target().setSignedIceOn(value);
            return this;
        }

        public Builder effectiveOn(LocalDate value) {
            target().setEffectiveOn(value);
            return this;
        }

        public Builder expiresOn(LocalDate value) {
            target().setExpiresOn(value);
            return this;
        }

        public Builder suspendedPeriods(List<SuspendedPeriod> value) {
            target().setSuspendedPeriods(value);
            return this;
        }

        /** Adds one to suspendedPeriods. */
        public Builder addSuspendedPeriod(SuspendedPeriod value) {
            if (target().getSuspendedPeriods() == null) target().setSuspendedPeriods(new java.util.ArrayList<>());
            target().getSuspendedPeriods().add(value);
            return this;
        }

        /** Adds one to suspendedPeriods, built from its builder. */
        public Builder addSuspendedPeriod(SuspendedPeriod.Builder value) {
            return addSuspendedPeriod(value.build());
        }

        public Builder terminationNoticeOn(LocalDate value) {
            target().setTerminationNoticeOn(value);
            return this;
        }

        public Builder terminatedOn(LocalDate value) {
            target().setTerminatedOn(value);
            return this;
        }

        public Builder authorizedFunctionsOverride(List<FunctionCode> value) {
            target().setAuthorizedFunctionsOverride(value);
            return this;
        }

        /** Adds one to authorizedFunctionsOverride. */
        public Builder addAuthorizedFunctionsOverride(FunctionCode value) {
            if (target().getAuthorizedFunctionsOverride() == null) target().setAuthorizedFunctionsOverride(new java.util.ArrayList<>());
            target().getAuthorizedFunctionsOverride().add(value);
            return this;
        }

        public Builder geographicScopeOverride(GeographicScope value) {
            target().setGeographicScopeOverride(value);
            return this;
        }

        public Builder iceFieldOffice(String value) {
            target().setIceFieldOffice(value);
            return this;
        }

        public Builder iceListedActiveOnRoster(Boolean value) {
            target().setIceListedActiveOnRoster(value);
            return this;
        }

        public Moa build() {
            Moa built = target();
            target = null;
            return built;
        }
    }
}
