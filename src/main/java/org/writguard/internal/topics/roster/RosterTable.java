package org.writguard.internal.topics.roster;

import org.writguard.internal.roster.RosterAgreement;
import org.writguard.internal.roster.RosterImport;
import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.TableSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The layout of decision-tables/roster/agreements.drl.xlsx: one row per agreement ICE lists. */
public final class RosterTable {
    public static final String AGENCY_ID = "AGENCY_ID";
    public static final String AGENCY_NAME = "AGENCY_NAME";
    public static final String STATE = "STATE";
    public static final String COUNTY = "COUNTY";
    public static final String AGENCY_TYPE = "AGENCY_TYPE";
    public static final String MODEL = "MODEL";
    public static final String SIGNED = "SIGNED";
    public static final String MOA_LINK_STATE = "MOA_LINK_STATE";
    public static final String SOURCE_FILE = "SOURCE_FILE";
    public static final String SOURCE_ROW = "SOURCE_ROW";

    public static final TableSchema SCHEMA = TableSchema.builder("RosterAgreements")
            .sheet("Agreements")
            .packageName("org.writguard.rules.roster")
            .lookup(RosterLookup.class)
            .referenceData()
            .hitPolicy(org.writguard.internal.tables.HitPolicy.COLLECT)
            .description("287(g) agreements as ICE lists them (participating-agencies spreadsheet), imported by"
                    + " `writguard roster import`. A case naming an agency by id alone gets these agreements.")
            .condition(AGENCY_ID, "Agency id", "agencyId", ColumnType.ID, true,
                    "<USPS state>-<slug of the agency name> (CASE-FORMAT.md)")
            .action(AGENCY_NAME, "Agency", ColumnType.TEXT, true, "LAW ENFORCEMENT AGENCY as ICE spells it")
            .action(STATE, "State", ColumnType.STATE, true, "USPS code")
            .action(COUNTY, "County", ColumnType.TEXT, false, "COUNTY as ICE spells it")
            .action(AGENCY_TYPE, "Agency type", ColumnType.TEXT, false, "TYPE as ICE gives it (County, Municipality, State ...)")
            .action(MODEL, "Model", ColumnType.ENUM, true, "SUPPORT TYPE", "JEM", "TFM", "WSO")
            .action(SIGNED, "Signed", ColumnType.DATE, true, "SIGNED; used as the agreement's effective_on")
            .action(MOA_LINK_STATE, "MOA link", ColumnType.ENUM, true, "LINKED, PENDING or NONE", "LINKED", "PENDING", "NONE")
            .action(SOURCE_FILE, "Source file", ColumnType.TEXT, true, "the ICE spreadsheet imported")
            .action(SOURCE_ROW, "Source row", ColumnType.INTEGER, true, "1-based row in that spreadsheet")
            .identity(MODEL)
            .build();

    private RosterTable() { }

    /** The table rows for an import, in the import's stable order. */
    public static List<Map<String, String>> rows(RosterImport imp) {
        List<Map<String, String>> rows = new ArrayList<>();
        int n = 1;
        for (RosterAgreement a : imp.agreements()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put(AGENCY_ID, a.agencyId());
            m.put(TableSchema.ROW_ID, "R" + n++);
            m.put(AGENCY_NAME, clean(a.agencyName()));
            m.put(STATE, a.state());
            if (a.county() != null) m.put(COUNTY, clean(a.county()));
            if (a.agencyType() != null) m.put(AGENCY_TYPE, clean(a.agencyType()));
            m.put(MODEL, a.model());
            m.put(SIGNED, a.signedOn().toString());
            m.put(MOA_LINK_STATE, a.moaLinkState().name());
            m.put(SOURCE_FILE, clean(a.sourceFile()));
            m.put(SOURCE_ROW, Integer.toString(a.sourceRow()));
            m.put(TableSchema.CITATION, "ICE 287(g) participating agencies spreadsheet (" + clean(a.sourceFile()) + ", row "
                    + a.sourceRow() + ")");
            m.put(TableSchema.VERIFIED, "TRUE");
            m.put(TableSchema.LABEL, "P");
            rows.add(m);
        }
        return rows;
    }

    /** Text cells may not hold quotes, backslashes or '$' (they would be code); ICE's names rarely do. */
    static String clean(String s) {
        return s == null ? null : s.replace('"', '\'').replace('\\', '/').replace('$', 'S').replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
