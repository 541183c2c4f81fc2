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
}
