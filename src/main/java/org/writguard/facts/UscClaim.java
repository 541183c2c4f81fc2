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

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link UscClaim} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private UscClaim target = new UscClaim();

        private Builder() { }

        private UscClaim target() {
            if (target == null) throw new IllegalStateException("this builder has built its uscClaim; start a new one");
            return target;
        }

        public Builder made(Boolean value) {
            target().setMade(value);
            return this;
        }

        public Builder at(OffsetDateTime value) {
            target().setAt(value);
            return this;
        }

        public Builder reportedToIceAt(OffsetDateTime value) {
            target().setReportedToIceAt(value);
            return this;
        }

        public UscClaim build() {
            UscClaim built = target();
            target = null;
            return built;
        }
    }
}
