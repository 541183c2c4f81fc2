package org.writguard.internal.citations;

import org.junit.jupiter.api.Test;
import org.writguard.engine.MatterJurisdiction;
import org.writguard.findings.Authority;
import org.writguard.findings.FindingCode;
import org.writguard.testing.TestRuleBook;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19 item 3: authority ids resolve to printed citations, labelled for the matter's circuit and state. */
class AuthorityBookTest {
    private static final MatterJurisdiction GA = new MatterJurisdiction(List.of("GA"), List.of("C11"));
    private static final MatterJurisdiction PA = new MatterJurisdiction(List.of("PA"), List.of("C3"));
    private static final MatterJurisdiction MA = new MatterJurisdiction(List.of("MA"), List.of("C1"));
    private static final MatterJurisdiction PA_AND_GA = new MatterJurisdiction(List.of("GA", "PA"), List.of("C3", "C11"));

    private static AuthorityBook book() { return TestRuleBook.get().authorities(); }

    private static Authority one(String ref, MatterJurisdiction m) {
        return book().resolveAll(List.of(ref), m, "test").get(0);
    }

    @Test
    void aReferenceIsAnIdWithAnOptionalPinpoint() {
        assertEquals(new AuthorityRef("heckler-ringer-1984", "616"), AuthorityRef.parse(" heckler-ringer-1984 @ 616 "));
        assertEquals(new AuthorityRef("usc-8-1252a2Bii", null), AuthorityRef.parse("usc-8-1252a2Bii"));
        assertNull(AuthorityRef.parse("Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)"));
        assertNull(AuthorityRef.parse("galarza-2014 @"));
        assertEquals(List.of("a", "b @ (1)"), AuthorityRef.split(" a ;; b @ (1) ;"));
    }

    @Test
    void pinpointsArePrintedWhereACitationTakesThem() {
        assertEquals("Heckler v. Ringer, 466 U.S. 602, 616 (1984)", one("heckler-ringer-1984 @ 616", GA).getCitation());
        assertEquals("8 U.S.C. § 1357(g)(1), (5)", one("usc-8-1357g @ (1), (5)", GA).getCitation());
        assertEquals("8 C.F.R. § 241.2(a)(1) (Form I-205, warrant of removal on a final order)",
                one("cfr-8-241-2 @ (a)(1) (Form I-205, warrant of removal on a final order)", GA).getCitation());
        assertEquals("8 C.F.R. § 236.1(b) (Form I-200, warrant of arrest)",
                one("cfr-8-236-1b @ (Form I-200, warrant of arrest)", GA).getCitation());
        assertEquals("TFM MOA § IX", one("moa-tfm @ § IX", GA).getCitation());
        assertEquals("Am. Hosp. Ass'n v. Burwell, 812 F.3d 183, 189 (D.C. Cir. 2016)", one("am-hosp-2016 @ 189", GA).getCitation());
        assertEquals("Telecommunications Research & Action Center v. FCC, 750 F.2d 70, 80 (D.C. Cir. 1984)",
                one("trac-1984 @ 80", GA).getCitation());
        assertEquals("Miranda-Olivares v. Clackamas County, No. 3:12-cv-02317-ST, 2014 WL 1414305 (D. Or. Apr. 11, 2014)",
                one("miranda-olivares-2014", GA).getCitation());
    }

    @Test
    void theSupremeCourtAndFederalLawBindEverywhere() {
        for (MatterJurisdiction m : List.of(GA, PA, MatterJurisdiction.UNKNOWN, PA_AND_GA)) {
            assertEquals("binding", one("mclaughlin-1991", m).getLabel());
            assertEquals("binding", one("usc-42-1983", m).getLabel());
            assertEquals("binding", one("cfr-8-287-7 @ (d)", m).getLabel());
        }
    }

