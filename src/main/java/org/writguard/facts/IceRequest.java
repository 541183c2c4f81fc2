package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;

/** ICE's request, approval or other instruction, 8 U.S.C. 1357(g)(10) (DOMAIN 6.4, {@code ice_request_or_approval}). */
public class IceRequest implements Located {
    private Boolean present;
    private OffsetDateTime at;
    private IceRequestForm form;
    @JsonIgnore
    private String path;

    public Boolean getPresent() {
        return present;
    }

    public void setPresent(Boolean present) {
        this.present = present;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public void setAt(OffsetDateTime at) {
        this.at = at;
    }

    public IceRequestForm getForm() {
        return form;
    }

    public void setForm(IceRequestForm form) {
        this.form = form;
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
