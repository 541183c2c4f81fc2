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
}
