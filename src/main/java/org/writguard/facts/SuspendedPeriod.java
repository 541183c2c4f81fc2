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
}
