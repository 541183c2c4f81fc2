package org.writguard.internal.web;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.tables.ColumnSpec;
import org.writguard.internal.tables.TableSchema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** One workbench per test JVM (its rule book takes seconds to build), on a free port of 127.0.0.1, with a token. */
final class TestWorkbench {
    static final String TOKEN = "test-token-0123456789abcdef";
    private static Workbench server;

    private TestWorkbench() { }

    static synchronized Workbench get() {
        if (server == null) {
            server = Workbench.start(new Workbench.Options("127.0.0.1", 0, Path.of("decision-tables"), Path.of("rules"),
                    Path.of("."), TOKEN, Duration.ofSeconds(30), Duration.ofSeconds(2)));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    static String base() { return "http://127.0.0.1:" + get().port(); }

    /** The shipped hold-limit policy table with its first data row's first enumerated condition set to {@code value}. */
    static byte[] brokenPolicyTable(String value) throws IOException {
        byte[] xlsx = Files.readAllBytes(Path.of("decision-tables/detention/hold-limit-policy.drl.xlsx"));
        TableSchema schema = Modules.schemaSet().all().stream().filter(s -> s.name().equals("HoldLimitPolicy")).findFirst().orElseThrow();
        int col = -1;
        for (ColumnSpec c : schema.columns()) {
            if (!c.allowed().isEmpty()) {
                col = schema.indexOf(c.key());
                break;
            }
        }
        if (col < 0) throw new IllegalStateException("HoldLimitPolicy has no enumerated column");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet(schema.sheet());
            Row row = s.getRow(TableSchema.FIRST_DATA_ROW);
            (row.getCell(col) == null ? row.createCell(col) : row.getCell(col)).setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The cell {@link #brokenPolicyTable} edits, e.g. "C10". */
    static String brokenCell() {
        TableSchema schema = Modules.schemaSet().all().stream().filter(s -> s.name().equals("HoldLimitPolicy")).findFirst().orElseThrow();
        for (ColumnSpec c : schema.columns()) {
            if (!c.allowed().isEmpty()) {
                return org.writguard.internal.tables.TableReader.columnLetter(schema.indexOf(c.key())) + (TableSchema.FIRST_DATA_ROW + 1);
            }
        }
        throw new IllegalStateException();
    }
}
