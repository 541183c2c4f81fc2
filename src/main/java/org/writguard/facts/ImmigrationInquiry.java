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

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link ImmigrationInquiry} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private ImmigrationInquiry target = new ImmigrationInquiry();

        private Builder() { }

        private ImmigrationInquiry target() {
            if (target == null) throw new IllegalStateException("this builder has built its immigrationInquiry; start a new one");
            return target;
        }

        public Builder made(Boolean value) {
            target().setMade(value);
            return this;
        }

        public Builder startedAt(OffsetDateTime value) {
            target().setStartedAt(value);
            return this;
        }

        public Builder kinds(List<InquiryKind> value) {
            target().setKinds(value);
            return this;
        }

        /** Adds one to kinds. */
        public Builder addKind(InquiryKind value) {
            if (target().getKinds() == null) target().setKinds(new java.util.ArrayList<>());
            target().getKinds().add(value);
            return this;
        }

        public Builder extensionMinutesAttributable(Double value) {
            target().setExtensionMinutesAttributable(value);
            return this;
        }

        public ImmigrationInquiry build() {
            ImmigrationInquiry built = target();
            target = null;
            return built;
        }
    }
}
