/**
 * Reading ICE's published 287(g) participating-agencies spreadsheets into typed agreements, and
 * comparing two snapshots. No Drools types here: the decision-table writer consumes these records.
 *
 * <p>Entry points: {@link org.writguard.internal.roster.IceRosterReader#read(java.nio.file.Path)},
 * {@link org.writguard.internal.roster.RosterDiff#diff(RosterImport, RosterImport)},
 * {@link org.writguard.internal.roster.AgencyIds#id(String, String)}.
 */
package org.writguard.internal.roster;
