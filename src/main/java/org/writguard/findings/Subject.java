package org.writguard.findings;

/**
 * What a finding is about.
 *
 * <p>{@code kind}: AGENCY, MOA, OFFICER, ENCOUNTER, EVENT, HOLD, APPLICATION, COMPLAINT or REMEDY_REQUEST
 * <br>{@code id}: the object's id from the case file
 */
public final class Subject {
    private final String kind;
    private final String id;

    public Subject(String kind, String id) {
        this.kind = kind;
        this.id = id;
    }

    public String getKind() { return kind; }
    public String getId() { return id; }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof Subject o)) return false;
        return java.util.Objects.equals(kind, o.kind) && java.util.Objects.equals(id, o.id);
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(kind, id); }

    @Override
    public String toString() { return "Subject[kind=" + kind + ", id=" + id + "]"; }
    public static Subject of(String kind, String id) { return new Subject(kind, id); }
}
