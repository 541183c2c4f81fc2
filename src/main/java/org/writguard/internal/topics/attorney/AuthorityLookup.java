package org.writguard.internal.topics.attorney;

import org.writguard.internal.tables.TableLookup;

/** Asks the authorities table for the row of one authority id (e.g. {@code galarza-2014}). */
public final class AuthorityLookup extends TableLookup {
    private final String authority;

    public AuthorityLookup(String authority) { this.authority = authority; }

    public String getAuthority() { return authority; }
}
