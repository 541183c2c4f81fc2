package org.writguard.internal.engine;

import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.writguard.engine.RuleBookException;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableCompiler;
import org.writguard.internal.tables.TableRow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Rebuild after an edit (issue 17): the rule book for inputs that differ from a cached entry (the base) only in some
 * decision-table workbooks. The base's compiled kjar gives a new KIE base of this build's own (from a container kept
 * in memory when this JVM has loaded the base before, which costs milliseconds), the edited tables' rules are removed
 * from it and those tables alone are compiled (Drools' classic compiler) and added; every other rule comes
 * from the cache as it was compiled. Unchanged workbooks' rows come from the {@link TableRowCache} (seeded from the
 * base's own rows), so only the edited workbooks are read with POI; the checks across tables run on all rows through
 * the very code of the full build ({@link Engine#prepare}), so a bad cell stops the build with the same problems.
 *
 * <p>Anything the incremental path cannot do exactly (a table that does not compile, a base that does not match)
 * returns empty, and the caller builds in full, which reports what is wrong as it always did. {@code
 * IncrementalRebuildTest} compares every fixture's and example's report with a full build's, byte for byte.
 */
final class IncrementalBuild {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IncrementalBuild.class);

    /** Rule books built this way in this JVM (tests check that the incremental path, not the fallback, ran). */
    static final java.util.concurrent.atomic.AtomicLong BUILT = new java.util.concurrent.atomic.AtomicLong();

    private IncrementalBuild() { }

    private static long ms(long nanos) { return nanos / 1_000_000; }

    /**
     * In a new JVM most of compiling one table is loading the compiler (DRL parser, MVEL, ECJ). A throwaway rule of
     * the edited table's own shape (its lookup, one condition, one {@code put}) is compiled on a third thread while
     * this one reads the workbook with POI, so those classes are ready when the real rules come. Nothing of it is kept.
     */
    private static void warmUpCompiler(RuleBookInputs inputs, Map<String, LoadedTable> baseByFile) {
        LoadedTable edited = null;
        for (RuleBookInputs.Input in : inputs.tables()) {
            LoadedTable old = baseByFile.get(in.name());
            if (old != null && !old.schema().referenceData() && !old.sha256().equals(TableRowCache.sha256(in.bytes()))) {
                edited = old;
                break;
            }
        }
        if (edited == null) return;
        var field = edited.schema().conditions().findFirst();
        if (field.isEmpty()) return;
        String drl = "package " + WARM_UP_PACKAGE + ";\nimport " + edited.schema().lookupClass().getName() + ";\n"
                + "rule \"warm-up\"\n\twhen\n\t\tq : " + edited.schema().lookupClass().getSimpleName() + "("
                + field.get().field() + " == \"warm-up\")\n\tthen\n\t\tq.put(kcontext, \"WARM_UP\", \"warm-up\");\nend\n";
        Thread t = new Thread(() -> {
            try {
                KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
                kb.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
                kb.getKnowledgePackages();
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("compiler warm-up failed (harmless)", e);
            }
        }, "writguard-rebuild-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The package of the throwaway warm-up rule (never part of a rule book). */
    static final String WARM_UP_PACKAGE = "org.writguard.internal.warmup";

    /**
     * The rule book for {@code inputs}, built on the base entry ({@code baseKjar} with its validated tables), or empty
     * when it has to be built in full. Throws {@link RuleBookException} for bad cells (the same as a full build).
     */
    static Optional<Engine> build(RuleBookInputs inputs, String version, Supplier<KieBase> baseLoader,
                                  Map<String, LoadedTable> baseTables, TableRowCache rowCache) {
        long t0 = System.nanoTime();
        // The base's rows answer for every workbook whose bytes it was built from.
        Map<String, LoadedTable> baseByFile = new java.util.HashMap<>();
        for (LoadedTable t : baseTables.values()) baseByFile.put(t.file(), t);
        for (RuleBookInputs.Input in : inputs.tables()) {
            LoadedTable old = baseByFile.get(in.name());
            if (old != null) rowCache.remember(in.name(), in.bytes(), old);
        }
        // The cached base loads on a second thread (a second core) while this one reads and compiles the edit: the two
        // share nothing until the edited rules are swapped in. KieServices is set up first, on this thread, so the two
        // never initialise Drools' service registry at once.
        KieServices.Factory.get();
        CompletableFuture<KieBase> baseLoad = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                baseLoad.complete(baseLoader.get());
            } catch (Throwable e) {
                baseLoad.completeExceptionally(e);
            }
        }, "writguard-rebuild-base");
        loader.setDaemon(true);
        loader.start();
        warmUpCompiler(inputs, baseByFile);
        List<TableProblem> problems = new ArrayList<>();
        Map<String, LoadedTable> tables = Engine.prepare(inputs, Modules.schemaSet(), rowCache, problems);
        long tRead = System.nanoTime();
        if (!tables.keySet().equals(baseTables.keySet())) return Optional.empty();
        List<LoadedTable> changed = new ArrayList<>();
        for (LoadedTable t : tables.values()) {
            LoadedTable old = baseTables.get(t.schema().name());
            if (old.schema() != t.schema()) return Optional.empty();
            if (!old.sha256().equals(t.sha256()) || !old.file().equals(t.file())) changed.add(t);
        }
        try {
            int recompiled = 0;
            List<String> drls = new ArrayList<>();
            for (LoadedTable t : changed) {
                if (t.schema().referenceData()) continue; // answered from an index built at assembly, not rules
                drls.add(TableCompiler.compile(t).drl());
                recompiled += t.rows().size();
            }
            long tDrl = System.nanoTime();
            Collection<KiePackage> pkgs = List.of();
            if (!drls.isEmpty()) {
                // Compiled on its own against the application's classes (the lookups and FindingBuilder), as a classic
                // knowledge builder does; the packages are added to the base below.
                KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
                for (String drl : drls) kb.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
                if (kb.hasErrors()) {
                    // The full build names the cell (BuildMessages); nothing is kept from this attempt.
                    LOG.debug("incremental rebuild: the edited tables do not compile; building in full: {}", kb.getErrors());
                    return Optional.empty();
                }
                pkgs = kb.getKnowledgePackages();
            }
            long tCompiled = System.nanoTime();
            KieBase base;
            try {
                base = baseLoad.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                LOG.debug("incremental rebuild: the cached base does not load; building in full", e.getCause());
                return Optional.empty();
            }
            long tBase = System.nanoTime();
            // A KIE base of this build's own: no session of another rule book uses it, so it may be changed.
            InternalRuleBase rules = (InternalRuleBase) base;
            for (LoadedTable t : changed) {
                if (t.schema().referenceData()) continue;
                String pkg = t.schema().packageName();
                for (TableRow row : baseTables.get(t.schema().name()).rows()) {
                    String name = t.schema().name() + "_" + row.sheetRow();
                    if (rules.getRule(pkg, name) == null) {
                        LOG.debug("incremental rebuild: rule {} not in the cached base; building in full", name);
                        return Optional.empty();
                    }
                    rules.removeRule(pkg, name);
                }
            }
            if (!pkgs.isEmpty()) rules.addPackages(pkgs);
            Engine book = Engine.assemble(base, tables, inputs, version, problems);
            BUILT.incrementAndGet();
            long t1 = System.nanoTime();
            LOG.info("rule book {} rebuilt incrementally ({} of {} tables changed, {} rules recompiled) in {} ms: tables read"
                    + " and checked {} ms, DRL generated {} ms, compiled {} ms, then waited {} ms for the cached base (loaded"
                    + " beside them), swapped and assembled {} ms",
                    version.substring(0, 12), changed.size(), tables.size(), recompiled, ms(t1 - t0), ms(tRead - t0),
                    ms(tDrl - tRead), ms(tCompiled - tDrl), ms(tBase - tCompiled), ms(t1 - tBase));
            return Optional.of(book);
        } catch (RuleBookException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("incremental rebuild failed; building in full", e);
            return Optional.empty();
        }
    }
}
