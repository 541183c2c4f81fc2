package org.writguard.engine;

import org.writguard.facts.CaseFile;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.RuleBookCache;
import org.writguard.internal.engine.RuleBookInputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Hot reload for embedders: watches the tables and rules directories, rebuilds the rule book when a file
 * changes, and swaps it in atomically. An assessment takes the current book once, so it runs on one
 * version from start to end, and its {@link Report#getRuleBookVersion()} says which. A rebuild that fails
 * keeps the old book and tells the listener what is wrong, cell by cell.
 *
 * <p>Polling, not file-system events: it works the same on every file system (network shares, Docker
 * volumes), and a change must hold still for the debounce time before a rebuild, so a workbook still
 * being saved is not read half-written: the files are read twice, a debounce apart, and only byte-identical
 * reads are built. A book that builds must also pass a sanity check (every table present, a rule for every
 * finding of the catalog), so a rule file caught at a rule boundary while its writer pauses is not swapped in;
 * either way the old book stays and the listener hears why.
 *
 * <pre>
 * RuleBookWatcher rules = RuleBookWatcher.start(Path.of("decision-tables"), Path.of("rules"),
 *         Duration.ofSeconds(2), new RuleBookWatcher.Listener() {
 *             public void reloaded(RuleBook book) { log.info("rule book {}", book.getVersion()); }
 *             public void failed(RuleBookException e) { e.getProblems().forEach(p -> log.warn("{}", p)); }
 *         });
 * Report report = rules.assess(caseFile, "case-17.yaml");   // always one version
 * rules.close();
 * </pre>
 */
public final class RuleBookWatcher implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleBookWatcher.class);
    /** Told about every rebuild; called on the watcher's thread. */
    public interface Listener {
        /** A new book is in use. */
        default void reloaded(RuleBook book) { }

        /** A changed file did not build; the previous book stays in use. */
        default void failed(RuleBookException error) { }
    }

    private final Path tables;
    private final Path rules;
    private final Duration debounce;
    private final Listener listener;
    private final AtomicReference<RuleBook> current = new AtomicReference<>();
    /** Builds a changed book: from the cache when it holds this version, else compiled now without storing. */
    private final java.util.function.Function<RuleBookInputs, Engine> compiler;
    private final ScheduledExecutorService timer;
    private volatile RuleBookException lastError;
    private Map<String, String> built;
    private Map<String, String> pending;
    private long pendingSince;
    private Snapshot pendingInputs;

    private RuleBookWatcher(Path tables, Path rules, Duration debounce, Listener listener, boolean background,
                            Duration interval, Path cacheDir) {
        // Keeping the loaded entry in memory: an edit is rebuilt on it (only the edited tables are read and compiled,
        // issue 17) in a new KIE base of the same classes, milliseconds instead of loading the kjar again.
        RuleBookCache cache = cacheDir == null ? null : new RuleBookCache(cacheDir).keepingBases();
        // An edit is a cache miss: it is rebuilt on the cached entry (classic compiler for the edited tables only), or,
        // when no entry is close enough, built in full with the classic build, several times faster than the executable
        // model the cache stores, so a reload does not pay for storing it. The first load goes through the cache (and
        // stores), so the next start is warm.
        this.compiler = cache == null ? Engine::build : cache::loadOrBuild;
        this.tables = tables;
        this.rules = rules;
        this.debounce = debounce;
        this.listener = listener == null ? new Listener() { } : listener;
        this.built = fingerprint();
        RuleBookInputs first = RuleBookInputs.fromDirectories(tables, rules);
        current.set(new RuleBook(cache == null ? Engine.build(first) : cache.loadOrCompile(first)));
        if (background) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "writguard-rulebook-watcher");
                t.setDaemon(true);
                return t;
            });
            long ms = Math.max(50, interval.toMillis());
            timer.scheduleWithFixedDelay(this::pollQuietly, ms, ms, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /**
     * Builds the book (throwing {@link RuleBookException} if it does not build now) and polls the two
     * directories every {@code interval}; a change is rebuilt once it has held still for the interval.
     */
    public static RuleBookWatcher start(Path tables, Path rules, Duration interval, Listener listener) {
        return start(tables, rules, interval, listener, RuleBookCache.defaultDir());
    }

    /**
     * As {@link #start(Path, Path, Duration, Listener)}, with the rule-book cache in {@code cacheDir} (null: compile
     * every version and cache nothing). Through the cache, a version seen before (an edit undone, or one another
     * process compiled) is back in a second or two.
     */
    public static RuleBookWatcher start(Path tables, Path rules, Duration interval, Listener listener, Path cacheDir) {
        return new RuleBookWatcher(tables, rules, interval, listener, true, interval, cacheDir);
    }

    /** A watcher without a thread of its own: the caller decides when to {@link #poll()}. */
    public static RuleBookWatcher manual(Path tables, Path rules, Duration debounce, Listener listener) {
        return manual(tables, rules, debounce, listener, RuleBookCache.defaultDir());
    }

    /** As {@link #manual(Path, Path, Duration, Listener)}, with the cache in {@code cacheDir} (null: no cache). */
    public static RuleBookWatcher manual(Path tables, Path rules, Duration debounce, Listener listener, Path cacheDir) {
        return new RuleBookWatcher(tables, rules, debounce, listener, false, debounce, cacheDir);
    }

    /** The book in use now. Keep the reference for as long as one consistent version is needed. */
    public RuleBook getCurrent() { return current.get(); }

    /** Assesses on the current book; a reload during the call does not affect it. */
    public Report assess(CaseFile caseFile, String caseName) {
        return current.get().assess(caseFile, caseName);
    }

    /** As {@link #assess(CaseFile, String)}, with {@link Engine#assess(CaseFile, String, Consumer)}'s listener. */
    public Report assess(CaseFile caseFile, String caseName, Consumer<String> firedRule) {
        return current.get().engine().assess(caseFile, caseName, firedRule);
    }

    /** Why the last rebuild failed, or null when the book in use is built from the files on disk. */
    public RuleBookException getLastError() { return lastError; }

    /**
     * Looks at the files once; rebuilds when they changed and have held still for the debounce time.
     * Returns true when a new book was swapped in.
     */
    public synchronized boolean poll() {
        Map<String, String> now = fingerprint();
        if (now.equals(built)) {
            pending = null;
            pendingInputs = null;
            return false;
        }
        long t = System.nanoTime();
        if (!now.equals(pending)) {
            pending = now;
            pendingSince = t;
            pendingInputs = Snapshot.read(tables, rules);
        }
        if (t - pendingSince < debounce.toNanos()) return false;
        // A second read, a debounce after the first: only bytes that held still are built (a writer may pause
        // mid-file, or rewrite a file without changing its size or time).
        Snapshot second = Snapshot.read(tables, rules);
        if (!second.digest.equals(pendingInputs.digest)) {
            String changed = second.changedSince(pendingInputs, tables.toString());
            pendingInputs = second;
            pending = fingerprint();
            pendingSince = t;
            fail(new RuleBookException(List.of(TableProblem.error(changed,
                    null, null, "changed between two reads " + debounce.toMillis() + " ms apart; the rule book in use is"
                            + " kept until the files hold still")), List.of()));
            return false;
        }
        built = now;
        pending = null;
        pendingInputs = null;
        Engine next;
        try {
            if (second.error != null) throw second.error;
            next = compiler.apply(second.inputs);
            sanityCheck(next, second.inputs);
        } catch (RuleBookException e) {
            fail(e);
            return false;
        } catch (UncheckedIOException e) {
            fail(new RuleBookException(List.of(TableProblem.error(tables.toString(), null, null,
                    "cannot be read: " + e.getCause().getMessage())), List.of(e.toString())));
            return false;
        }
        lastError = null;
        RuleBook nextBook = new RuleBook(next);
        RuleBook previous = current.getAndSet(nextBook);
        boolean changed = !previous.getVersion().equals(next.version());
        if (changed) {
            LOG.info("rule book {} reloaded", next.version().substring(0, 12));
            listener.reloaded(nextBook);
        }
        return changed;
    }

    private void fail(RuleBookException e) {
        LOG.warn("rule book not reloaded: {}", e.getMessage());
        lastError = e;
        listener.failed(e);
    }

    private static final java.util.regex.Pattern CODE_IN_DRL = java.util.regex.Pattern.compile(
            "FindingBuilder\\.[a-zA-Z]+\\(\\s*kcontext\\s*,\\s*FindingCode\\.([A-Z0-9_]+)");

    /**
     * A book that builds may still be half a book: a rule file caught mid-write at a rule boundary compiles. Every
     * finding of the catalog must still have a rule that reports it (every table is already required by the build).
     */
    static void sanityCheck(Engine book, RuleBookInputs inputs) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (RuleBookInputs.Input in : inputs.rules()) {
            java.util.regex.Matcher m = CODE_IN_DRL.matcher(new String(in.bytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) reported.add(m.group(1));
        }
        List<String> missing = new java.util.ArrayList<>();
        for (org.writguard.findings.FindingCode c : org.writguard.findings.FindingCode.values()) {
            if (!reported.contains(c.name())) missing.add(c.getNumber() + " " + c.name());
        }
        if (!missing.isEmpty()) {
            throw new RuleBookException(List.of(TableProblem.error("rules", null, null, "no rule reports "
                    + String.join(", ", missing) + " (a rule file cut short or half-written?); the rule book in use is"
                    + " kept")), List.of());
        }
    }

    /** The bytes of the rule book's files as read once, with a digest to compare two reads. */
    private static final class Snapshot {
        final RuleBookInputs inputs;
        final RuntimeException error;
        final String digest;
        final Map<String, String> perFile = new TreeMap<>();

        private Snapshot(RuleBookInputs inputs, RuntimeException error) {
            this.inputs = inputs;
            this.error = error;
            if (inputs != null) {
                for (RuleBookInputs.Input in : inputs.tables()) perFile.put(in.name(), sha(in.bytes()));
                for (RuleBookInputs.Input in : inputs.rules()) perFile.put(in.name(), sha(in.bytes()));
                for (String stray : inputs.strayFiles()) perFile.put(stray, "stray");
            }
            this.digest = error != null ? "error: " + error.getMessage() : perFile.toString();
        }

        static Snapshot read(Path tables, Path rules) {
            try {
                return new Snapshot(RuleBookInputs.fromDirectories(tables, rules), null);
            } catch (RuleBookException | UncheckedIOException e) {
                return new Snapshot(null, e);
            }
        }

        /** The files whose bytes differ between {@code before} and this read. */
        String changedSince(Snapshot before, String whole) {
            if (error != null || before.error != null) return whole;
            java.util.Set<String> names = new java.util.TreeSet<>(perFile.keySet());
            names.addAll(before.perFile.keySet());
            names.removeIf(n -> java.util.Objects.equals(perFile.get(n), before.perFile.get(n)));
            return names.isEmpty() ? whole : String.join(", ", names);
        }

        private static String sha(byte[] b) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // A scheduled task that throws is cancelled for good; report and keep watching.
            listener.failed(new RuleBookException(List.of(TableProblem.error("rule book", null, null,
                    "reload failed: " + e)), List.of(e.toString())));
        }
    }

    /** Path to size and modification time of every file under both directories: cheap, and enough to notice an edit. */
    private Map<String, String> fingerprint() {
        Map<String, String> files = new TreeMap<>();
        for (Path dir : List.of(tables, rules)) {
            if (!Files.isDirectory(dir)) {
                files.put(dir.toString(), "missing");
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        files.put(p.toString(), a.size() + "@" + a.lastModifiedTime().toInstant());
                    } catch (IOException e) {
                        files.put(p.toString(), "unreadable");
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                files.put(dir.toString(), "unreadable");
            }
        }
        return files;
    }

    /** Stops watching; the current book stays usable. */
    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
