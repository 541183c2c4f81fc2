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

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link IceRequest} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private IceRequest target = new IceRequest();

        private Builder() { }

        private IceRequest target() {
            if (target == null) throw new IllegalStateException("this builder has built its iceRequest; start a new one");
            return target;
        }

        public Builder present(Boolean value) {
            target().setPresent(value);
            return this;
        }

        public Builder at(OffsetDateTime value) {
            target().setAt(value);
            return this;
        }

        public Builder form(IceRequestForm value) {
            target().setForm(value);
            return this;
        }

        public IceRequest build() {
            IceRequest built = target();
            target = null;
            return built;
        }
    }
}
