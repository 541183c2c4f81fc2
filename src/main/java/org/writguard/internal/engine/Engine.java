package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Finding;
import org.writguard.findings.Source;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableCompiler;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableSchemas;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled rule book: the decision tables and DRL rules built once into a KIE base, then used by any
 * number of threads. {@link #assess} is thread-safe; each call runs in its own session.
 *
 * <pre>
 * Engine book = Engine.load(Path.of("decision-tables"), Path.of("rules"));
 * Report report = book.assess(CaseReader.read(Path.of("examples/scenario-2.yaml")));
 * </pre>
 */
public final class Engine {
    /** Engine version reported in every report. */
    public static final String ENGINE_VERSION = "1.0.0";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final KieBase kieBase;
    private final List<Topic> topics;
    private final Map<String, Source> sources;
    private final Map<String, LoadedTable> tablesByName;
    private final List<String> ruleNames;
    private final String version;
    private final List<TableProblem> warnings;

    private final Map<Class<?>, org.writguard.internal.tables.TableIndex> indexes;
    private final org.writguard.internal.citations.AuthorityBook authorityBook;

    private Engine(KieBase kieBase, List<Topic> topics, Map<String, Source> sources,
                     Map<String, LoadedTable> tablesByName, String version, List<TableProblem> warnings,
                     Map<Class<?>, org.writguard.internal.tables.TableIndex> indexes) {
        this.indexes = Map.copyOf(indexes);
        this.kieBase = kieBase;
        this.topics = List.copyOf(topics);
        this.sources = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(sources));  // one probe per lookup, hashed keys
        this.tablesByName = Map.copyOf(tablesByName);
        this.ruleNames = List.copyOf(sources.keySet());
        this.version = version;
        this.warnings = List.copyOf(warnings);
        this.authorityBook = org.writguard.internal.citations.AuthorityBook.of(
                tablesByName.get(org.writguard.internal.citations.AuthorityBook.TABLE));
    }

    /** Builds the rule book from a tables directory and a rules directory. */
    public static Engine load(Path tablesDir, Path rulesDir) {
        return build(RuleBookInputs.fromDirectories(tablesDir, rulesDir));
    }

    /** Builds the rule book shipped inside the jar. */
    public static Engine fromClasspath() {
        return build(RuleBookInputs.fromClasspath());
    }

    /** Builds from inputs; throws {@link RuleBookException} naming every bad cell or rule. */
    public static Engine build(RuleBookInputs inputs) {
        return build(inputs, Modules.schemaSet(), false, null);
    }

    /** As {@link #build(RuleBookInputs)}, against a given set of table layouts (tests of the build itself). */
    public static Engine build(RuleBookInputs inputs, TableSchemas schemas) {
        return build(inputs, schemas, false, null);
    }

    /**
     * Builds the rule book. With {@code executable}, Drools' executable model is used (slower to build,
     * much faster to load) and the compiled kjar's bytes are handed to {@code kjarSink} for caching.
     */
    public static Engine build(RuleBookInputs inputs, TableSchemas schemas, boolean executable,
                          java.util.function.Consumer<byte[]> kjarSink) {
        return build(inputs, schemas, executable, kjarSink, null);
    }

    /** As above, the kjar carrying {@code releaseId} (a packaged rule book) rather than a throwaway one. */
    public static Engine build(RuleBookInputs inputs, TableSchemas schemas, boolean executable,
                          java.util.function.Consumer<byte[]> kjarSink, ReleaseId releaseId) {
        return build(inputs, schemas, executable, kjarSink, releaseId, null);
    }

    /**
     * As above, unchanged workbooks' validated rows taken from {@code rowCache} (null: every workbook read with POI);
     * the results, warnings and errors are the same either way.
     */
    static Engine build(RuleBookInputs inputs, TableSchemas schemas, boolean executable,
                          java.util.function.Consumer<byte[]> kjarSink, ReleaseId releaseId, TableRowCache rowCache) {
        List<TableProblem> problems = new ArrayList<>();
        Map<String, LoadedTable> tables = prepare(inputs, schemas, rowCache, problems);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> fileByPath = new LinkedHashMap<>();
        Map<String, String> drlByPath = new LinkedHashMap<>();
        Map<String, TableRow> tableRowsByRule = new LinkedHashMap<>();
        Map<String, LoadedTable> tableByRule = new LinkedHashMap<>();
        int n = 0;
        for (LoadedTable t : tables.values()) {
            if (t.schema().referenceData()) continue;
            TableCompiler.Compiled c = TableCompiler.compile(t);
            String path = "src/main/resources/" + t.schema().packageName().replace('.', '/') + "/table" + (n++) + ".drl";
            kfs.write(path, c.drl());
            fileByPath.put(path, t.file());
            drlByPath.put(path, c.drl());
            c.rowsByRule().forEach((rule, row) -> {
                tableRowsByRule.put(rule, row);
                tableByRule.put(rule, t);
            });
        }
        for (RuleBookInputs.Input in : inputs.rules()) {
            String text = new String(in.bytes(), StandardCharsets.UTF_8);
            String path = "src/main/resources/writguard/rules/drl" + (n++) + ".drl";
            kfs.write(path, text);
            fileByPath.put(path, in.name());
            drlByPath.put(path, text);
        }
        String version = hash(inputs);
        ReleaseId rid = releaseId != null ? releaseId : ks.newReleaseId("org.writguard", "rulebook",
                "1.0." + BUILDS.incrementAndGet() + "-" + version.substring(0, 12));
        kfs.generateAndWritePomXML(rid);
        KieBuilder builder;
        try {
            builder = executable
                    ? ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class)
                    : ks.newKieBuilder(kfs).buildAll();
        } catch (RuntimeException e) {
            // Some compiler failures escape as exceptions instead of messages; still one line, raw under --verbose.
            problems.add(TableProblem.error("rule book", null, null, "does not compile: " + BuildMessages.plain(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            throw new RuleBookException(problems, List.of(e.toString()));
        }
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        if (!messages.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (Message msg : messages) raw.add(msg.toString());
            problems.addAll(BuildMessages.translate(messages, fileByPath, drlByPath, tableByRule, tableRowsByRule));
            throw new RuleBookException(dedupe(problems), raw);
        }
        if (kjarSink != null) {
            kjarSink.accept(((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes());
        }
        KieContainer container = ks.newKieContainer(rid);
        KieBase base = container.getKieBase();
        ks.getRepository().removeKieModule(rid);
        return assemble(base, tables, inputs, version, problems);
    }

    /**
     * Reads and validates every workbook and runs the checks across tables (duplicates, hit policies, missing tables,
     * citation ids); throws {@link RuleBookException} with every problem when any is an error. Both the full build and
     * the incremental one ({@link IncrementalBuild}) start here, so their errors are the same.
     */
    static Map<String, LoadedTable> prepare(RuleBookInputs inputs, TableSchemas schemas, TableRowCache rowCache,
                                            List<TableProblem> problems) {
        Map<String, LoadedTable> tables = readTables(inputs, schemas, problems, rowCache);
        // Findings cite authorities by id (issue 19 item 3): an unknown id in a table or rule stops the load.
        org.writguard.internal.citations.CitationCheck.check(tables, inputs, problems);
        if (problems.stream().anyMatch(TableProblem::isError)) throw new RuleBookException(problems, List.of());
        return tables;
    }

    /** Reads and validates every workbook; throws when any has an error. */
    static Map<String, LoadedTable> readTables(RuleBookInputs inputs, TableSchemas schemas, List<TableProblem> problems) {
        return readTables(inputs, schemas, problems, null);
    }

    /** As above; a workbook whose bytes {@code rowCache} has seen is not read again (its warnings are). */
    static Map<String, LoadedTable> readTables(RuleBookInputs inputs, TableSchemas schemas, List<TableProblem> problems,
                                               TableRowCache rowCache) {
        TableReader reader = new TableReader(schemas);
        for (String stray : inputs.strayFiles()) {
            problems.add(TableProblem.error(stray, null, null, stray.endsWith(".xlsx") || stray.endsWith(".xls")
                    ? "is not compiled: decision tables must be named *.drl.xlsx"
                    : "is not a decision table (*.drl.xlsx) or a rule file (*.drl); move it out of the rule book"));
        }
        Map<String, LoadedTable> tables = new LinkedHashMap<>();
        for (RuleBookInputs.Input in : inputs.tables()) {
            java.util.Optional<LoadedTable> cached = rowCache == null ? java.util.Optional.empty() : rowCache.get(in.name(), in.bytes());
            TableReader.Result r;
            if (cached.isPresent()) {
                // A workbook that read without error: its problems were exactly its warnings.
                r = new TableReader.Result(cached, cached.get().warnings());
            } else {
                r = reader.read(in.bytes(), in.name());
                if (rowCache != null && r.ok()) rowCache.put(in.name(), in.bytes(), r.table().get());
            }
            problems.addAll(r.problems());
            r.table().ifPresent(t -> {
                LoadedTable prev = tables.putIfAbsent(t.schema().name(), t);
                if (prev != null) {
                    problems.add(TableProblem.error(t.file(), t.schema().sheet(), "A" + (TableSchema.RULETABLE_ROW + 1),
                            "the " + t.schema().name() + " table is also defined in " + prev.file()
                                    + "; keep one"));
                }
            });
        }
        // The hit policy is enforced at every build, not only by tables check: which row answers must never
        // depend on row order by accident.
        for (LoadedTable t : tables.values()) {
            org.writguard.internal.tables.HitPolicy policy = t.schema().hitPolicy();
            if (policy != org.writguard.internal.tables.HitPolicy.UNIQUE && policy != org.writguard.internal.tables.HitPolicy.PRIORITY) continue;
            org.writguard.internal.tables.TableLint.overlaps(t).stream().filter(TableProblem::isError).forEach(problems::add);
        }
        for (TableSchema s : schemas.all()) {
            boolean missing = tables.values().stream().noneMatch(t -> t.schema() == s);
            boolean failed = problems.stream().anyMatch(TableProblem::isError);
            if (missing && !failed) {
                problems.add(TableProblem.error("decision-tables", null, null, "no workbook holds the "
                        + s.name() + " table (RuleTable " + s.name() + " on sheet " + s.sheet() + ")"));
            }
        }
        if (problems.stream().anyMatch(TableProblem::isError)) {
            throw new RuleBookException(problems, List.of());
        }
        return tables;
    }

    /** Puts a compiled KIE base together with its tables: row provenance, indexes and the topics. */
    public static Engine assemble(KieBase base, Map<String, LoadedTable> tables, RuleBookInputs inputs, String version,
                             List<TableProblem> warnings) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<Class<?>, org.writguard.internal.tables.TableIndex> indexes = new LinkedHashMap<>();
        for (LoadedTable t : tables.values()) {
            if (t.schema().referenceData()) indexes.put(t.schema().lookupClass(), new org.writguard.internal.tables.TableIndex(t));
            for (TableRow row : t.rows()) {
                String rule = t.schema().name() + "_" + row.sheetRow();
                sources.put(rule, new Source(t.file(), t.schema().sheet(), row.sheetRow(), rule, row.rowId(),
                        t.schema().hitPolicy().name()));
            }
        }
        for (RuleBookInputs.Input in : inputs.rules()) {
            Matcher m = DRL_RULE.matcher(new String(in.bytes(), StandardCharsets.UTF_8));
            while (m.find()) sources.putIfAbsent(m.group(1), Source.drl(in.name(), m.group(1)));
        }
        checkCustomRules(base, inputs);
        return new Engine(base, Modules.topics(), sources, tables, version, warnings, indexes);
    }

    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    /**
     * An embedder's own DRL must live in {@link org.writguard.engine.Phases#CUSTOM_PACKAGE} and give each rule
     * {@code agenda-group "custom"}: a rule outside it would fire in the middle of the tables' rounds (MAIN is
     * always on the agenda), or be mistaken for one of writguard's own.
     */
    static void checkCustomRules(KieBase base, RuleBookInputs inputs) {
        List<TableProblem> problems = new ArrayList<>();
        for (RuleBookInputs.Input in : inputs.customRules()) {
            String text = new String(in.bytes(), StandardCharsets.UTF_8);
            Matcher pm = DRL_PACKAGE.matcher(text);
            String pkg = pm.find() ? pm.group(1) : "";
            if (!org.writguard.engine.Phases.CUSTOM_PACKAGE.equals(pkg)) {
                problems.add(TableProblem.error(in.name(), null, null, "declares package \"" + pkg + "\"; your own rules"
                        + " must declare package " + org.writguard.engine.Phases.CUSTOM_PACKAGE + "; (docs/embedding.md)"));
                continue;
            }
            Matcher m = DRL_RULE.matcher(text);
            while (m.find()) {
                org.kie.api.definition.rule.Rule rule = base.getRule(pkg, m.group(1));
                if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl
                        && !org.writguard.engine.Phases.CUSTOM.equals(impl.getAgendaGroup())) {
                    problems.add(TableProblem.error(in.name(), null, null, "rule \"" + m.group(1) + "\" is in agenda group \""
                            + impl.getAgendaGroup() + "\"; your own rules must say agenda-group \""
                            + org.writguard.engine.Phases.CUSTOM + "\" so they fire after every finding (docs/embedding.md)"));
                }
            }
        }
        if (!problems.isEmpty()) throw new RuleBookException(problems, List.of());
    }

    private static List<TableProblem> dedupe(List<TableProblem> problems) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(problems));
    }

    /** SHA-256 over every input's name and bytes, in name order: the rule book's version. */
    public static String hash(RuleBookInputs inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<RuleBookInputs.Input> all = new ArrayList<>(inputs.tables());
            all.addAll(inputs.rules());
            all.sort(Comparator.comparing(RuleBookInputs.Input::name));
            for (RuleBookInputs.Input in : all) {
                md.update(in.name().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(MessageDigest.getInstance("SHA-256").digest(in.bytes()));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Assesses one case. Thread-safe. Input errors found while resolving (an unknown agency) are thrown. */
    public Report assess(CaseFile caseFile) {
        return assess(caseFile, "case");
    }

    /** As {@link #assess(CaseFile)}, naming the case file in input-error messages. */
    public Report assess(CaseFile caseFile, String caseName) {
        return assess(caseFile, caseName, null);
    }

    /**
     * As {@link #assess(CaseFile, String)}, telling {@code firedRule} the name of every rule that fires (table
     * rows and DRL rules alike; {@link #source} says where each came from), e.g. for coverage.
     */
    public Report assess(CaseFile caseFile, String caseName, Consumer<String> firedRule) {
        return assessOwned(ownCopy(caseFile, caseName), caseName, firedRule);
    }

    /**
     * As {@link #assess(CaseFile, String)} for a case that {@code CaseReader} has just read, linked and validated for
     * this one call and that nobody else holds (assess-batch's lines): the engine works on it directly instead of on
     * a validated copy (the copy costs about as much as the rules). The answers are the same either way
     * ({@code SessionReuseTest} replays every fixture both ways).
     */
    public Report assessOwned(CaseFile caseFile, String caseName) {
        return assessOwned(caseFile, caseName, null);
    }

    /**
     * As {@link #assessOwned(CaseFile, String)}; {@code withReading} false leaves out the report's reading (questions,
     * chronology, why no remedy: {@link Report#getReading()} is empty), for callers that write only the findings
     * (assess-batch's lean record). The findings are the same either way.
     */
    public Report assessOwned(CaseFile caseFile, String caseName, boolean withReading) {
        return assessOwned(caseFile, caseName, null, withReading);
    }

    private Report assessOwned(CaseFile caseFile, String caseName, Consumer<String> firedRule) {
        return assessOwned(caseFile, caseName, firedRule, true);
    }

    private Report assessOwned(CaseFile caseFile, String caseName, Consumer<String> firedRule, boolean withReading) {
        if (caseFile == null) return assess(null, caseName, firedRule);
        if (caseFile.getDateUncertainty() != null) {
            // Dates known only in part (DOMAIN.md 13.5): every admissible reading, merged.
            Report merged = UncertainAssessment.assess(this::assessExact, caseFile, caseName, firedRule);
            return withReading ? reading().read(merged, caseFile, null, firedRule) : merged;
        }
        return assessExact(caseFile, caseName, firedRule, withReading);
    }

    private volatile org.writguard.internal.reading.ReadingBuilder reading;

    /** The readable parts of reports (issue 19 item 8): the question table and the law tables' date, once per rule book. */
    public org.writguard.internal.reading.ReadingBuilder reading() {
        org.writguard.internal.reading.ReadingBuilder r = reading;
        if (r == null) {
            r = new org.writguard.internal.reading.ReadingBuilder(tablesByName, List.of(ParametersTopic.SCHEMA,
                    org.writguard.internal.topics.roster.RosterTable.SCHEMA));
            reading = r;
        }
        return r;
    }

    /** A report of a session, with its reading (the derived facts are the session's). */
    public Report report(KieSession session, CaseFile caseFile, String caseName, Consumer<String> firedRule) {
        return report(session, caseFile, caseName, firedRule, notes(session));
    }

    private Report report(KieSession session, CaseFile caseFile, String caseName, Consumer<String> firedRule, CaseNotes notes) {
        Report r = findings(session, caseFile, caseName, notes, matter(session));
        return reading().read(r, caseFile, session.getObjects(
                new org.kie.api.runtime.ClassObjectFilter(org.writguard.internal.topics.remedies.ApplicationRemedy.class)),
                firedRule);
    }

    /** A report of a session's findings and notes, without its reading. */
    private Report findings(KieSession session, CaseFile caseFile, String caseName, CaseNotes notes,
                            org.writguard.engine.MatterJurisdiction matter) {
        return new Report(caseFile.getAsOf(), collect(session, notes, matter), ENGINE_VERSION, version, caseName,
                notes.timeCritical(), notes.deadlines(), notes.habeas()).withJurisdiction(matter);
    }

    /**
     * The engine's own copy of a case: validated and linked like a case file (a case built in code gets the same
     * one-line, field-path messages as one read from YAML), so nothing the engine derives is written into the
     * caller's facts. A case with dates known only in part is the reader's; each of its readings is already a
     * fresh, validated copy (DOMAIN.md 13.5).
     */
    public static CaseFile ownCopy(CaseFile caseFile, String caseName) {
        String name = caseName == null ? "case" : caseName;
        if (caseFile != null && caseFile.getDateUncertainty() != null) return caseFile;
        return org.writguard.internal.cases.CaseReader.checkedCopy(caseFile, name);
    }

    private Report assessExact(CaseFile caseFile, String caseName, Consumer<String> firedRule) {
        return assessExact(caseFile, caseName, firedRule, false);
    }

    private Report assessExact(CaseFile caseFile, String caseName, Consumer<String> firedRule, boolean read) {
        KieSession session = borrowSession();
        List<org.kie.api.event.rule.AgendaEventListener> listeners = new ArrayList<>(2);
        if (firedRule != null) {
            listeners.add(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firedRule.accept(event.getMatch().getRule().getName());
                }
            });
        }
        if (Deadline.active()) {
            // Over budget: stop firing at the next rule; the checks after each firing then abandon the case.
            listeners.add(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                    if (Deadline.passed()) session.halt();
                }
            });
        }
        for (var l : listeners) session.addEventListener(l);
        boolean clean = false;
        try {
            AssessmentContext ctx = new AssessmentContext(caseFile, caseName, session, this);
            if (firedRule != null) ctx.onAnswered(firedRule);
            runTopics(ctx);
            FactInserter.insertCase(ctx);
            firePhases(session);
            // The one CaseNotes runTopics inserted (no rule inserts another): no scan of the session for it.
            CaseNotes notes = ctx.shared(CaseNotes.class);
            // Facts no rule can match were kept in ctx, not in the session (AssessmentContext#insert): read from ctx.
            Report report = findings(session, caseFile, caseName, notes, matter(ctx));
            if (read) {
                report = reading().read(report, caseFile,
                        ctx.factsOf(org.writguard.internal.topics.remedies.ApplicationRemedy.class), firedRule);
            }
            clean = true;
            return report;
        } finally {
            for (var l : listeners) session.removeEventListener(l);
            returnSession(session, clean);
        }
    }

    /** Idle KIE sessions, reset and ready for the next case (session reuse, issue 17). */
    private final java.util.concurrent.ConcurrentLinkedQueue<KieSession> idleSessions = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger idleCount = new java.util.concurrent.atomic.AtomicInteger();
    /** At most this many idle sessions are kept (one per thread that assessed at once, in practice). */
    static final int IDLE_SESSION_LIMIT = 64;
    /** Whether {@link #assess} reuses KIE sessions; on unless {@code -Dwritguard.session.reuse=false}. */
    private volatile boolean reuseSessions = !"false".equals(System.getProperty("writguard.session.reuse"));

    /**
     * Turns session reuse on or off for this rule book (the comparison test and the bench); on by default. With it
     * on, a session that ran a case to its end is reset (every fact, activation and agenda focus cleared) and kept
     * for the next case instead of a new one being made; a session whose case failed or was halted is disposed.
     */
    public Engine reuseSessions(boolean on) {
        this.reuseSessions = on;
        if (!on) {
            for (KieSession s; (s = idleSessions.poll()) != null; ) {
                idleCount.decrementAndGet();
                s.dispose();
            }
        }
        return this;
    }

    /** Sessions kept for reuse right now (tests). */
    int idleSessionCount() { return idleCount.get(); }

    private KieSession borrowSession() {
        if (reuseSessions) {
            KieSession s = idleSessions.poll();
            if (s != null) {
                idleCount.decrementAndGet();
                return s;
            }
        }
        return kieBase.newKieSession();
    }

    private void returnSession(KieSession session, boolean clean) {
        if (clean && reuseSessions && session instanceof org.drools.kiesession.session.StatefulKnowledgeSessionImpl impl
                && session.getKieBase() == kieBase) {
            if (idleCount.incrementAndGet() <= IDLE_SESSION_LIMIT) {
                try {
                    impl.reset();
                    idleSessions.offer(session);
                    return;
                } catch (RuntimeException e) {
                    // A session that cannot be reset is simply not reused.
                }
            }
            idleCount.decrementAndGet();
        }
        session.dispose();
    }

    /**
     * What one assessment did, for {@code writguard explain}: the report, every question put to the tables
     * (with the rows that answered), the rules that fired, and the facts the topics derived.
     */
    public record Trace(Report report, List<org.writguard.internal.tables.TableLookup> asked, java.util.Set<String> fired,
                        List<Object> facts) { }

    /** Assesses one case and keeps its trace. */
    public Trace trace(CaseFile caseFile, String caseName) {
        caseFile = ownCopy(caseFile, caseName);
        java.util.Set<String> fired = new java.util.LinkedHashSet<>();
        KieSession session = kieBase.newKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        try {
            AssessmentContext ctx = new AssessmentContext(caseFile, caseName, session, this);
            ctx.onAnswered(fired::add);
            ctx.asked = new ArrayList<>();
            ctx.insertAll();
            runTopics(ctx);
            FactInserter.insertCase(ctx);
            fireFindingPhases(session);
            Report report = report(session, caseFile, caseName, null);
            List<Object> facts = new ArrayList<>(session.getObjects(o -> !(o instanceof Finding)
                    && !(o instanceof org.writguard.internal.tables.TableLookup)));
            return new Trace(report, ctx.asked, fired, facts);
        } finally {
            session.dispose();
        }
    }

    public void runTopics(AssessmentContext ctx) {
        CaseNotes notes = new CaseNotes();
        ctx.share(CaseNotes.class, notes);
        ctx.insert(notes);
        int i = 0;
        while (i < topics.size()) {
            int round = topics.get(i).round();
            int j = i;
            while (j < topics.size() && topics.get(j).round() == round) {
                Deadline.check();
                topics.get(j++).plan(ctx);
            }
            ctx.fireTables();
            Deadline.check();
            for (int k = i; k < j; k++) {
                Deadline.check();
                topics.get(k).resolve(ctx);
            }
            i = j;
        }
    }

    /**
     * The finding phases to run: the first, then those that hold at least one rule of this book (an embedder's
     * "custom" phase is usually empty). Each phase's fireAllRules drains its group and then MAIN, so after the first
     * a phase without rules would fire nothing: leaving it out changes no answer (issue 17: one agenda round less per
     * case and per reading).
     */
    private volatile List<String> phases;

    private List<String> phases() {
        List<String> p = phases;
        if (p == null) {
            java.util.Set<String> groups = new java.util.HashSet<>();
            for (org.kie.api.definition.KiePackage pkg : kieBase.getKiePackages()) {
                for (org.kie.api.definition.rule.Rule rule : pkg.getRules()) {
                    if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl) groups.add(impl.getAgendaGroup());
                    else return Phases.ORDER;  // not a rule we can read the group of: keep every phase
                }
            }
            // The first phase always runs: it also fires what MAIN holds after the topics (before any other phase).
            List<String> kept = new ArrayList<>(List.of(Phases.ORDER.get(0)));
            for (String g : Phases.ORDER.subList(1, Phases.ORDER.size())) if (groups.contains(g)) kept.add(g);
            p = List.copyOf(kept);
            phases = p;
        }
        return p;
    }

    private void firePhases(KieSession session) {
        for (String group : phases()) {
            session.getAgenda().getAgendaGroup(group).setFocus();
            session.fireAllRules();
            Deadline.check();
        }
    }

    public static void fireFindingPhases(KieSession session) {
        for (String group : Phases.ORDER) {
            if (session.getAgenda().getAgendaGroup(group) != null) {
                session.getAgenda().getAgendaGroup(group).setFocus();
                session.fireAllRules();
                Deadline.check();
            }
        }
    }

    public static CaseNotes notes(KieSession session) {
        for (Object o : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(CaseNotes.class))) return (CaseNotes) o;
        return new CaseNotes();
    }

    private static final org.kie.api.runtime.ClassObjectFilter MATTER =
            new org.kie.api.runtime.ClassObjectFilter(org.writguard.engine.MatterJurisdiction.class);

    /** Where the matter of a session sits (the circuit topic's answer), for labelling authorities. */
    public static org.writguard.engine.MatterJurisdiction matter(KieSession session) {
        for (Object o : session.getObjects(MATTER)) {
            return (org.writguard.engine.MatterJurisdiction) o;
        }
        return org.writguard.engine.MatterJurisdiction.UNKNOWN;
    }

    private static org.writguard.engine.MatterJurisdiction matter(AssessmentContext ctx) {
        org.writguard.engine.MatterJurisdiction m = ctx.firstOf(org.writguard.engine.MatterJurisdiction.class);
        return m != null ? m : org.writguard.engine.MatterJurisdiction.UNKNOWN;
    }

    /**
     * Whether some rule of this book can match a fact of this class: a pattern on the class or a supertype, i.e. an
     * object-type node of the default entry point that accepts it (Drools' own test when it propagates an insert).
     * Asked of the KIE base once per class; a base that is not Drools' own answers yes for every class.
     */
    boolean matchable(Class<?> type) {
        return allFacts || matchable.get(type);
    }

    /** {@code -Dwritguard.session.allFacts=true}: every fact into the session, as before round 3 (for comparison). */
    private volatile boolean allFacts = Boolean.getBoolean("writguard.session.allFacts");

    /** Every fact into the session (the path before issue 17's third round), or only those a rule can match (tests). */
    Engine insertAllFacts(boolean on) {
        this.allFacts = on;
        return this;
    }

    private final ClassValue<Boolean> matchable = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (!(kieBase instanceof org.drools.core.impl.InternalRuleBase rb)) return Boolean.TRUE;
            org.drools.base.base.ClassObjectType ot = new org.drools.base.base.ClassObjectType(type);
            Map<org.drools.base.base.ObjectType, org.drools.core.reteoo.ObjectTypeNode> otns;
            try {
                otns = rb.getRete().getObjectTypeNodes(org.drools.base.rule.EntryPointId.DEFAULT);
            } catch (RuntimeException e) {
                return Boolean.TRUE;  // no default entry point to ask: insert as Drools would
            }
            for (org.drools.core.reteoo.ObjectTypeNode otn : otns.values()) {
                if (otn.isAssignableFrom(ot)) return Boolean.TRUE;
            }
            return Boolean.FALSE;
        }
    };

    /** The authorities table of this book, by id (issue 19 item 3). */
    public org.writguard.internal.citations.AuthorityBook authorities() {
        return authorityBook;
    }

    public List<Finding> collect(KieSession session) {
        return collect(session, notes(session), matter(session));
    }

    private List<Finding> collect(KieSession session, CaseNotes notes, org.writguard.engine.MatterJurisdiction matter) {
        Map<String, String> stateSources = notes.holdStateSources();
        Map<String, Finding> unique = new LinkedHashMap<>();
        // By class: Drools then walks the Finding store alone instead of filtering every fact of the session.
        for (Object o : session.getObjects(FINDINGS)) {
            Finding f = (Finding) o;
            List<Source> consulted = f.getConsultedRules().isEmpty() ? List.of() : new ArrayList<>();
            for (String rule : f.getConsultedRules()) {
                Source s = sources.get(rule);
                if (s != null) consulted.add(s);
            }
            f = authorityBook.resolve(f.withSources(sourceOf(f), consulted), matter);
            if ("HOLD".equals(f.getSubjectKind()) && stateSources.containsKey(f.getSubjectId())) {
                f = f.withComputed("facility_state_source", stateSources.get(f.getSubjectId()));
            }
            unique.putIfAbsent(f.identity(), f);
        }
        // "Whether F16 applies at all" (UNDETERMINED, no variant) is settled once F16 fires for the same subject under
        // any variant (e.g. US_CITIZEN_HELD while the detainer's probable-cause basis is unknown): drop the question.
        // (Only worked out when some finding is such a question: most cases have none.)
        boolean questions = false;
        for (Finding f : unique.values()) questions |= !f.isFired() && f.getVariant() == null;
        if (questions) {
            java.util.Set<String> firedCodes = new java.util.HashSet<>();
            for (Finding f : unique.values()) if (f.isFired()) firedCodes.add(f.getCode() + "|" + f.getSubjectKind() + "|" + f.getSubjectId());
            unique.values().removeIf(f -> !f.isFired() && f.getVariant() == null
                    && firedCodes.contains(f.getCode() + "|" + f.getSubjectKind() + "|" + f.getSubjectId()));
        }
        List<Finding> list = new ArrayList<>(unique.values());
        list.sort(REPORT_ORDER);
        return list;
    }

    /** The order of a report's findings: code number, subject, variant, status. */
    private static final Comparator<Finding> REPORT_ORDER = Comparator.comparing((Finding f) -> f.getCode().getNumber())
            .thenComparing(f -> f.getSubjectId() == null ? "" : f.getSubjectId())
            .thenComparing(f -> f.getVariant() == null ? "" : f.getVariant())
            .thenComparing(f -> f.getStatus().name());

    private Source sourceOf(Finding f) {
        Source s = f.getTableRule() == null ? null : sources.get(f.getTableRule());
        if (s == null && f.getRule() != null) s = sources.get(f.getRule());
        return s != null ? s : Source.drl("writguard", f.getRule() == null ? "engine" : f.getRule());
    }

    private static final org.kie.api.runtime.ClassObjectFilter FINDINGS = new org.kie.api.runtime.ClassObjectFilter(Finding.class);

    /** Answers of the tables, by question; rows are pure functions of a lookup's keys. */
    private final java.util.concurrent.ConcurrentHashMap<Object, List<org.writguard.internal.tables.RowHit>> memo =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Beyond this many distinct questions, new answers are not remembered (bounded memory). */
    static final int MEMO_LIMIT = 200_000;

    boolean recall(org.writguard.internal.tables.TableLookup lookup) {
        return recall(lookup, true);
    }

    /** Answers from a reference table's index (never compiled to rules) and, if {@code memo}, from the memo. */
    boolean recall(org.writguard.internal.tables.TableLookup lookup, boolean useMemo) {
        org.writguard.internal.tables.TableIndex index = indexes.get(lookup.getClass());
        if (index != null) return index.answer(lookup);
        if (!useMemo) return false;
        List<org.writguard.internal.tables.RowHit> hits = memo.get(lookup.memoKey());
        if (hits == null) return false;
        lookup.adoptSorted(hits);
        return true;
    }

    void remember(org.writguard.internal.tables.TableLookup lookup) {
        if (memo.size() >= MEMO_LIMIT) return;
        List<org.writguard.internal.tables.RowHit> hits = lookup.hits();
        // Only answers of one row per sheet row, in sheet order, are kept: recall hands them out as they are.
        if (org.writguard.internal.tables.TableLookup.strictlyInSheetOrder(hits)) memo.putIfAbsent(lookup.memoKey(), hits);
    }

    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> memoObjects = new java.util.concurrent.ConcurrentHashMap<>();

    /** A value worked out once from this book's tables alone (no case facts), or null if not yet. */
    public <T> T memoized(Class<T> type) { return type.cast(memoObjects.get(type)); }

    /** Remembers such a value; returns the one kept (the first, if two threads race). */
    public <T> T memoize(Class<T> type, T value) {
        Object prev = memoObjects.putIfAbsent(type, value);
        return type.cast(prev == null ? value : prev);
    }

    /** Where a rule came from: the table row or the DRL file. */
    public Source source(String ruleName) { return sources.get(ruleName); }

    /** Every rule's name, table rows and DRL rules alike (for coverage). */
    public List<String> ruleNames() { return ruleNames; }

    /** The validated tables, by RuleTable name. */
    public Map<String, LoadedTable> tables() { return tablesByName; }

    /** Warnings found while loading (blank or hidden rows). */
    public List<TableProblem> warnings() { return warnings; }

    /** SHA-256 of the tables and rules this book was built from. */
    public String version() { return version; }

    /**
     * The compiled KIE base, for embedders who drive sessions themselves; see {@link RuleBookSession} for a
     * session already wired to collect findings.
     */
    public KieBase kieBase() { return kieBase; }
}
