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

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link Arrest} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private Arrest target = new Arrest();

        private Builder() { }

        private Arrest target() {
            if (target == null) throw new IllegalStateException("this builder has built its arrest; start a new one");
            return target;
        }

        public Builder type(ArrestType value) {
            target().setType(value);
            return this;
        }

        public Builder at(OffsetDateTime value) {
            target().setAt(value);
            return this;
        }

        public Builder reasonToBelieveRemovableDocumented(Boolean value) {
            target().setReasonToBelieveRemovableDocumented(value);
            return this;
        }

        public Builder likelyToEscapeDocumented(Boolean value) {
            target().setLikelyToEscapeDocumented(value);
            return this;
        }

        public Builder escapeBasisText(String value) {
            target().setEscapeBasisText(value);
            return this;
        }

        public Builder adminWarrantForm(AdminWarrantForm value) {
            target().setAdminWarrantForm(value);
            return this;
        }

        public Arrest build() {
            Arrest built = target();
            target = null;
            return built;
        }
    }
}
