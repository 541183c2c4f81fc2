package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;

/** A claim of U.S. citizenship made during an encounter (DOMAIN 6.4). */
public class UscClaim implements Located {
    private Boolean made;
    private OffsetDateTime at;
    /** Null = not reported by as_of (DOMAIN 12.5). */
    private OffsetDateTime reportedToIceAt;
    @JsonIgnore
    private String path;

    public Boolean getMade() {
        return made;
    }

    public void setMade(Boolean made) {
        this.made = made;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public void setAt(OffsetDateTime at) {
        this.at = at;
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
