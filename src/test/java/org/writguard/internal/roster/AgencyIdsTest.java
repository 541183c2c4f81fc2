package org.writguard.internal.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgencyIdsTest {
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['\u2019\u2018]");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

    /** The slug as three regular expressions, as AgencyIds first wrote it: the oracle of its one-pass loop. */
    static String slugByPatterns(String name) {
        String s = APOSTROPHES.matcher(name.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll("-");
        return EDGE_DASHES.matcher(s).replaceAll("");
    }

    @Test
    @DisplayName("The CASE-FORMAT example gives AL-colbert-county-sheriffs-office")
    void caseFormatExample() {
        assertEquals("AL-colbert-county-sheriffs-office",
                AgencyIds.id(AgencyIds.usps("Alabama").orElseThrow(), "Colbert County Sheriff's Office"));
    }

    @Test
    @DisplayName("Straight and curly apostrophes and trailing spaces give one id")
    void apostrophesAndSpacesGiveOneId() {
        String straight = AgencyIds.id("AL", "Colbert County Sheriff's Office");
        assertEquals(straight, AgencyIds.id("AL", "Colbert County Sheriff\u2019s Office"));
        assertEquals(straight, AgencyIds.id("AL", "Colbert County Sheriff\u2018s Office  "));
        assertEquals(straight, AgencyIds.id("al", "  colbert  county sheriff's office"));
    }

    @Test
    @DisplayName("Every other run of non-alphanumerics becomes one dash, trimmed at the ends")
    void punctuationRunsBecomeOneDash() {
        assertEquals("st-john-the-baptist-parish-sheriff-s", AgencyIds.slug("St. John-the-Baptist Parish (Sheriff / S)"));
        assertEquals("florida-dept-of-law-enforcement-fdle", AgencyIds.slug("--Florida Dept. of Law Enforcement (FDLE)--"));
        // The rule is ASCII: a non-ASCII letter is "other" and becomes a dash, as CASE-FORMAT says.
        assertEquals("do-a-ana-county-sheriffs-office", AgencyIds.slug("Doña Ana County Sheriff's Office"));
        assertEquals("city-of-o-fallon", AgencyIds.slug("City of O\u00b4Fallon"));
        assertEquals("desoto-county-sheriffs-office", AgencyIds.slug("DeSoto County Sheriff’s Office"));
    }

    @Test
    @DisplayName("The one-pass slug equals the three regular expressions on every kind of name")
    void onePassSlugEqualsThePatterns() {
        String[] names = {"", "-", "'", "a", "A", "a b", "a'b", "a ' b", "'a'", " -a- ", "--x--y--", "St. John (S)",
            "Doña Ana", "İstanbul Police", "O\u00b4Fallon", "Sheriff\u2019s\u2018 Office", "ß straße", "x\uD83D\uDE00y",
            "AL-colbert-county-sheriffs-office", "12 34", "ÀÉÎ", "tab\tnew\nline", "a--b", "café's", "K\u212A"};
        for (String n : names) assertEquals(slugByPatterns(n), AgencyIds.slug(n), n);
        java.util.Random r = new java.util.Random(17);
        String alphabet = "aZ09 -'\u2019\u2018.ñİ\u212A()/";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            assertEquals(slugByPatterns(sb.toString()), AgencyIds.slug(sb.toString()), sb.toString());
        }
    }

    @Test
    @DisplayName("State names map to USPS codes for all 50 states plus DC and the territories")
    void stateNamesMapToUsps() {
        assertEquals(Optional.of("NC"), AgencyIds.usps("NORTH CAROLINA"));
        assertEquals(Optional.of("NH"), AgencyIds.usps("  new hampshire "));
        assertEquals(Optional.of("DC"), AgencyIds.usps("District of Columbia"));
        assertEquals(Optional.of("PR"), AgencyIds.usps("Puerto Rico"));
        assertEquals(Optional.of("GU"), AgencyIds.usps("guam"));
        assertEquals(Optional.of("VI"), AgencyIds.usps("U.S. Virgin Islands"));
        assertEquals(Optional.of("MP"), AgencyIds.usps("Northern Mariana Islands"));
        assertEquals(Optional.of("AS"), AgencyIds.usps("American Samoa"));
        assertEquals(Optional.of("TX"), AgencyIds.usps("tx"));
        assertEquals(Optional.empty(), AgencyIds.usps("STATE"));
        assertEquals(Optional.empty(), AgencyIds.usps(null));
        String[] all = {"ALABAMA", "ALASKA", "ARIZONA", "ARKANSAS", "CALIFORNIA", "COLORADO", "CONNECTICUT",
            "DELAWARE", "FLORIDA", "GEORGIA", "HAWAII", "IDAHO", "ILLINOIS", "INDIANA", "IOWA", "KANSAS",
            "KENTUCKY", "LOUISIANA", "MAINE", "MARYLAND", "MASSACHUSETTS", "MICHIGAN", "MINNESOTA",
            "MISSISSIPPI", "MISSOURI", "MONTANA", "NEBRASKA", "NEVADA", "NEW HAMPSHIRE", "NEW JERSEY",
            "NEW MEXICO", "NEW YORK", "NORTH CAROLINA", "NORTH DAKOTA", "OHIO", "OKLAHOMA", "OREGON",
            "PENNSYLVANIA", "RHODE ISLAND", "SOUTH CAROLINA", "SOUTH DAKOTA", "TENNESSEE", "TEXAS", "UTAH",
            "VERMONT", "VIRGINIA", "WASHINGTON", "WEST VIRGINIA", "WISCONSIN", "WYOMING"};
        assertEquals(50, java.util.Arrays.stream(all).map(AgencyIds::usps).map(Optional::orElseThrow).distinct().count());
    }

    @Test
    @DisplayName("An id needs a USPS code and a name with letters or digits")
    void idRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> AgencyIds.id("ZZ", "Some Office"));
        assertThrows(IllegalArgumentException.class, () -> AgencyIds.id("AL", " '' -- "));
    }
}
