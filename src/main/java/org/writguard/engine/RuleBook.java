package org.writguard.engine;

import org.kie.api.KieBase;
import org.kie.api.event.KieRuntimeEventManager;
import org.kie.api.runtime.KieContainer;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Source;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.EngineAccess;
import org.writguard.internal.engine.RuleBookCache;
import org.writguard.internal.engine.RuleBookInputs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A compiled rule book: writguard's decision tables and DRL rules (plus any rules of your own) built into one KIE
 * base, loaded once and shared by every thread. {@link #assess} is thread-safe; each call runs in a session of its
 * own and never changes the case it is given.
 *
 * <p>Loading goes through a cache of precompiled rule books by default (see {@link Loader#cacheDir}): the first
 * load of a given set of tables compiles them (about 20 seconds) and stores the result; every later load of the
 * same tables, in this process or another, takes a second or two.
 *
 * <pre>
 * RuleBook book = RuleBook.fromClasspath();                       // the rule book inside the writguard jar
 * Report report = book.assess(CaseFiles.read(Path.of("case.yaml")));
 * </pre>
 *
 * See docs/embedding.md for sessions with your own listeners, your own rules, hot reload and packaged kjars.
 */
public final class RuleBook {
    /** Engine version reported in every report. */
    public static final String ENGINE_VERSION = Engine.ENGINE_VERSION;

    static {
        EngineAccess.install(b -> b.engine, RuleBook::new);
    }

    private final Engine engine;

    RuleBook(Engine engine) {
        this.engine = engine;
    }

    /** Loads the tables and rules of two directories, through the default cache. */
    public static RuleBook load(Path tablesDir, Path rulesDir) {
        return loader().tables(tablesDir).rules(rulesDir).load();
    }

    /** Loads the rule book packaged inside the writguard jar, through the default cache. */
    public static RuleBook fromClasspath() {
        return loader().load();
    }

    /** Options for loading: where the tables are, rules of your own, the cache. */
    public static Loader loader() {
        return new Loader();
    }

    /**
     * A rule book from a kjar made by {@code writguard tables package} and loaded by KIE itself, e.g.
     * {@code KieServices.get().newKieContainer(releaseId)} with the kjar on the class path. Gives the same
     * findings as the tables it was packaged from.
     *
     * @throws RuleBookException if the container holds no writguard rule book
     */
    public static RuleBook fromKieContainer(KieContainer container) {
        return new RuleBook(org.writguard.internal.engine.RuleBookPackage.open(container));
    }

    /** Assesses one case. Thread-safe; the case is validated (one-line messages, {@link org.writguard.cases.CaseInputException}) and never modified. */
    public Report assess(CaseFile caseFile) {
        return engine.assess(caseFile, "case");
    }

    /** As {@link #assess(CaseFile)}, naming the case in input-error messages and in the report. */
    public Report assess(CaseFile caseFile, String caseName) {
        return engine.assess(caseFile, caseName);
    }

    /**
     * A KIE session for one case that has not fired anything yet: add your own listeners (agenda, rule runtime),
     * set your globals and insert facts of your own through {@link RuleBookSession#getKieSession()}, then
     * {@link RuleBookSession#fire()}. Every decision-table row that answers fires in that session, so an
     * {@link org.kie.api.event.rule.AgendaEventListener} sees each one. Listeners given here are attached first.
     * Not thread-safe: one session per thread, closed after use.
     */
    public RuleBookSession openSession(CaseFile caseFile, java.util.EventListener... listeners) {
        return new RuleBookSession(engine, caseFile, "case", List.of(listeners));
    }

    /** SHA-256 of the tables and rules this book was built from (reported as {@code rule_book_version}). */
    public String getVersion() { return engine.version(); }

    /** Where a rule came from (a table row or a DRL file), if the rule is this book's. */
    public Optional<Source> getSource(String ruleName) { return Optional.ofNullable(engine.source(ruleName)); }

    /** Every rule's name, table rows and DRL rules alike. */
    public List<String> getRuleNames() { return engine.ruleNames(); }

    /** Warnings found while loading (blank or hidden rows); errors throw {@link RuleBookException} instead. */
    public List<TableProblem> getWarnings() { return engine.warnings(); }

    /**
     * The compiled KIE base. A session of your own on it fires nothing by itself (writguard's rules are in agenda
     * groups driven by {@link #assess}); use {@link #openSession} to drive one.
     */
    public KieBase getKieBase() { return engine.kieBase(); }

    Engine engine() { return engine; }

    @Override
    public String toString() { return "RuleBook " + engine.version(); }

    /** How to load a rule book. Every method returns this loader; {@link #load()} builds. */
    public static final class Loader {
        private Path tables;
        private Path rules;
        private Path cacheDir;
        private boolean noCache;
        private final List<Path> customDirs = new ArrayList<>();
        private final List<String> customResources = new ArrayList<>();
        private ClassLoader classLoader;

        private Loader() { }

        /** The decision-tables directory (with {@link #rules}); without both, the rule book inside the jar. */
        public Loader tables(Path dir) { this.tables = dir; return this; }

        /** The DRL rules directory (with {@link #tables}). */
        public Loader rules(Path dir) { this.rules = dir; return this; }

        /**
         * Your own DRL: every {@code *.drl} under {@code dir}. Each file declares
         * {@code package org.writguard.custom;} and each rule {@code agenda-group "custom"} ({@link Phases#CUSTOM});
         * they are part of the rule book's version.
         */
        public Loader customRules(Path dir) { customDirs.add(dir); return this; }

        /** Your own DRL files, by class-path resource name (e.g. {@code "rules/my-alerts.drl"}). */
        public Loader customRulesFromClasspath(ClassLoader loader, String... resources) {
            this.classLoader = loader;
            customResources.addAll(List.of(resources));
            return this;
        }

        /**
         * Where precompiled rule books are kept. Default: the system property {@code writguard.cache.dir}, else
         * the environment variable {@code WRITGUARD_CACHE_DIR}, else {@code ~/.cache/writguard/rulebooks}. Safe
         * to share between processes; entries are keyed by the SHA-256 of every input and of the writguard build.
         */
        public Loader cacheDir(Path dir) { this.cacheDir = dir; return this; }

        /** Compile now and keep nothing (slower every time; for tests of the tables themselves). */
        public Loader noCache() { this.noCache = true; return this; }

        /**
         * Loads. Every failure (a missing directory, a bad cell, a rule that does not compile) is a
         * {@link RuleBookException} naming the file and, for tables, the sheet and cell.
         */
        public RuleBook load() {
            if ((tables == null) != (rules == null)) {
                throw new RuleBookException(List.of(TableProblem.error(tables == null ? "tables" : "rules", null, null,
                        "give both the tables and the rules directory, or neither (the rule book inside the jar)")),
                        List.of());
            }
            RuleBookInputs inputs = tables == null ? RuleBookInputs.fromClasspath()
                    : RuleBookInputs.fromDirectories(tables, rules);
            for (Path d : customDirs) inputs = inputs.withCustomRules(d);
            if (!customResources.isEmpty()) {
                ClassLoader cl = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
                inputs = inputs.withCustomRulesFromClasspath(cl, customResources);
            }
            Engine engine = noCache ? Engine.build(inputs)
                    : new RuleBookCache(cacheDir != null ? cacheDir : RuleBookCache.defaultDir()).loadOrCompile(inputs);
            return new RuleBook(engine);
        }
    }
}
