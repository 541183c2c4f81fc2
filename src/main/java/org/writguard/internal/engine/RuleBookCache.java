package org.writguard.internal.engine;

import org.writguard.engine.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.runtime.KieContainer;
import org.writguard.internal.startup.KjarKieBase;
import org.writguard.internal.startup.StartupTrace;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchemas;

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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleBookCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUILD_STAMP = buildStamp();
    /** {@code -Dwritguard.cache.viaContainer=true}: load cached kjars through Drools' KIE container (the route before issue 17's cold-start work), for comparison. */
    private static final boolean VIA_CONTAINER = Boolean.getBoolean("writguard.cache.viaContainer");
    private final Path dir;

    public RuleBookCache(Path dir) { this.dir = dir; }

    /**
     * Where embedders' rule books are cached unless they say otherwise: the system property
     * {@code writguard.cache.dir}, else the environment variable {@code WRITGUARD_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/writguard/rulebooks}, else {@code ~/.cache/writguard/rulebooks}.
     */
    public static Path defaultDir() {
        String p = System.getProperty("writguard.cache.dir");
        if (p == null || p.isBlank()) p = System.getenv("WRITGUARD_CACHE_DIR");
        if (p != null && !p.isBlank()) return Path.of(p);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("writguard").resolve("rulebooks");
    }

    /** One lock per cache entry within this JVM; a file lock across processes. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The cached rule book, or, on a miss, compiles it with the executable model and stores it for the next
     * start. Two threads or two processes that miss together compile once: the second waits on the entry's lock
     * file and then finds the entry. A cache directory that cannot be written is not an error: the book is
     * compiled and used without being stored.
     */
    public Engine loadOrCompile(RuleBookInputs inputs) {
        long t0 = System.nanoTime();
        String version = Engine.hash(inputs);
        Optional<Engine> hit = load(inputs, version);
        if (hit.isPresent()) {
            LOG.info("rule book {} loaded from the cache {} in {} ms", hit.get().version().substring(0, 12), dir,
                    (System.nanoTime() - t0) / 1_000_000);
            return hit.get();
        }
        LOG.debug("rule book not in the cache {}; compiling it", dir);
        Path lockFile = dir.resolve(keyOf(version) + ".lock");
        java.util.concurrent.locks.ReentrantLock local = LOCKS.computeIfAbsent(lockFile.toAbsolutePath(), k -> new java.util.concurrent.locks.ReentrantLock());
        local.lock();
        try {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                return compileOnly(inputs);
            }
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lockFile,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock ignored = ch.lock()) {
                hit = load(inputs, version);
                if (hit.isPresent()) return hit.get();
                Engine compiled = compileAndStore(inputs);
                LOG.info("rule book {} compiled and stored in the cache {} in {} ms", compiled.version().substring(0, 12),
                        dir, (System.nanoTime() - t0) / 1_000_000);
                return compiled;
            } catch (IOException | UncheckedIOException e) {
                // The lock file is kept (deleting it could let a third process lock a new file while a second
                // waits on the old one); prune() removes it with its entry.
                return compileOnly(inputs);
            }
        } finally {
            local.unlock();
        }
    }

    private Engine compileOnly(RuleBookInputs inputs) {
        LOG.warn("the rule-book cache {} cannot be written; compiling without storing", dir);
        return Engine.build(inputs, Modules.schemaSet(), true, null);
    }

    public Path dir() { return dir; }

    /** The cache key: rule-book version, engine version and build stamp. */
    static String key(RuleBookInputs inputs) {
        return keyOf(Engine.hash(inputs));
    }

    /** The cache key of a rule book whose version (the SHA-256 of its inputs) is known. */
    private static String keyOf(String version) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((version + "|" + Engine.ENGINE_VERSION + "|" + BUILD_STAMP)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached rule book for these inputs, if one was stored. A damaged entry is ignored. */
    public Optional<Engine> load(RuleBookInputs inputs) {
        return load(inputs, Engine.hash(inputs));
    }

    /** As {@link #load(RuleBookInputs)}, the inputs' version already worked out (hashing every input is not free). */
    private Optional<Engine> load(RuleBookInputs inputs, String version) {
        return load(inputs, version, VIA_CONTAINER);
    }

    /** As {@link #load(RuleBookInputs)}, the KIE base made through Drools' KIE container or not (tests of both routes). */
    Optional<Engine> load(RuleBookInputs inputs, boolean viaContainer) {
        return load(inputs, Engine.hash(inputs), viaContainer);
    }

    private Optional<Engine> load(RuleBookInputs inputs, String version, boolean viaContainer) {
        String key = keyOf(version);
        Path kjar = dir.resolve(key + ".kjar");
        Path meta = dir.resolve(key + ".json");
        if (!Files.isRegularFile(kjar) || !Files.isRegularFile(meta)) return Optional.empty();
        try {
            Map<String, LoadedTable> tables = readMeta(meta);
            StartupTrace.mark("cache-rows-read");
            KieBase base = kieBase(kjar, viaContainer);
            StartupTrace.mark("cache-kie-base");
            List<TableProblem> warnings = new ArrayList<>();
            tables.values().forEach(t -> warnings.addAll(t.warnings()));
            Engine engine = Engine.assemble(base, tables, inputs, version, warnings);
            StartupTrace.mark("cache-assembled");
            return Optional.of(engine);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The KIE base of a cached kjar: made straight from its model classes ({@link KjarKieBase}, the fast route for
     * a one-shot start), else, for a kjar that route does not take or with {@code viaContainer}, through Drools'
     * repository and a container.
     */
    static KieBase kieBase(Path kjar, boolean viaContainer) throws IOException {
        if (!viaContainer) {
            try {
                return KjarKieBase.load(kjar, RuleBookCache.class.getClassLoader());
            } catch (IOException e) {
                LOG.debug("{}: loading through a KIE container ({})", kjar, e.getMessage());
            }
        }
        KieServices ks = KieServices.Factory.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(Files.readAllBytes(kjar)));
        KieContainer container = ks.newKieContainer(module.getReleaseId());
        KieBase base = container.getKieBase();
        ks.getRepository().removeKieModule(module.getReleaseId());
        return base;
    }

    /** Compiles the inputs with the executable model, stores the entry, and returns the rule book. */
    public Engine compileAndStore(RuleBookInputs inputs) {
        byte[][] kjar = new byte[1][];
        Engine book = Engine.build(inputs, Modules.schemaSet(), true, bytes -> kjar[0] = bytes);
        String key = keyOf(book.version());
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
            Files.deleteIfExists(dir.resolve(key + ".lock"));
        }
    }

    /**
     * The stored entry for these inputs as bytes ({kjar, rows}), or empty: so a compiled rule book can travel
     * with a distributed job and be {@link #install installed} in a worker's own cache.
     */
    public Optional<byte[][]> entryBytes(RuleBookInputs inputs) {
        String key = key(inputs);
        Path kjar = dir.resolve(key + ".kjar");
        Path meta = dir.resolve(key + ".json");
        try {
            if (!Files.isRegularFile(kjar) || !Files.isRegularFile(meta)) return Optional.empty();
            return Optional.of(new byte[][] {Files.readAllBytes(kjar), Files.readAllBytes(meta)});
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores an entry read by {@link #entryBytes} (on another machine, by the same build) for these inputs. */
    public void install(RuleBookInputs inputs, byte[] kjar, byte[] meta) throws IOException {
        String key = key(inputs);
        Files.createDirectories(dir);
        writeAtomically(dir.resolve(key + ".json"), meta);
        writeAtomically(dir.resolve(key + ".kjar"), kjar);
        prune(key);
    }

    /** Loads from the cache, or builds (classic, faster to compile) without storing. */
    public Engine loadOrBuild(RuleBookInputs inputs) {
        return load(inputs).orElseGet(() -> Engine.build(inputs));
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

    static List<Object> metaTree(Engine book) {
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
                w.put("sheet", p.getSheet());
                w.put("cell", p.getCell());
                w.put("message", p.getMessage());
                warnings.add(w);
            }
            m.put("warnings", warnings);
            list.add(m);
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, LoadedTable> readMeta(Path meta) throws IOException {
        return readMeta(JSON.readValue(meta.toFile(), new TypeReference<List<Map<String, Object>>>() { }));
    }

    @SuppressWarnings("unchecked")
    static Map<String, LoadedTable> readMeta(List<Map<String, Object>> list) throws IOException {
        TableSchemas schemas = Modules.schemaSet();
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
