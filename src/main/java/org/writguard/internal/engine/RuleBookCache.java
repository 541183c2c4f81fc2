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
    private final boolean keepBases;

    public RuleBookCache(Path dir) { this(dir, false); }

    private RuleBookCache(Path dir, boolean keepBases) {
        this.dir = dir;
        this.keepBases = keepBases;
    }

    /**
     * The same cache, keeping in memory the last entries it loads (their containers: classes and first KIE base), so
     * that a rebuild after an edit in this process gets a new KIE base of the base entry in milliseconds instead of
     * loading its classes again. For a long-lived process that rebuilds (hot reload); it holds up to two rule books'
     * worth of memory more.
     */
    public RuleBookCache keepingBases() { return new RuleBookCache(dir, true); }

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
            KieBase base;
            if (keepBases) {
                // Through a container, kept for an incremental rebuild on this entry (hot reload after an edit): new
                // KIE bases, same classes.
                KieServices ks = KieServices.Factory.get();
                KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(Files.readAllBytes(kjar)));
                KieContainer container = ks.newKieContainer(module.getReleaseId());
                base = container.getKieBase();
                ks.getRepository().removeKieModule(module.getReleaseId());
                remember(key, container, tables);
            } else {
                base = kieBase(kjar, viaContainer);
            }
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
            writeAtomically(dir.resolve(key + INPUTS_SUFFIX), JSON.writeValueAsBytes(inputsTree(inputs, book.version())));
            writeAtomically(dir.resolve(key + ".kjar"), kjar[0]);
            prune(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule-book cache in " + dir + ": " + e.getMessage(), e);
        }
        // The workbooks just read, for the next build that sees them unchanged.
        TableRowCache rows = rowCache();
        Map<String, LoadedTable> byFile = new LinkedHashMap<>();
        for (LoadedTable t : book.tables().values()) byFile.put(t.file(), t);
        for (RuleBookInputs.Input in : inputs.tables()) {
            LoadedTable t = byFile.get(in.name());
            if (t != null && t.sha256().equals(TableRowCache.sha256(in.bytes()))) rows.put(in.name(), in.bytes(), t);
        }
        return book;
    }

    /**
     * Beside each entry: the SHA-256 of every input file it was built from, so that after an edit the entry that
     * differs least can be the base of an {@link IncrementalBuild}.
     */
    static final String INPUTS_SUFFIX = ".inputs.json";

    private static Map<String, Object> inputsTree(RuleBookInputs inputs, String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("inputs", digests(inputs));
        return m;
    }

    /** Input name to the SHA-256 of its bytes, tables and rules alike, in name order. */
    static Map<String, String> digests(RuleBookInputs inputs) {
        Map<String, String> m = new java.util.TreeMap<>();
        for (RuleBookInputs.Input in : inputs.tables()) m.put(in.name(), TableRowCache.sha256(in.bytes()));
        for (RuleBookInputs.Input in : inputs.rules()) m.put(in.name(), TableRowCache.sha256(in.bytes()));
        return m;
    }

    /** The per-workbook cache of validated rows, under this cache's directory. */
    public TableRowCache rowCache() {
        return new TableRowCache(dir.resolve("tables"), Modules.schemaSet());
    }

    /**
     * Incremental rebuild (issue 17): the rule book for inputs not in the cache, built on the stored entry of this
     * build that differs from them in the fewest workbooks (and in no rule file), or empty when there is none.
     */
    Optional<Engine> incremental(RuleBookInputs inputs, String version) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        Map<String, String> now = digests(inputs);
        Path best = null;
        int bestDiff = Integer.MAX_VALUE;
        java.nio.file.attribute.FileTime bestTime = null;
        List<Path> sidecars;
        try (var s = Files.list(dir)) {
            sidecars = s.filter(p -> p.getFileName().toString().endsWith(INPUTS_SUFFIX)).toList();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        for (Path p : sidecars) {
            try {
                String name = p.getFileName().toString();
                String key = name.substring(0, name.length() - INPUTS_SUFFIX.length());
                Map<String, Object> tree = JSON.readValue(p.toFile(), new TypeReference<Map<String, Object>>() { });
                // Only an entry of this very build and engine (its key says so) may serve as a base.
                if (!(tree.get("version") instanceof String v) || !keyOf(v).equals(key)) continue;
                @SuppressWarnings("unchecked")
                Map<String, String> then = (Map<String, String>) tree.get("inputs");
                if (then == null || !then.keySet().equals(now.keySet())) continue;
                int diff = 0;
                boolean usable = true;
                for (Map.Entry<String, String> e : now.entrySet()) {
                    if (e.getValue().equals(then.get(e.getKey()))) continue;
                    if (!e.getKey().toLowerCase().endsWith(RuleBookInputs.TABLE_SUFFIX)) {
                        usable = false; // a rule file changed: that is a full build
                        break;
                    }
                    diff++;
                }
                if (!usable || diff == 0) continue;
                if (!Files.isRegularFile(dir.resolve(key + ".kjar")) || !Files.isRegularFile(dir.resolve(key + ".json"))) continue;
                java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(p);
                if (diff < bestDiff || diff == bestDiff && time.compareTo(bestTime) > 0) {
                    best = p;
                    bestDiff = diff;
                    bestTime = time;
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("ignoring the cache entry {} as a base: {}", p, e.toString());
            }
        }
        if (best == null) return Optional.empty();
        String name = best.getFileName().toString();
        String key = name.substring(0, name.length() - INPUTS_SUFFIX.length());
        Base kept = keepBases ? base(key) : null;
        Map<String, LoadedTable> baseTables;
        try {
            baseTables = kept != null ? kept.tables() : readMeta(dir.resolve(key + ".json"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // pruned or damaged meanwhile
        }
        Path kjar = dir.resolve(key + ".kjar");
        return IncrementalBuild.build(inputs, version, () -> {
            Base b = kept;
            if (b == null) {
                try {
                    b = new Base(container(Files.readAllBytes(kjar)), baseTables);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (keepBases) remember(key, b);
            }
            // A new KIE base: the container's own one may be in use by a rule book; this one is changed by the rebuild.
            return b.container().newKieBase(null);
        }, baseTables, rowCache());
    }

    /** A loaded cache entry kept in memory: its container (classes already defined) and its validated tables. */
    record Base(KieContainer container, Map<String, LoadedTable> tables) { }

    /** The last entries this JVM loaded, so that hot reload after an edit does not load the base's classes again. */
    private static final Map<String, Base> BASES = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Base> eldest) {
            return size() > 2;
        }
    };

    /** Forgets the kept entries, as a new JVM starts (tests of the new-JVM path). */
    static void forgetBases() {
        synchronized (BASES) {
            BASES.clear();
        }
    }

    private static Base base(String key) {
        synchronized (BASES) {
            return BASES.get(key);
        }
    }

    private static void remember(String key, KieContainer container, Map<String, LoadedTable> tables) {
        remember(key, new Base(container, tables));
    }

    private static void remember(String key, Base b) {
        synchronized (BASES) {
            BASES.put(key, b);
        }
    }

    /** A container for a kjar's bytes (the module is not kept in Drools' repository). */
    private static KieContainer container(byte[] kjar) {
        KieServices ks = KieServices.Factory.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        try {
            return ks.newKieContainer(module.getReleaseId());
        } finally {
            ks.getRepository().removeKieModule(module.getReleaseId());
        }
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
            Files.deleteIfExists(dir.resolve(key + INPUTS_SUFFIX));
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
        writeAtomically(dir.resolve(key + INPUTS_SUFFIX), JSON.writeValueAsBytes(inputsTree(inputs, Engine.hash(inputs))));
        writeAtomically(dir.resolve(key + ".kjar"), kjar);
        prune(key);
    }

    /**
     * Loads from the cache; else rebuilds on the cached entry closest to these inputs, recompiling only the edited
     * workbooks ({@link IncrementalBuild}); else builds in full (classic, faster to compile), unchanged workbooks'
     * rows from the {@link TableRowCache}. Stores no rule book.
     */
    public Engine loadOrBuild(RuleBookInputs inputs) {
        String version = Engine.hash(inputs);
        Optional<Engine> hit = load(inputs, version);
        if (hit.isPresent()) return hit.get();
        if (!INCREMENTAL) return Engine.build(inputs);
        Optional<Engine> rebuilt = incremental(inputs, version);
        if (rebuilt.isPresent()) return rebuilt.get();
        return Engine.build(inputs, Modules.schemaSet(), false, null, null, rowCache());
    }

    /**
     * {@code -Dwritguard.rebuild.incremental=false} builds every edit in full from the workbooks, neither on a cached
     * base nor with cached rows: the path before issue 17's incremental rebuild (measurements, or to rule it out).
     */
    private static final boolean INCREMENTAL = !"false".equalsIgnoreCase(System.getProperty("writguard.rebuild.incremental"));

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
        for (LoadedTable t : book.tables().values()) list.add(TableRowCache.toTree(t));
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, LoadedTable> readMeta(Path meta) throws IOException {
        return readMeta(JSON.readValue(meta.toFile(), new TypeReference<List<Map<String, Object>>>() { }));
    }

    static Map<String, LoadedTable> readMeta(List<Map<String, Object>> list) throws IOException {
        TableSchemas schemas = Modules.schemaSet();
        Map<String, LoadedTable> tables = new LinkedHashMap<>();
        for (Map<String, Object> m : list) {
            LoadedTable t = TableRowCache.fromTree(m, schemas);
            tables.put(t.schema().name(), t);
        }
        return tables;
    }

    /** The writguard build this JVM runs (version and build time): part of every cache key. */
    static String stamp() { return BUILD_STAMP; }

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
