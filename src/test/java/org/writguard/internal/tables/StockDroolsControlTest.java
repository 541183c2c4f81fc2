package org.writguard.internal.tables;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.topics.authority.MatrixLookup;

import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.writguard.internal.tables.HostileWorkbook.cell;
import static org.writguard.internal.tables.HostileWorkbook.matrix;
import static org.writguard.internal.tables.HostileWorkbook.text;

/**
 * The control experiment: the same hostile workbooks handed straight to stock Drools do run their payload.
 * This is why {@link TableReader} validates every cell and {@link TableCompiler} rebuilds the workbook.
 */
class StockDroolsControlTest {
    static final String PWN = HostileWorkbookTest.PWN;

    @AfterEach
    void clear() { System.clearProperty(HostileWorkbook.PROPERTY); }

    /** Compiles the workbook as stock Drools would and fires it on one lookup; returns the property. */
    static String runStock(byte[] xlsx) {
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(xlsx), InputType.XLS);
        KieSession s = new KieHelper().addContent(drl, ResourceType.DRL).build().newKieSession();
        try {
            s.insert(new MatrixLookup("JEM", "2025-02-15", "INTERROGATE_STATUS"));
            s.fireAllRules();
        } finally {
            s.dispose();
        }
        return System.getProperty(HostileWorkbook.PROPERTY);
    }

    static void assertRefused(byte[] xlsx) {
        assertFalse(new TableReader(Modules.schemaSet()).read(xlsx, "x.drl.xlsx").ok());
    }

    @Test
    void aConditionCellStartingWithAQuoteRunsCodeInStockDrools() {
        byte[] wb = matrix(text("A10", "\" || " + PWN + " != null || \"\" == \""));
        assertEquals("yes", runStock(wb));
        assertRefused(wb);
    }

    @Test
    void anActionCellStartingWithAQuoteRunsCodeInStockDrools() {
        byte[] wb = matrix(text("I10", "\"); " + PWN + "; //"));
        assertEquals("yes", runStock(wb));
        assertRefused(wb);
    }

    @Test
    void anActionCellInjectsAWholeUnconditionalRuleInStockDrools() {
        byte[] wb = matrix(text("I10", "\"); end rule \"evil\" when then " + PWN
                + "; end rule \"x\" when q : MatrixLookup(model == \"never\") then q.put(kcontext, \"X\", \""));
        // Row 10 no longer matches anything: the injected rule "evil" has no conditions and fires on its own.
        assertEquals("yes", runStock(wb));
        assertRefused(wb);
    }

    @Test
    void anUnquotedTemplateRunsAnyCellTextInStockDrools() {
        byte[] wb = matrix(w -> {
            cell(w, "C8").setCellValue("functionCode == $param");
            // Constraints are MVEL, where 'single quotes' make a string: no double quote needed at all.
            cell(w, "C10").setCellValue("'none' || java.lang.System.setProperty('pwned', 'yes') != null");
            cell(w, "C11").setCellValue("'ISSUE_DETAINER'");
            cell(w, "C12").setCellValue("'INTERROGATE_STATUS'");
        });
        assertEquals("yes", runStock(wb));
        assertRefused(wb);
    }
}
