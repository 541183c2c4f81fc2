package org.writguard.internal.roster;

/** What the sheet's MOA cell says about the published agreement text. */
public enum MoaLinkState {
    /** The cell carries a hyperlink (or a bare URL). */
    LINKED,
    /** The cell reads "link pending". */
    PENDING,
    /** The cell is empty, an error, or text without a link. */
    NONE
}
