package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;

/** An arrest made in an encounter (DOMAIN 6.4). */
public class Arrest implements Located {
    private ArrestType type;
    private OffsetDateTime at;
    private Boolean reasonToBelieveRemovableDocumented;
    private Boolean likelyToEscapeDocumented;
    private String escapeBasisText;
    private AdminWarrantForm adminWarrantForm;
    @JsonIgnore
    private String path;

    public ArrestType getType() {
        return type;
    }

    public void setType(ArrestType type) {
        this.type = type;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public void setAt(OffsetDateTime at) {
        this.at = at;
    }

    public Boolean getReasonToBelieveRemovableDocumented() {
        return reasonToBelieveRemovableDocumented;
    }

    public void setReasonToBelieveRemovableDocumented(Boolean reasonToBelieveRemovableDocumented) {
        this.reasonToBelieveRemovableDocumented = reasonToBelieveRemovableDocumented;
    }

    public Boolean getLikelyToEscapeDocumented() {
        return likelyToEscapeDocumented;
    }

    public void setLikelyToEscapeDocumented(Boolean likelyToEscapeDocumented) {
        this.likelyToEscapeDocumented = likelyToEscapeDocumented;
    }

    public String getEscapeBasisText() {
        return escapeBasisText;
    }

    public void setEscapeBasisText(String escapeBasisText) {
        this.escapeBasisText = escapeBasisText;
    }

    public AdminWarrantForm getAdminWarrantForm() {
        return adminWarrantForm;
    }

    public void setAdminWarrantForm(AdminWarrantForm adminWarrantForm) {
        this.adminWarrantForm = adminWarrantForm;
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
