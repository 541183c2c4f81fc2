package org.writguard.engine;

import org.writguard.facts.CaseFile;
import org.writguard.tables.TableProblem;

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
 * version from start to end, and its {@link Report#ruleBookVersion()} says which. A rebuild that fails
 * keeps the old book and tells the listener what is wrong, cell by cell.
 *
 * <p>Polling, not file-system events: it works the same on every file system (network shares, Docker
 * volumes), and a change must hold still for the debounce time before a rebuild, so a workbook still
 * being saved is not read half-written.
 *
 * <pre>
 * RuleBookWatcher rules = RuleBookWatcher.start(Path.of("decision-tables"), Path.of("rules"),
 *         Duration.ofSeconds(2), new RuleBookWatcher.Listener() {
 *             public void reloaded(RuleBook book) { log.info("rule book {}", book.version()); }
 *             public void failed(RuleBookException e) { e.problems().forEach(p -> log.warn("{}", p)); }
 *         });
 * Report report = rules.assess(caseFile, "case-17.yaml");   // always one version
 * rules.close();
 * </pre>
 */
public final class RuleBookWatcher implements AutoCloseable {
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
    private final ScheduledExecutorService timer;
    private volatile RuleBookException lastError;
    private Map<String, String> built;
    private Map<String, String> pending;
    private long pendingSince;

    private RuleBookWatcher(Path tables, Path rules, Duration debounce, Listener listener, boolean background,
                            Duration interval) {
        this.tables = tables;
        this.rules = rules;
        this.debounce = debounce;
        this.listener = listener == null ? new Listener() { } : listener;
        this.built = fingerprint();
        current.set(RuleBook.load(tables, rules));
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
        return new RuleBookWatcher(tables, rules, interval, listener, true, interval);
    }

    /** A watcher without a thread of its own: the caller decides when to {@link #poll()}. */
    public static RuleBookWatcher manual(Path tables, Path rules, Duration debounce, Listener listener) {
        return new RuleBookWatcher(tables, rules, debounce, listener, false, debounce);
    }

    /** The book in use now. Keep the reference for as long as one consistent version is needed. */
    public RuleBook current() { return current.get(); }

    /** Assesses on the current book; a reload during the call does not affect it. */
    public Report assess(CaseFile caseFile, String caseName) {
        return current.get().assess(caseFile, caseName);
    }

    /** As {@link #assess(CaseFile, String)}, with {@link RuleBook#assess(CaseFile, String, Consumer)}'s listener. */
    public Report assess(CaseFile caseFile, String caseName, Consumer<String> firedRule) {
        return current.get().assess(caseFile, caseName, firedRule);
    }

    /** Why the last rebuild failed, or null when the book in use is built from the files on disk. */
    public RuleBookException lastError() { return lastError; }

    /**
     * Looks at the files once; rebuilds when they changed and have held still for the debounce time.
     * Returns true when a new book was swapped in.
     */
    public synchronized boolean poll() {
        Map<String, String> now = fingerprint();
        if (now.equals(built)) {
            pending = null;
            return false;
        }
        long t = System.nanoTime();
        if (!now.equals(pending)) {
            pending = now;
            pendingSince = t;
        }
        if (t - pendingSince < debounce.toNanos()) return false;
        built = now;
        pending = null;
        RuleBook next;
        try {
            next = RuleBook.load(tables, rules);
        } catch (RuleBookException e) {
            lastError = e;
            listener.failed(e);
            return false;
        } catch (UncheckedIOException e) {
            RuleBookException wrapped = new RuleBookException(List.of(TableProblem.error(tables.toString(), null, null,
                    "cannot be read: " + e.getCause().getMessage())), List.of(e.toString()));
            lastError = wrapped;
            listener.failed(wrapped);
            return false;
        }
        lastError = null;
        RuleBook previous = current.getAndSet(next);
        if (!previous.version().equals(next.version())) listener.reloaded(next);
        return !previous.version().equals(next.version());
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
