package org.writguard.engine;

import org.kie.api.event.process.ProcessEventListener;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.writguard.facts.CaseFile;
import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.FactInserter;

import java.util.EventListener;
import java.util.List;

/**
 * One case in a KIE session of its own, for embedders who listen to the rules, set globals or add facts and rules
 * of their own. Opened by {@link RuleBook#openSession}; nothing has fired when it is returned, so listeners added
 * now see everything: every decision-table row that answers the case's questions, then every DRL rule of the
 * finding phases ({@link Phases#ORDER}), your own {@code custom} rules last. {@link #fire()} returns the same
 * report {@link RuleBook#assess} gives for the case. Not thread-safe: one session per thread, closed after use.
 *
 * <pre>
 * try (RuleBookSession s = book.openSession(caseFile, myAgendaListener)) {
 *     s.getKieSession().setGlobal("alerts", alerts);   // a global your own DRL declares
 *     s.insert(new OfficeContext("PD-17"));           // a fact of your own type
 *     Report report = s.fire();
 * }
 * </pre>
 */
public final class RuleBookSession implements AutoCloseable {
    private final Engine engine;
    private final CaseFile caseFile;
    private final String caseName;
    private final KieSession session;
    private boolean prepared;

    RuleBookSession(Engine engine, CaseFile caseFile, String caseName, List<EventListener> listeners) {
        this.caseFile = Engine.ownCopy(caseFile, caseName);
        if (this.caseFile.getDateUncertainty() != null) {
            // One session is one reading; taking the first would be a guess (DOMAIN.md 13.5).
            throw new IllegalArgumentException("the case has dates known only in part ("
                    + String.join(", ", this.caseFile.getDateUncertainty().getFields()) + "); assess it with assess(), or"
                    + " open a session on each of getDateUncertainty().readings()");
        }
        this.engine = engine;
        this.caseName = caseName;
        this.session = engine.kieBase().newKieSession();
        for (EventListener l : listeners) addListener(l);
    }

    private void addListener(EventListener l) {
        boolean used = false;
        if (l instanceof AgendaEventListener a) { session.addEventListener(a); used = true; }
        if (l instanceof RuleRuntimeEventListener r) { session.addEventListener(r); used = true; }
        if (l instanceof ProcessEventListener p) { session.addEventListener(p); used = true; }
        if (!used) {
            throw new IllegalArgumentException(l.getClass().getName() + " is not an AgendaEventListener,"
                    + " RuleRuntimeEventListener or ProcessEventListener");
        }
    }

    /** The live KIE session: add listeners, set globals, insert facts; fire through {@link #fire()}. */
    public KieSession getKieSession() { return session; }

    /** Inserts a fact of your own; your {@code custom} rules see it next to the case's facts and findings. */
    public FactHandle insert(Object fact) { return session.insert(fact); }

    /**
     * The first call asks the decision tables the case's questions (their rows fire here), inserts the case's
     * facts and fires the finding phases; a later call, after more inserts, fires again. Returns the report.
     */
    public Report fire() {
        if (!prepared) {
            prepared = true;
            AssessmentContext ctx = new AssessmentContext(caseFile, caseName, session, engine, true);
            engine.runTopics(ctx);
            FactInserter.insertCase(ctx);
        }
        Engine.fireFindingPhases(session);
        return engine.report(session, caseFile, caseName, null);
    }

    @Override
    public void close() { session.dispose(); }
}
