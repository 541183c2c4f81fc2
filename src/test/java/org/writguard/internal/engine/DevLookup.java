package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.internal.tables.TableLookup;

/** A lookup for build-message tests. */
public final class DevLookup extends TableLookup {
    public String getName() { return "x"; }
    public String getCount() { return "1"; }
}
