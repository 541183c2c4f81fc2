package org.writguard.internal.roster;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads ICE's participating-agencies workbook (.xlsx) into {@link RosterAgreement}s.
 *
 * <p>Columns are found by header text, never by position; the header may sit in any of the first
 * {@value #HEADER_SEARCH_ROWS} rows. Cells are trimmed; error cells (#N/A) count as unknown;
 * formulas are read from their cached value and never evaluated. Every row after the header up to
 * the sheet's last physical row becomes an agreement or a {@link SkippedRow} with its reason.
 */
public final class IceRosterReader {

    /** ICE's sheets are about 100 KB; anything this large is not one of them. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_ZIP_ENTRY_BYTES = 100L * 1024 * 1024;
    static final int MAX_BYTE_ARRAY = 100 * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    static final int HEADER_SEARCH_ROWS = 10;

    /** 287(g) entered the INA with IIRIRA § 133, enacted 1996-09-30; no agreement predates it. */
    static final LocalDate EARLIEST_SIGNED = LocalDate.of(1996, 9, 30);
    static final LocalDate LATEST_SIGNED = LocalDate.of(2100, 12, 31);

    static {
        // POI's limits are JVM-wide; these are deliberate ceilings against zip bombs and huge records.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }

    enum Column {
        STATE("STATE", true),
        AGENCY("LAW ENFORCEMENT AGENCY", true),
        TYPE("TYPE", false),
        COUNTY("COUNTY", false),
        SUPPORT_TYPE("SUPPORT TYPE", true),
        SIGNED("SIGNED", true),
        MOA("MOA", false),
        ADDENDUM("ADDENDUM", false);

        final String label;
        final boolean required;

        Column(String label, boolean required) {
            this.label = label;
            this.required = required;
        }
    }

    private static final Map<String, Column> HEADER_SYNONYMS = new HashMap<>();

    static {
        synonyms(Column.STATE, "STATE", "STATE NAME");
        synonyms(Column.AGENCY, "LAW ENFORCEMENT AGENCY", "AGENCY", "AGENCY NAME", "LEA",
                "LAW ENFORCEMENT AGENCY NAME", "PARTICIPATING AGENCY");
        synonyms(Column.TYPE, "TYPE", "AGENCY TYPE", "LEA TYPE");
        synonyms(Column.COUNTY, "COUNTY", "COUNTY NAME");
        synonyms(Column.SUPPORT_TYPE, "SUPPORT TYPE", "MODEL", "287 G MODEL", "SUPPORT MODEL",
                "PROGRAM MODEL", "TYPE OF SUPPORT");
        synonyms(Column.SIGNED, "SIGNED", "DATE SIGNED", "SIGNED DATE", "SIGNED ON", "SIGNATURE DATE",
                "MOA SIGNED", "DATE MOA SIGNED");
        synonyms(Column.MOA, "MOA", "MOA LINK", "MEMORANDUM OF AGREEMENT");
        synonyms(Column.ADDENDUM, "ADDENDUM", "ADDENDA", "ADDENDUM LINK", "ADDENDUMS");
    }

    private static void synonyms(Column column, String... names) {
        for (String n : names) {
            HEADER_SYNONYMS.put(n, column);
        }
    }

    private static final List<DateTimeFormatter> TEXT_DATES = List.of(
            pattern("M/d/uuuu"), pattern("M/d/uu"), pattern("uuuu-M-d"), pattern("M-d-uuuu"),
            pattern("M.d.uuuu"), pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("MMM. d, uuuu"),
            pattern("d-MMM-uu"), pattern("d-MMM-uuuu"), pattern("d MMMM uuuu"),
            pattern("uuuu-M-d H:mm[:ss]"), pattern("uuuu-M-d'T'H:mm[:ss]"), pattern("M/d/uuuu H:mm[:ss]"));

    /** A text date whose second separator is missing, as in ICE's {@code 05/082025}: the year is the last four digits. */
    private static final Pattern MISSING_SEPARATOR = Pattern.compile("(\\d{1,2})/(\\d{1,2})(\\d{4})");
    private static final Pattern HYPERLINK_FORMULA =
            Pattern.compile("HYPERLINK\\(\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_TEXT = Pattern.compile("(?i)https?://\\S+");

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p, Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    private IceRosterReader() {
    }

    /**
     * Reads one workbook.
     *
     * @throws RosterInputException when the file is missing, too large, corrupt, encrypted, not an
     *                              .xlsx, or lacks a required column (STATE, agency, SUPPORT TYPE, SIGNED)
     */
    public static RosterImport read(Path xlsx) {
        String shown = xlsx.toString();
        checkFile(xlsx, shown);
        String tooBig;
        try {
            // Rows are counted by streaming before POI builds the workbook in memory (styled empty rows too).
            tooBig = org.writguard.internal.tables.WorkbookPrecheck.problem(Files.readAllBytes(xlsx), MAX_ROWS + 100);
        } catch (IOException e) {
            throw new RosterInputException(shown + ": cannot be read (" + oneLine(e) + ")", e);
        }
        if (tooBig != null) throw new RosterInputException(shown + ": " + tooBig);
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            RosterImport result = readWorkbook(workbook, xlsx.getFileName().toString(), shown);
            pkg.revert();
            return result;
        } catch (RosterInputException e) {
            throw e;
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new RosterInputException(shown + ": corrupt or unreadable .xlsx workbook (" + oneLine(e) + ")", e);
        }
    }

    private static void checkFile(Path xlsx, String shown) {
        if (!Files.isRegularFile(xlsx)) {
            throw new RosterInputException(shown + ": no such file");
        }
        try {
            long size = Files.size(xlsx);
            if (size > MAX_FILE_BYTES) {
                throw new RosterInputException(shown + ": " + size + " bytes is over the " + MAX_FILE_BYTES
                        + "-byte limit for a roster workbook");
            }
            if (size == 0) {
                throw new RosterInputException(shown + ": empty file, not an .xlsx workbook");
            }
            FileMagic magic = FileMagic.valueOf(xlsx.toFile());
            if (magic == FileMagic.OLE2) {
                boolean encrypted;
                try (POIFSFileSystem fs = new POIFSFileSystem(xlsx.toFile(), true)) {
                    encrypted = fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
                }
                throw new RosterInputException(shown + (encrypted
                        ? ": workbook is password-protected (encrypted); save an unprotected .xlsx copy"
                        : ": legacy .xls (OLE2) workbook; save it as .xlsx"));
            }
            if (magic != FileMagic.OOXML) {
                throw new RosterInputException(shown + ": not an .xlsx workbook (content looks like " + magic + ")");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RosterInputException r) {
                throw r;
            }
            throw new RosterInputException(shown + ": cannot read file (" + oneLine(e) + ")", e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    // ---------------------------------------------------------------- sheet

    private static RosterImport readWorkbook(XSSFWorkbook workbook, String fileName, String shown) {
        if (workbook.getNumberOfSheets() == 0) {
            throw new RosterInputException(shown + ": workbook has no sheets");
        }
        XSSFSheet sheet = null;
        int headerIndex = -1;
        for (int s = 0; s < workbook.getNumberOfSheets() && sheet == null; s++) {
            XSSFSheet candidate = workbook.getSheetAt(s);
            int h = findHeaderRow(candidate);
            if (h >= 0) {
                sheet = candidate;
                headerIndex = h;
            }
        }
        if (sheet == null) {
            throw new RosterInputException(shown + ": no header row with STATE and an agency column in the first "
                    + HEADER_SEARCH_ROWS + " rows of any sheet; headers found: " + firstHeaders(workbook.getSheetAt(0)));
        }
        Map<Column, Integer> columns = mapColumns(sheet, headerIndex, shown);
        int last = sheet.getLastRowNum();
        if (last - headerIndex > MAX_ROWS) {
            throw new RosterInputException(shown + ": " + (last - headerIndex) + " data rows is over the limit of "
                    + MAX_ROWS);
        }
        return new SheetReader(sheet, columns, fileName, workbook.isDate1904()).read(headerIndex);
    }

    private static int findHeaderRow(XSSFSheet sheet) {
        int upTo = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= upTo; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            boolean state = false;
            boolean agency = false;
            for (Cell cell : row) {
                Column c = column(headerKey(Cells.text(cell)));
                state |= c == Column.STATE;
                agency |= c == Column.AGENCY;
            }
            if (state && agency) {
                return r;
            }
        }
        return -1;
    }

    private static String firstHeaders(XSSFSheet sheet) {
        int upTo = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= upTo; r++) {
            Row row = sheet.getRow(r);
            String found = row == null ? "" : headersOf(row);
            if (!found.isEmpty()) {
                return "[" + found + "] in row " + (r + 1);
            }
        }
        return "none";
    }

    private static String headersOf(Row row) {
        StringJoiner joined = new StringJoiner(", ");
        for (Cell cell : row) {
            String t = Cells.text(cell);
            if (t != null) {
                joined.add(t);
            }
        }
        return joined.toString();
    }

    /**
     * The column a header names: an exact synonym first, else a required column by a telling word
     * ("Agency (as listed)", "287(g) support model", "Date MOA was signed"), so a renamed header still
     * finds its column; null for anything else.
     */
    static Column column(String key) {
        Column exact = HEADER_SYNONYMS.get(key);
        if (exact != null || key.isEmpty()) {
            return exact;
        }
        List<String> words = List.of(key.split(" "));
        if (words.contains("COUNTY") || words.contains("NOTES") || words.contains("NOTE")) {
            return null;
        }
        if (key.contains("AGENCY") && !words.contains("TYPE")) {
            return Column.AGENCY;
        }
        if (key.contains("SUPPORT") || words.contains("MODEL")) {
            return Column.SUPPORT_TYPE;
        }
        if (key.contains("SIGNED") || key.contains("SIGNATURE")) {
            return Column.SIGNED;
        }
        if (words.contains("STATE") && !words.contains("AGENCY")) {
            return Column.STATE;
        }
        return null;
    }

    static String headerKey(String text) {
        if (text == null) {
            return "";
        }
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    private static Map<Column, Integer> mapColumns(XSSFSheet sheet, int headerIndex, String shown) {
        Row header = sheet.getRow(headerIndex);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (Cell cell : header) {
            Column c = HEADER_SYNONYMS.get(headerKey(Cells.text(cell)));
            if (c == null) {
                continue;
            }
            Integer earlier = columns.putIfAbsent(c, cell.getColumnIndex());
            if (earlier != null) {
                throw new RosterInputException(shown + ": two " + c.label + " columns in header row "
                        + (headerIndex + 1) + " (" + CellReference.convertNumToColString(earlier) + " and "
                        + CellReference.convertNumToColString(cell.getColumnIndex()) + ")");
            }
        }
        // Renamed headers: a column still missing takes the one unclaimed header that names it by a telling word.
        Map<Column, List<Integer>> candidates = new EnumMap<>(Column.class);
        for (Cell cell : header) {
            String key = headerKey(Cells.text(cell));
            if (HEADER_SYNONYMS.containsKey(key)) {
                continue;
            }
            Column c = column(key);
            if (c != null && !columns.containsKey(c)) {
                candidates.computeIfAbsent(c, x -> new ArrayList<>()).add(cell.getColumnIndex());
            }
        }
        candidates.forEach((c, cells) -> {
            if (cells.size() == 1) {
                columns.put(c, cells.get(0));
            }
        });
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                missing.add(c.label);
            }
        }
        if (!missing.isEmpty()) {
            throw new RosterInputException(shown + ": missing required column(s) " + String.join(", ", missing)
                    + " in header row " + (headerIndex + 1) + "; headers found: [" + headersOf(header) + "]");
        }
        return columns;
    }

    // ---------------------------------------------------------------- rows

    private static final class SheetReader {
        private final XSSFSheet sheet;
        private final Map<Column, Integer> columns;
        private final String fileName;
        private final boolean date1904;

        SheetReader(XSSFSheet sheet, Map<Column, Integer> columns, String fileName, boolean date1904) {
            this.sheet = sheet;
            this.columns = columns;
            this.fileName = fileName;
            this.date1904 = date1904;
        }

        RosterImport read(int headerIndex) {
            List<RosterAgreement> agreements = new ArrayList<>();
            List<SkippedRow> skipped = new ArrayList<>();
            List<RowNote> notes = new ArrayList<>();
            Map<String, Integer> firstRowOf = new LinkedHashMap<>();
            int last = sheet.getLastRowNum();
            for (int r = headerIndex + 1; r <= last; r++) {
                int sheetRow = r + 1;
                Row row = sheet.getRow(r);
                if (row == null || Cells.isBlank(row)) {
                    skipped.add(new SkippedRow(sheetRow, "blank row"));
                    continue;
                }
                Parsed p = parse(row, sheetRow);
                if (p.problem != null) {
                    skipped.add(new SkippedRow(sheetRow, p.problem));
                    continue;
                }
                RosterAgreement a = p.agreement;
                String key = a.agencyId() + "|" + a.model() + "|" + a.signedOn();
                Integer first = firstRowOf.putIfAbsent(key, sheetRow);
                if (first != null) {
                    skipped.add(new SkippedRow(sheetRow, "duplicate of row " + first));
                    continue;
                }
                agreements.add(a);
                if (p.note != null) {
                    notes.add(new RowNote(sheetRow, p.note));
                }
            }
            agreements.sort(ORDER);
            return new RosterImport(fileName, headerIndex + 1, last - headerIndex, agreements, skipped, notes);
        }

        private record Parsed(RosterAgreement agreement, String note, String problem) {
            static Parsed problem(String why) {
                return new Parsed(null, null, why);
            }
        }

        private Parsed parse(Row row, int sheetRow) {
            Cell agencyCell = cell(row, Column.AGENCY);
            String name = Cells.text(agencyCell);
            if (name == null) {
                return Parsed.problem("missing agency name" + Cells.why(agencyCell));
            }
            if (AgencyIds.slug(name).isEmpty()) {
                return Parsed.problem("agency name '" + name + "' has no letters or digits");
            }
            Cell stateCell = cell(row, Column.STATE);
            String stateName = Cells.text(stateCell);
            if (stateName == null) {
                return Parsed.problem("unknown state" + Cells.why(stateCell));
            }
            Optional<String> usps = AgencyIds.usps(stateName);
            if (usps.isEmpty()) {
                return Parsed.problem("unknown state '" + stateName + "'");
            }
            Cell modelCell = cell(row, Column.SUPPORT_TYPE);
            String supportType = Cells.text(modelCell);
            if (supportType == null) {
                return Parsed.problem("unknown support type" + Cells.why(modelCell));
            }
            String model = model(supportType);
            if (model == null) {
                return Parsed.problem("unknown support type '" + supportType + "'");
            }
            Cell signedCell = cell(row, Column.SIGNED);
            SignedDate signed = signedDate(signedCell);
            if (signed.date == null) {
                return Parsed.problem(signed.problem);
            }
            Cell moaCell = cell(row, Column.MOA);
            String moaLink = link(moaCell, row.getRowNum(), Column.MOA);
            MoaLinkState state;
            if (moaLink != null) {
                state = MoaLinkState.LINKED;
            } else {
                String moaText = Cells.text(moaCell);
                state = moaText != null && moaText.toLowerCase(Locale.ROOT).contains("pending")
                        ? MoaLinkState.PENDING : MoaLinkState.NONE;
            }
            Cell addendumCell = cell(row, Column.ADDENDUM);
            String addendum = link(addendumCell, row.getRowNum(), Column.ADDENDUM);
            if (addendum == null) {
                addendum = Cells.text(addendumCell);
            }
            RosterAgreement a = new RosterAgreement(
                    AgencyIds.id(usps.get(), name), name, usps.get(), stateName,
                    Cells.text(cell(row, Column.COUNTY)), Cells.text(cell(row, Column.TYPE)),
                    model, signed.date, moaLink, state, addendum, fileName, sheetRow);
            return new Parsed(a, signed.note, null);
        }

        private Cell cell(Row row, Column column) {
            Integer index = columns.get(column);
            return index == null ? null : row.getCell(index);
        }

        /** The cell's hyperlink target, a HYPERLINK formula's target, or a bare URL typed in the cell. */
        private String link(Cell cell, int rowIndex, Column column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            Hyperlink h = sheet.getHyperlink(new CellAddress(rowIndex, index));
            if (h != null && h.getAddress() != null && !h.getAddress().isBlank()) {
                return unwrapSafeLink(h.getAddress().strip());
            }
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                Matcher m = HYPERLINK_FORMULA.matcher(cell.getCellFormula());
                if (m.find()) {
                    return unwrapSafeLink(m.group(1).strip());
                }
            }
            String text = Cells.text(cell);
            if (text != null) {
                Matcher m = URL_TEXT.matcher(text);
                if (m.matches()) {
                    return unwrapSafeLink(text);
                }
            }
            return null;
        }

        private record SignedDate(LocalDate date, String note, String problem) {
        }

        private SignedDate signedDate(Cell cell) {
            if (cell == null) {
                return new SignedDate(null, null, "missing signed date" + Cells.why(null));
            }
            CellType type = Cells.effectiveType(cell);
            if (type == CellType.ERROR) {
                return new SignedDate(null, null, "missing signed date" + Cells.why(cell));
            }
            if (type == CellType.NUMERIC) {
                return fromSerial(cell.getNumericCellValue(), null);
            }
            String text = Cells.text(cell);
            if (text == null) {
                return new SignedDate(null, null, "missing signed date" + Cells.why(cell));
            }
            for (DateTimeFormatter f : TEXT_DATES) {
                try {
                    return plausible(LocalDate.parse(text, f), "'" + text + "'", null);
                } catch (DateTimeParseException ignored) {
                    // try the next pattern
                }
            }
            Matcher m = MISSING_SEPARATOR.matcher(text);
            if (m.matches()) {
                String repaired = m.group(1) + "/" + m.group(2) + "/" + m.group(3);
                try {
                    LocalDate d = LocalDate.parse(repaired, TEXT_DATES.get(0));
                    return plausible(d, "'" + text + "'",
                            "signed date '" + text + "' lacks a separator; read as " + d);
                } catch (DateTimeParseException ignored) {
                    // falls through to "unparseable"
                }
            }
            if (text.matches("\\d{5}(\\.\\d+)?")) {
                return fromSerial(Double.parseDouble(text),
                        "signed date is the text '" + text + "'; read as an Excel date serial");
            }
            return new SignedDate(null, null, "unparseable signed date '" + text + "'");
        }

        private SignedDate fromSerial(double serial, String note) {
            String shown = Cells.number(serial);
            if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
                return new SignedDate(null, null, "unparseable signed date '" + shown + "' (not an Excel date serial)");
            }
            LocalDate d = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
            return plausible(d, "(Excel serial " + shown + ")", note);
        }

        private static SignedDate plausible(LocalDate d, String source, String note) {
            if (d.isBefore(EARLIEST_SIGNED) || d.isAfter(LATEST_SIGNED)) {
                return new SignedDate(null, null, "implausible signed date " + d + " " + source
                        + ", outside " + EARLIEST_SIGNED + " .. " + LATEST_SIGNED);
            }
            return new SignedDate(d, note, null);
        }
    }

    static final Comparator<RosterAgreement> ORDER = Comparator
            .comparing(RosterAgreement::agencyId)
            .thenComparing(RosterAgreement::model)
            .thenComparing(RosterAgreement::signedOn)
            .thenComparingInt(RosterAgreement::sourceRow);

    /**
     * JEM, TFM or WSO for a SUPPORT TYPE cell, tolerant of case, spacing and punctuation;
     * null when the text names none of them or more than one.
     */
    static String model(String supportType) {
        String s = supportType.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        String found = null;
        int hits = 0;
        if (s.equals("jem") || s.contains("jail enforcement")) {
            found = RosterAgreement.JEM;
            hits++;
        }
        if (s.equals("tfm") || s.contains("task force")) {
            found = RosterAgreement.TFM;
            hits++;
        }
        if (s.equals("wso") || s.contains("warrant service")) {
            found = RosterAgreement.WSO;
            hits++;
        }
        return hits == 1 ? found : null;
    }

    /**
     * ICE's July 2025 sheet wraps many MOA links in Outlook "safelinks" redirects; the real target is
     * the {@code url} query parameter. Unwrapping also drops the redirect's tracking data.
     */
    static String unwrapSafeLink(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.matches("https?://[^/]*safelinks\\.protection\\.outlook\\.com/.*")) {
            return url;
        }
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        for (String param : url.substring(q + 1).split("&")) {
            if (param.startsWith("url=")) {
                return URLDecoder.decode(param.substring(4), StandardCharsets.UTF_8);
            }
        }
        return url;
    }

    /** Reading cell values without evaluating anything. */
    static final class Cells {
        private static final Pattern NOT_AVAILABLE = Pattern.compile("(?i)#N/?A|N/A");

        private Cells() {
        }

        static CellType effectiveType(Cell cell) {
            CellType t = cell.getCellType();
            return t == CellType.FORMULA ? cell.getCachedFormulaResultType() : t;
        }

        /**
         * Trimmed text of the cell (NBSP counts as space, inner runs collapsed); null when blank, an
         * error cell, or an error typed as text ({@code #N/A}, {@code #NA}, {@code N/A}: ICE's COUNTY
         * column has all three).
         */
        static String text(Cell cell) {
            String t = raw(cell);
            return t == null || t.isEmpty() || NOT_AVAILABLE.matcher(t).matches() ? null : t;
        }

        /** The cell's value as trimmed text, placeholders included; null for blank and error cells. */
        private static String raw(Cell cell) {
            if (cell == null) {
                return null;
            }
            String raw;
            switch (effectiveType(cell)) {
                case STRING -> raw = cell.getStringCellValue();
                case NUMERIC -> raw = number(cell.getNumericCellValue());
                case BOOLEAN -> raw = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> raw = null;
            }
            return raw == null ? null : raw.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        }

        static String number(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }

        /** Why {@link #text(Cell)} is null: " (cell is empty)", " (cell is #N/A)", " (cell reads 'N/A')". */
        static String why(Cell cell) {
            if (cell == null) {
                return " (cell is empty)";
            }
            if (effectiveType(cell) != CellType.ERROR) {
                String raw = raw(cell);
                return raw == null || raw.isEmpty() ? " (cell is empty)" : " (cell reads '" + raw + "')";
            }
            String code;
            try {
                code = FormulaError.forInt(cell.getErrorCellValue()).getString();
            } catch (IllegalArgumentException e) {
                code = "an error";
            }
            return " (cell is " + code + ")";
        }

        /** No cell holds a value; formatting alone does not count. */
        static boolean isBlank(Row row) {
            for (Cell cell : row) {
                CellType t = effectiveType(cell);
                if (t == CellType.ERROR) {
                    return false;
                }
                String raw = raw(cell);
                if (raw != null && !raw.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }
}
