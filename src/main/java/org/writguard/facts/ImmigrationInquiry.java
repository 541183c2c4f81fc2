package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Whether and how immigration status was inquired into during an encounter (DOMAIN 6.4). */
public class ImmigrationInquiry implements Located {
    private Boolean made;
    private OffsetDateTime startedAt;
    private List<InquiryKind> kinds = new ArrayList<>();
    private Double extensionMinutesAttributable;
    @JsonIgnore
    private String path;

    public Boolean getMade() {
        return made;
    }

    public void setMade(Boolean made) {
        this.made = made;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(OffsetDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public List<InquiryKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<InquiryKind> kinds) {
        this.kinds = kinds;
    }

    public Double getExtensionMinutesAttributable() {
        return extensionMinutesAttributable;
    }

    public void setExtensionMinutesAttributable(Double extensionMinutesAttributable) {
        this.extensionMinutesAttributable = extensionMinutesAttributable;
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
