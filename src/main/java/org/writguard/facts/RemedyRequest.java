package org.writguard.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The remedy the case asks about; one per case, applying to all its holds and applications (DOMAIN 6.6, 12.12). */
public class RemedyRequest implements Located {
    private RequestedRemedy requestedRemedy;
    private RemedyObjective objective;
    private RespondentType respondentType;
    @JsonIgnore
    private String path;

    public RequestedRemedy getRequestedRemedy() {
        return requestedRemedy;
    }

    public void setRequestedRemedy(RequestedRemedy requestedRemedy) {
        this.requestedRemedy = requestedRemedy;
    }

    public RemedyObjective getObjective() {
        return objective;
    }

    public void setObjective(RemedyObjective objective) {
        this.objective = objective;
    }

    public RespondentType getRespondentType() {
        return respondentType;
    }

    public void setRespondentType(RespondentType respondentType) {
        this.respondentType = respondentType;
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

    /** Fluent construction of a {@link RemedyRequest} in code. Fields are checked when the case that holds it is built ({@link CaseFile.Builder#build()}), with their full field path. A builder builds once. */
    public static final class Builder {
        private RemedyRequest target = new RemedyRequest();

        private Builder() { }

        private RemedyRequest target() {
            if (target == null) throw new IllegalStateException("this builder has built its remedyRequest; start a new one");
            return target;
        }

        public Builder requestedRemedy(RequestedRemedy value) {
            target().setRequestedRemedy(value);
            return this;
        }

        public Builder objective(RemedyObjective value) {
            target().setObjective(value);
            return this;
        }

        public Builder respondentType(RespondentType value) {
            target().setRespondentType(value);
            return this;
        }

        public RemedyRequest build() {
            RemedyRequest built = target();
            target = null;
            return built;
        }
    }
}