    @Test
    void aCourtOfAppealsBindsInItsCircuitOnly() {
        assertEquals("binding", one("galarza-2014", PA).getLabel());
        assertTrue(one("galarza-2014", PA).isBinding());
        assertEquals("persuasive (3d Cir.)", one("galarza-2014", GA).getLabel());
        assertEquals("binding", one("morales-2015", MA).getLabel());
        assertEquals("persuasive (1st Cir.)", one("morales-2015", PA).getLabel());
        // Several circuits, or none known: say where it binds rather than guess.
        assertEquals("binding in C3", one("galarza-2014", PA_AND_GA).getLabel());
        assertEquals("binding in C3", one("galarza-2014", MatterJurisdiction.UNKNOWN).getLabel());
        assertEquals("persuasive (1st Cir.)", one("morales-2015", PA_AND_GA).getLabel());
    }

    @Test
    void stateLawBindsInItsStateDistrictCourtsPersuadeGuidanceIsNotLaw() {
        assertEquals("binding", one("lunn-2017", MA).getLabel());
        assertEquals("persuasive (MA court)", one("lunn-2017", PA).getLabel());
        assertEquals("binding in MA", one("lunn-2017", MatterJurisdiction.UNKNOWN).getLabel());
        assertEquals("binding", one("fla-908-11 @ (1)-(2)", new MatterJurisdiction(List.of("FL"), List.of("C11"))).getLabel());
        assertEquals("persuasive (district court, D. Or.)", one("miranda-olivares-2014", new MatterJurisdiction(List.of("OR"), List.of("C9"))).getLabel());
        assertEquals(Authority.Weight.GUIDANCE, one("ice-policy-10074-2", GA).getWeight());
        // A stay order is not a merits decision, even from the Supreme Court.
        assertEquals(Authority.Weight.PERSUASIVE, one("vasquez-perdomo-2025", GA).getWeight());
        assertEquals("agency guidance (not law)", one("ice-policy-10074-2", GA).getLabel());
        assertEquals(Authority.Weight.AGREEMENT, one("moa-jem @ App. A", GA).getWeight());
    }

    @Test
    void bindingComesFirstAndTheFindingsOrderIsKeptWithin() {
        List<Authority> l = book().resolveAll(List.of("ice-policy-10074-2", "miranda-olivares-2014", "galarza-2014",
                "manders-2003", "usc-42-1983", "monell-1978"), GA, "test");
        assertEquals(List.of("manders-2003", "usc-42-1983", "monell-1978", "miranda-olivares-2014", "galarza-2014",
                "ice-policy-10074-2"), l.stream().map(Authority::getId).toList());
    }

    @Test
    void laterHistoryAndDatesTravelWithTheCitation() {
        Authority c = one("cheejati-2024", GA);
        assertEquals("2024-04-09", c.getDecided());
        assertNotNull(c.getLaterHistory());
        assertTrue(c.getLaterHistory().contains("withdrawn and substituted"), c.getLaterHistory());
        assertTrue(one("bian-2010", GA).getLaterHistory().contains("revised Apr. 30, 2010"));
    }

    @Test
    void anUnknownIdAtRunTimeIsABugNotASilentString() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> book().resolveAll(List.of("no-such-case-1999"), GA, "F99 (rule \"x\")"));
        assertTrue(e.getMessage().contains("no-such-case-1999"), e.getMessage());
    }

    @Test
    void everyCatalogCitationResolves() {
        for (FindingCode c : FindingCode.values()) {
            for (String ref : c.getCitations()) {
                AuthorityRef r = AuthorityRef.parse(ref);
                assertNotNull(r, c + ": " + ref);
                assertNotNull(book().row(r.id()), c + " cites unknown " + ref);
            }
        }
        // F27 (issue 19 item 3): § 1252(b)(9) is not what bars custody review; § 1226(e) is the provision, cited by the rule.
        assertTrue(FindingCode.MANDAMUS_BARRED_ADEQUATE_REMEDY_HABEAS.getCitations().stream()
                .noneMatch(r -> r.startsWith("usc-8-1252")), FindingCode.MANDAMUS_BARRED_ADEQUATE_REMEDY_HABEAS.getCitations().toString());
    }
}
