package org.writguard.engine;

import org.writguard.tables.TableLookup;

/** A lookup for build-message tests. */
public final class DevLookup extends TableLookup {
    public String getName() { return "x"; }
    public String getCount() { return "1"; }
}
