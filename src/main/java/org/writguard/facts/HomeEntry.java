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

    /** A new {@link Builder}: fluent construction in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of a {@link HomeEntry} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private HomeEntry target = new HomeEntry();

        private Builder() { }

        private HomeEntry target() {
            if (target == null) throw new IllegalStateException("this builder has built its homeEntry; start a new one");
            return target;
        }

        public Builder occurred(Boolean value) {
            target().setOccurred(value);
            return this;
        }

        public Builder consent(Boolean value) {
            target().setConsent(value);
            return this;
        }

        public Builder judicialWarrant(Boolean value) {
            target().setJudicialWarrant(value);
            return this;
        }

        public Builder exigencyClaimed(Boolean value) {
            target().setExigencyClaimed(value);
            return this;
        }

        public HomeEntry build() {
            HomeEntry built = target();
            target = null;
            return built;
        }
    }
}
