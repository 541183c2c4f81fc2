package org.writguard.internal.roster;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of ICE's participating-agencies sheet: one agency's agreement under one model.
 *
 * @param agencyId     {@code <USPS>-<slug>}, see {@link AgencyIds#id(String, String)}
 * @param agencyName   the name as in the sheet, trimmed, inner whitespace runs collapsed
 * @param state        USPS code, e.g. {@code AL}
 * @param stateName    the STATE cell as in the sheet, trimmed, e.g. {@code ALABAMA}
 * @param county       COUNTY cell, or null when empty or an error cell such as #N/A
 * @param agencyType   TYPE cell as in the sheet (County, Municipality, State Agency), or null
 * @param model        {@code JEM}, {@code TFM} or {@code WSO} (from SUPPORT TYPE)
 * @param signedOn     SIGNED; becomes the MOA's {@code effective_on}
 * @param moaLink      the MOA hyperlink's target (Outlook safelinks unwrapped), or null
 * @param moaLinkState LINKED, PENDING ("link pending") or NONE
 * @param addendum     ADDENDUM hyperlink target, else its text, else null
 * @param sourceFile   file name only, no directory
 * @param sourceRow    1-based sheet row
 */
public record RosterAgreement(
        String agencyId,
        String agencyName,
        String state,
        String stateName,
        String county,
        String agencyType,
        String model,
        LocalDate signedOn,
        String moaLink,
        MoaLinkState moaLinkState,
        String addendum,
        String sourceFile,
        int sourceRow) {

    public static final String JEM = "JEM";
    public static final String TFM = "TFM";
    public static final String WSO = "WSO";

    public RosterAgreement {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(moaLinkState, "moaLinkState");
        if (!JEM.equals(model) && !TFM.equals(model) && !WSO.equals(model)) {
            throw new IllegalArgumentException("model must be JEM, TFM or WSO, not '" + model + "'");
        }
    }
}
