package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.internal.tables.TableLookup;

/** Asks the parameter table for every row of one parameter. */
public final class ParamLookup extends TableLookup {
    private final String name;

    public ParamLookup(String name) { this.name = name; }

    public String getName() { return name; }
}
