package org.writguard.engine;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Finding;

/**
 * The documented way into the KIE session itself, for embedders who add facts or rules of their own.
 * Opening one answers the case's table lookups and inserts its facts; the caller may then insert more
 * facts (their own types, matched by their own rules in the same KIE base), fire, and read the same
 * findings back. Not thread-safe: one session per thread, closed after use.
 *
 * <pre>
 * try (RuleBookSession s = book.openSession(caseFile)) {
 *     s.kieSession().insert(myExtraFact);
 *     Report report = s.fire();
 * }
 * </pre>
 */
public final class RuleBookSession implements AutoCloseable {
    private final RuleBook book;
    private final CaseFile caseFile;
    private final KieSession session;

    RuleBookSession(RuleBook book, CaseFile caseFile) {
        this.book = book;
        this.caseFile = caseFile;
        this.session = book.kieBase().newKieSession();
        AssessmentContext ctx = new AssessmentContext(caseFile, "case", session, book);
        book.runTopics(ctx);
        FactInserter.insertCase(ctx);
    }

    /** The live KIE session, with the case's facts and resolved table answers already inserted. */
    public KieSession kieSession() { return session; }

    public FactHandle insert(Object fact) { return session.insert(fact); }

    /** Fires the finding phases in order and returns the report; may be called again after more inserts. */
    public Report fire() {
        RuleBook.fireFindingPhases(session);
        return new Report(caseFile.getAsOf(), book.collect(session), RuleBook.ENGINE_VERSION, book.version(), "case",
                RuleBook.notes(session).timeCritical(), RuleBook.notes(session).deadlines(),
                RuleBook.notes(session).habeas());
    }

    @Override
    public void close() { session.dispose(); }
}
