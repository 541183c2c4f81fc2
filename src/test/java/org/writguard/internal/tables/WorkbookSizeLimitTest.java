package org.writguard.internal.tables;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.engine.Modules;
import org.writguard.engine.RuleBookException;
import org.writguard.internal.engine.RuleBookInputs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 7: oversized workbooks are refused before they are read, in seconds and bounded memory. */
class WorkbookSizeLimitTest {

    @Test
    void aMultiGigabyteTableFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path tables = Files.createDirectories(dir.resolve("decision-tables/authority"));
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path huge = tables.resolve("huge.drl.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);   // sparse: no disk used, 3 GB to read
        }
        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookInputs.fromDirectories(tables.getParent(), rules));
        assertEquals(1, e.getProblems().size());
        assertTrue(e.getProblems().get(0).toString().contains("3221225472 bytes; writguard reads decision tables of at most"),
                e.getProblems().toString());
    }

    /** The clean matrix workbook with a million formatted empty rows added to its sheet. */
    static byte[] millionStyledEmptyRows() throws IOException {
        byte[] clean = HostileWorkbook.matrix(wb -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(clean));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.readAllBytes();
                if (e.getName().startsWith("xl/worksheets/sheet1")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("</sheetData>");
                    zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    StringBuilder rows = new StringBuilder();
                    for (int r = 20; r < 1_000_020; r++) {
                        rows.append("<row r=\"").append(r).append("\" s=\"1\" customFormat=\"1\"/>");
                        if (rows.length() > 1 << 16) {
                            zip.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                            rows.setLength(0);
                        }
                    }
                    zip.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                    zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(body);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aTableOfAMillionStyledEmptyRowsIsRefusedInSecondsAndBoundedMemory() throws IOException {
        byte[] bytes = millionStyledEmptyRows();
        assertTrue(bytes.length < TableReader.MAX_FILE_BYTES, "small on disk: " + bytes.length);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // Run on this thread (not assertTimeoutPreemptively's) so its allocations can be counted.
        long allocated0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long t0 = System.nanoTime();
        TableReader.Result r = new TableReader(Modules.schemaSet()).read(bytes, "styled.drl.xlsx");
        long secs = (System.nanoTime() - t0) / 1_000_000_000L;
        long allocatedMb = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocated0) >> 20;
        assertEquals(1, r.errors().size(), r.problems().toString());
        assertTrue(r.errors().get(0).getMessage().contains("has more than " + (TableReader.MAX_ROWS + TableSchema.FIRST_DATA_ROW + 1)
                + " rows (empty formatted rows count)"), r.problems().toString());
        // Generous bounds (POI's document took 20 s and 2.2 GB): a regression to reading it whole breaks them.
        assertTrue(secs < 10, secs + " s");
        assertTrue(allocatedMb < 600, allocatedMb + " MB allocated");
    }

    @Test
    void theShippedTablesPassThePrecheck() throws IOException {
        try (var files = Files.walk(Path.of("decision-tables"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl.xlsx")).toList()) {
                assertEquals(null, WorkbookPrecheck.problem(Files.readAllBytes(p), TableReader.MAX_ROWS), p.toString());
            }
        }
    }
}
