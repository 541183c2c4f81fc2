package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Entry into a home during an encounter (DOMAIN 6.4). */
public class HomeEntry implements Located {
    private Boolean occurred;
    private Boolean consent;
    private Boolean judicialWarrant;
    private Boolean exigencyClaimed;
    @JsonIgnore
    private String path;

    public Boolean getOccurred() {
        return occurred;
    }

    public void setOccurred(Boolean occurred) {
        this.occurred = occurred;
    }

    public Boolean getConsent() {
        return consent;
    }

    public void setConsent(Boolean consent) {
        this.consent = consent;
    }

    public Boolean getJudicialWarrant() {
        return judicialWarrant;
    }

    public void setJudicialWarrant(Boolean judicialWarrant) {
        this.judicialWarrant = judicialWarrant;
    }

    public Boolean getExigencyClaimed() {
        return exigencyClaimed;
    }

    public void setExigencyClaimed(Boolean exigencyClaimed) {
        this.exigencyClaimed = exigencyClaimed;
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
