package org.writguard.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.runtime.KieContainer;
import org.writguard.tables.LoadedTable;
import org.writguard.tables.TableProblem;
import org.writguard.tables.TableRow;
import org.writguard.tables.TableSchemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A cache of compiled rule books, so that a command-line run does not pay for compiling spreadsheets.
 * An entry is the executable-model kjar (Java classes Drools loads without compiling) plus the validated
 * table rows, keyed by the SHA-256 of every table and rule file and of the writguard build that compiled
 * it. Any change to a cell, a rule or the program gives a new key, so a stale entry is never used.
 * Entries are written atomically (temp file, then rename).
 */
public final class RuleBookCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUILD_STAMP = buildStamp();
    private final Path dir;

    public RuleBookCache(Path dir) { this.dir = dir; }

    public Path dir() { return dir; }

    /** The cache key: rule-book version, engine version and build stamp. */
    static String key(RuleBookInputs inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((RuleBook.hash(inputs) + "|" + RuleBook.ENGINE_VERSION + "|" + BUILD_STAMP)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached rule book for these inputs, if one was stored. A damaged entry is ignored. */
    public Optional<RuleBook> load(RuleBookInputs inputs) {
        String key = key(inputs);
        Path kjar = dir.resolve(key + ".kjar");
        Path meta = dir.resolve(key + ".json");
        if (!Files.isRegularFile(kjar) || !Files.isRegularFile(meta)) return Optional.empty();
        try {
            Map<String, LoadedTable> tables = readMeta(meta);
            KieServices ks = KieServices.Factory.get();
            KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(Files.readAllBytes(kjar)));
            KieContainer container = ks.newKieContainer(module.getReleaseId());
            KieBase base = container.getKieBase();
            ks.getRepository().removeKieModule(module.getReleaseId());
            List<TableProblem> warnings = new ArrayList<>();
            tables.values().forEach(t -> warnings.addAll(t.warnings()));
            return Optional.of(RuleBook.assemble(base, tables, inputs, RuleBook.hash(inputs), warnings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Compiles the inputs with the executable model, stores the entry, and returns the rule book. */
    public RuleBook compileAndStore(RuleBookInputs inputs) {
        String key = key(inputs);
        byte[][] kjar = new byte[1][];
        RuleBook book = RuleBook.build(inputs, Modules.schemaSet(), true, bytes -> kjar[0] = bytes);
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(key + ".json"), JSON.writeValueAsBytes(metaTree(book)));
            writeAtomically(dir.resolve(key + ".kjar"), kjar[0]);
            prune(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule-book cache in " + dir + ": " + e.getMessage(), e);
        }
        return book;
    }

    /** Entries kept; older ones (by last write) are deleted so the cache does not grow without bound. */
    static final int KEEP = 4;

    private void prune(String keep) throws IOException {
        List<Path> kjars;
        try (var s = Files.list(dir)) {
            kjars = s.filter(p -> p.getFileName().toString().endsWith(".kjar")).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        kjars.sort(java.util.Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }).reversed());
        for (int i = KEEP; i < kjars.size(); i++) {
            String name = kjars.get(i).getFileName().toString();
            String key = name.substring(0, name.length() - ".kjar".length());
            if (key.equals(keep)) continue;
            Files.deleteIfExists(kjars.get(i));
            Files.deleteIfExists(dir.resolve(key + ".json"));
        }
    }

    /** Loads from the cache, or builds (classic, faster to compile) without storing. */
    public RuleBook loadOrBuild(RuleBookInputs inputs) {
        return load(inputs).orElseGet(() -> RuleBook.build(inputs));
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".rulebook", ".tmp");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<Object> metaTree(RuleBook book) {
        List<Object> list = new ArrayList<>();
        for (LoadedTable t : book.tables().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", t.file());
            m.put("table", t.schema().name());
            m.put("sha256", t.sha256());
            List<Object> rows = new ArrayList<>();
            for (TableRow r : t.rows()) rows.add(Map.of("row", r.sheetRow(), "values", r.values()));
            m.put("rows", rows);
            List<Object> warnings = new ArrayList<>();
            for (TableProblem p : t.warnings()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("sheet", p.sheet());
                w.put("cell", p.cell());
                w.put("message", p.message());
                warnings.add(w);
            }
            m.put("warnings", warnings);
            list.add(m);
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, LoadedTable> readMeta(Path meta) throws IOException {
        TableSchemas schemas = Modules.schemaSet();
        List<Map<String, Object>> list = JSON.readValue(meta.toFile(), new TypeReference<>() { });
        Map<String, LoadedTable> tables = new LinkedHashMap<>();
        for (Map<String, Object> m : list) {
            String file = (String) m.get("file");
            var schema = schemas.byName((String) m.get("table"))
                    .orElseThrow(() -> new IOException("unknown table in cache"));
            List<TableRow> rows = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) m.get("rows")) {
                rows.add(new TableRow((Integer) r.get("row"), new LinkedHashMap<>((Map<String, String>) r.get("values"))));
            }
            List<TableProblem> warnings = new ArrayList<>();
            for (Map<String, Object> w : (List<Map<String, Object>>) m.get("warnings")) {
                warnings.add(TableProblem.warning(file, (String) w.get("sheet"), (String) w.get("cell"), (String) w.get("message")));
            }
            tables.put(schema.name(), new LoadedTable(file, schema, rows, (String) m.get("sha256"), warnings));
        }
        return tables;
    }

    private static String buildStamp() {
        try (InputStream in = RuleBookCache.class.getResourceAsStream("/writguard-build.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version") + "-" + p.getProperty("build");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
