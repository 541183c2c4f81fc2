package org.writguard.internal.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableSchemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated rows of single workbooks (issue 17, incremental rebuild), so that after one cell edit only the edited
 * workbook is read with POI. An entry is what {@code TableReader} made of one workbook that had no error (its rows and
 * warnings), keyed by the SHA-256 of the file's name and bytes, the engine version and the writguard build: any change
 * to the file or to the program (schemas and validation are code) gives a new key, so a stale entry is never used.
 * A workbook with an error is never cached (it is read again, and its errors reported, every time).
 *
 * <p>Two layers: a small in-memory map shared by the JVM (hot reload re-reads unchanged workbooks for free) and
 * one JSON file per entry under {@code <cache dir>/tables/}, written atomically (temp file, then rename; two
 * processes writing the same key write the same bytes). A directory that cannot be written is not an error: the
 * entry is only kept in memory. A damaged file is ignored and the workbook read again.
 */
public final class TableRowCache {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TableRowCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Entries kept in memory per JVM (a rule book has about 20 workbooks; a few versions of each). */
    static final int MEMORY_ENTRIES = 96;
    /** Entry files kept on disk; the oldest (by last write) are deleted beyond this. */
    static final int DISK_ENTRIES = 200;

    private static final Map<String, LoadedTable> MEMORY = new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoadedTable> eldest) {
            return size() > MEMORY_ENTRIES;
        }
    };

    private final Path dir;
    private final TableSchemas schemas;

    /** A cache whose files live in {@code dir} (null: memory only). */
    public TableRowCache(Path dir, TableSchemas schemas) {
        this.dir = dir;
        this.schemas = schemas;
    }

    /** The key of a workbook's bytes under its name, for this engine and build. */
    static String key(String name, byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(MessageDigest.getInstance("SHA-256").digest(bytes));
            md.update((byte) 0);
            md.update((Engine.ENGINE_VERSION + "|" + RuleBookCache.stamp()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The validated table of this workbook, if an earlier read of the very same bytes under the same name kept it. */
    public Optional<LoadedTable> get(String name, byte[] bytes) {
        String key = key(name, bytes);
        synchronized (MEMORY) {
            LoadedTable t = MEMORY.get(key);
            if (t != null) return checked(t, name, bytes);
        }
        if (dir == null) return Optional.empty();
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            LoadedTable t = fromTree(JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { }));
            Optional<LoadedTable> ok = checked(t, name, bytes);
            ok.ifPresent(table -> remember(key, table));
            return ok;
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring the damaged table cache entry {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * An entry is used only for the file and bytes it was made from (a second guard beside the key), and only with the
     * very table layout it was validated against.
     */
    private Optional<LoadedTable> checked(LoadedTable t, String name, byte[] bytes) {
        return t.file().equals(name) && t.sha256().equals(sha256(bytes))
                && schemas.byName(t.schema().name()).orElse(null) == t.schema() ? Optional.of(t) : Optional.empty();
    }

    /** Keeps a table that read without error; a cache directory that cannot be written is not an error. */
    public void put(String name, byte[] bytes, LoadedTable table) {
        String key = key(name, bytes);
        remember(key, table);
        if (dir == null) return;
        Path file = dir.resolve(key + ".json");
        if (Files.isRegularFile(file)) return;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".table", ".tmp");
            try {
                Files.write(tmp, JSON.writeValueAsBytes(toTree(table)));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.debug("the table cache {} cannot be written ({}); keeping {} in memory only", dir, e.toString(), name);
        }
    }

    /** Puts an already validated table (from a rule-book cache entry) in memory, for the workbook it was read from. */
    void remember(String name, byte[] bytes, LoadedTable table) {
        if (checked(table, name, bytes).isPresent()) remember(key(name, bytes), table);
    }

    private static void remember(String key, LoadedTable table) {
        synchronized (MEMORY) {
            MEMORY.put(key, table);
        }
    }

    private void prune() throws IOException {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        if (files.size() <= DISK_ENTRIES) return;
        files.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }).reversed());
        for (int i = DISK_ENTRIES; i < files.size(); i++) Files.deleteIfExists(files.get(i));
    }

    /** Forgets the in-memory entries (tests). */
    static void clearMemory() {
        synchronized (MEMORY) {
            MEMORY.clear();
        }
    }

    static Map<String, Object> toTree(LoadedTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", t.file());
        m.put("table", t.schema().name());
        m.put("sha256", t.sha256());
        List<Object> rows = new ArrayList<>();
        for (TableRow r : t.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", r.sheetRow());
            row.put("values", r.values());
            rows.add(row);
        }
        m.put("rows", rows);
        List<Object> warnings = new ArrayList<>();
        for (TableProblem p : t.warnings()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("sheet", p.getSheet());
            w.put("cell", p.getCell());
            w.put("message", p.getMessage());
            warnings.add(w);
        }
        m.put("warnings", warnings);
        return m;
    }

    LoadedTable fromTree(Map<String, Object> m) throws IOException {
        return fromTree(m, schemas);
    }

    /** A table back from {@link #toTree}'s form (also the form of a rule-book cache entry's table rows). */
    @SuppressWarnings("unchecked")
    static LoadedTable fromTree(Map<String, Object> m, TableSchemas schemas) throws IOException {
        String file = (String) m.get("file");
        TableSchema schema = schemas.byName((String) m.get("table"))
                .orElseThrow(() -> new IOException("unknown table in cache"));
        List<TableRow> rows = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) m.get("rows")) {
            rows.add(new TableRow((Integer) r.get("row"), new LinkedHashMap<>((Map<String, String>) r.get("values"))));
        }
        List<TableProblem> warnings = new ArrayList<>();
        for (Map<String, Object> w : (List<Map<String, Object>>) m.get("warnings")) {
            warnings.add(TableProblem.warning(file, (String) w.get("sheet"), (String) w.get("cell"), (String) w.get("message")));
        }
        return new LoadedTable(file, schema, rows, (String) m.get("sha256"), warnings);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
