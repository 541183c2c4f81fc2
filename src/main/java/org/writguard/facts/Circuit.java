package org.writguard.facts;

/**
 * Federal judicial circuit (DOMAIN 8.4). Which state sits in which circuit is an analyst-visible table
 * (decision-tables/jurisdiction/circuits.drl.xlsx), not code.
 */
public enum Circuit {
    C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, DC
}
