package org.writguard.internal.topics.authority;

import org.writguard.facts.FunctionCode;
import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.TableSchema;

import java.util.Arrays;
import java.util.List;

/** The layout of decision-tables/authority/model-function-matrix.drl.xlsx (DOMAIN.md Table 1.3-A and 1.3-B). */
public final class AuthorityTables {
    public static final String ALLOWED = "ALLOWED";
    public static final String PLACE = "PLACE";
    public static final String AT_SCHEDULED_RELEASE = "AT_SCHEDULED_RELEASE";
    public static final String ICE_DESIGNATED = "ICE_DESIGNATED";
    public static final String MOA_TERM = "MOA_TERM";

    /** Functions a 287(g) agreement can delegate (DOMAIN.md 8.2). */
    public static final List<String> DELEGABLE = Arrays.stream(FunctionCode.values())
            .filter(FunctionCode::delegable).map(Enum::name).toList();

    public static final TableSchema MATRIX = TableSchema.builder("ModelFunctionMatrix")
            .sheet("Matrix")
            .packageName("org.writguard.rules.authority")
            .lookup(MatrixLookup.class)
            .description("Which immigration functions each 287(g) model allows, by MOA template revision, and where"
                    + " and when (DOMAIN.md Table 1.3-A and 1.3-B). One row per model, revision and function.")
            .condition("MODEL", "Model", "model", ColumnType.ENUM, true, "JEM, TFM or WSO", "JEM", "TFM", "WSO")
            .condition("REVISION", "Template revision", "revision", ColumnType.REVISION, true,
                    "the MOA template revision the row describes, e.g. 2025-02-15")
            .condition("FUNCTION", "Function", "functionCode", ColumnType.ENUM, true,
                    "a delegable function code (DOMAIN.md 8.2)", DELEGABLE)
            .action(ALLOWED, "Allowed", ColumnType.ENUM, true,
                    "YES, NO, or UNCERTAIN (the template is silent: flagged with confidence LOW)", "YES", "NO", "UNCERTAIN")
            .action(PLACE, "Place", ColumnType.ENUM, false,
                    "LEA_JAIL: only inside the agency's jail; LEA_JURISDICTION: anywhere in the jurisdiction",
                    "LEA_JAIL", "LEA_JURISDICTION")
            .action(AT_SCHEDULED_RELEASE, "At scheduled release only", ColumnType.BOOLEAN, false,
                    "TRUE: only at the person's scheduled release from criminal custody")
            .action(ICE_DESIGNATED, "ICE-designated subject only", ColumnType.BOOLEAN, false,
                    "TRUE: only for persons ICE has designated")
            .action(MOA_TERM, "MOA term", ColumnType.TEXT, false, "the template's words, briefly")
            .build();

    private AuthorityTables() { }
}
