package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;

/** A period during which an MOA was suspended (DOMAIN 6.2). */
public class SuspendedPeriod implements Located {
    private LocalDate from;
    /** Null = still suspended (DOMAIN 12.5). */
    private LocalDate to;
    @JsonIgnore
    private String path;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
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

    /** Fluent construction of a {@link SuspendedPeriod} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private SuspendedPeriod target = new SuspendedPeriod();

        private Builder() { }

        private SuspendedPeriod target() {
            if (target == null) throw new IllegalStateException("this builder has built its suspendedPeriod; start a new one");
            return target;
        }

        public Builder from(LocalDate value) {
            target().setFrom(value);
            return this;
        }

        public Builder to(LocalDate value) {
            target().setTo(value);
            return this;
        }

        public SuspendedPeriod build() {
            SuspendedPeriod built = target();
            target = null;
            return built;
        }
    }
}
