package org.writguard.internal.topics.remedies;

import org.writguard.internal.engine.Tracked;

/**
 * A hold or an application that may put the person in custody (DOMAIN.md 12.12): a hold that is
 * STILL_HELD, or an application with in_custody = true. The subject of F26.
 */
public final class CustodySubject {
    String kind;
    String id;
    Tracked inCustody;
    /** The immediate custodian (DOMAIN.md 5.1, Rumsfeld v. Padilla), as far as the facts tell. */
    String custodian;
    /** A local jail holding on an ICE detainer, not yet in ICE custody: state habeas and § 1983 too. */
    boolean localDetainerHold;
    String place;

    public String getKind() { return kind; }
    public String getId() { return id; }
    public Tracked getInCustody() { return inCustody; }
    public String getCustodian() { return custodian; }
    public boolean isLocalDetainerHold() { return localDetainerHold; }
    public String getPlace() { return place; }
}
