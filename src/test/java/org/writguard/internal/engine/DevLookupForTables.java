package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.internal.tables.TableLookup;

/** A lookup for table tests that need a schema of their own (never compiled). */
public final class DevLookupForTables extends TableLookup {
    public String getName() { return "x"; }
    public String getCount() { return "1"; }
}
