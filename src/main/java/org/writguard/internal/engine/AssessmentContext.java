package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.writguard.facts.Agency;
import org.writguard.facts.CaseFile;
import org.writguard.internal.tables.TableLookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link Topic} sees during one assessment: the case, the session to insert into, the rule book
 * (for row provenance) and shared resolved facts such as the analyst parameters.
 */
public final class AssessmentContext {
    private final CaseFile caseFile;
    private final String caseName;
    private final KieSession session;
    private final Engine ruleBook;
    private final Map<Class<?>, Object> shared = new HashMap<>();
    private final Map<Topic, Object> kept = new HashMap<>();
    private final List<TableLookup> lookups = new ArrayList<>();
    /** Facts no rule of the book can match, kept here instead of in the session (see {@link #insert}). */
    private final List<Object> withheld = new ArrayList<>();
    /** Whether every fact goes into the session (an embedder's session, a trace); else only those a rule can match. */
    private boolean insertAll;

    private final List<Agency> agencies;
    private final boolean fresh;
    private java.util.function.Consumer<String> answered;
    /** Every question put to the tables, when tracing (writguard explain); else null. */
    List<TableLookup> asked;

    /** Told the rule name of every table row that answers a question, however it was answered. */
    void onAnswered(java.util.function.Consumer<String> listener) { this.answered = listener; }

    /** Whether anyone is told of the rows that answer ({@link #used} does nothing otherwise). */
    public boolean reportsUse() { return answered != null; }

    /** Reports a table row as used by this assessment (for rows a topic reads from a per-book memo). */
    public void used(org.writguard.internal.tables.RowHit row) {
        if (answered != null && row != null) answered.accept(row.rule());
    }

    public AssessmentContext(CaseFile caseFile, String caseName, KieSession session, Engine ruleBook) {
        this(caseFile, caseName, session, ruleBook, false);
    }

    /**
     * With {@code fresh}, every question is answered by the table rows firing in this session, never from the
     * rule book's memo: an embedder's agenda listener then sees each row that answers (RuleBookSession).
     */
    public AssessmentContext(CaseFile caseFile, String caseName, KieSession session, Engine ruleBook, boolean fresh) {
        this.fresh = fresh;
        this.insertAll = fresh;
        this.caseFile = caseFile;
        this.agencies = new ArrayList<>(caseFile.getAgencies());
        this.caseName = caseName;
        this.session = session;
        this.ruleBook = ruleBook;
    }

    public CaseFile caseFile() { return caseFile; }

    /** The case file's name as the user gave it, for input-error messages. */
    public String caseName() { return caseName; }

    public Engine ruleBook() { return ruleBook; }

    /** The case's agencies plus those resolved from the ICE roster (round 0). */
    public List<Agency> agencies() { return agencies; }

    /** Adds an agency resolved from the roster. */
    public void addAgency(Agency agency) { agencies.add(agency); }

    /** The agency with this id, from the case or the roster, or null. */
    public Agency agency(String id) {
        for (Agency a : agencies) if (a.getAgencyId().equals(id)) return a;
        return null;
    }

    /**
     * Inserts a fact for the DRL rules. A fact that no rule of the book can match (no pattern of its class or a
     * supertype: the case's own facts, the parameters, the circuit table) is kept in this context instead, unless
     * this is an embedder's session or a trace, where every fact stays visible in the session: inserting it would
     * only cost an object store, a handle and a reset per case (issue 17, round 3). Returns the handle, or null for a
     * fact kept here; {@link #factsOf} reads both kinds back.
     */
    public FactHandle insert(Object fact) {
        if (!insertAll && !ruleBook.matchable(fact.getClass())) {
            // Once per object, as the session keeps an object inserted twice (identity assert behaviour).
            for (Object o : withheld) if (o == fact) return null;
            withheld.add(fact);
            return null;
        }
        return session.insert(fact);
    }

    /** Every fact goes into the session from now on (writguard explain lists the session's facts). */
    void insertAll() { this.insertAll = true; }

    /** The facts of this type the topics and rules inserted: those in the session, then those kept here. */
    public <T> List<T> factsOf(Class<T> type) {
        List<T> out = new ArrayList<>();
        if (mayBeInSession(type)) {
            for (Object o : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(type))) out.add(type.cast(o));
        }
        for (Object o : withheld) if (type.isInstance(o)) out.add(type.cast(o));
        return out;
    }

    /** The first fact of this type, as {@link #factsOf} lists them, or null. */
    public <T> T firstOf(Class<T> type) {
        if (mayBeInSession(type)) {
            for (Object o : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(type))) return type.cast(o);
        }
        for (Object o : withheld) if (type.isInstance(o)) return type.cast(o);
        return null;
    }

    /** False only when no fact of the type can be in the session: a final class no rule matches (no store to walk). */
    private boolean mayBeInSession(Class<?> type) {
        return insertAll || ruleBook.matchable(type) || !java.lang.reflect.Modifier.isFinal(type.getModifiers());
    }

    /**
     * Puts a question to the tables for this round and returns the lookup for reading back after the
     * round. A question the rule book has answered before is answered from its memo without firing.
     */
    public <T extends TableLookup> T ask(T lookup) {
        if (asked != null) asked.add(lookup);
        if (ruleBook.recall(lookup, !fresh)) {
            // Answered from memory or an index: the rows still count as having answered (coverage).
            if (answered != null) lookup.hits().forEach(h -> answered.accept(h.rule()));
            return lookup;
        }
        session.insert(lookup);
        lookups.add(lookup);
        return lookup;
    }

    /**
     * A value the topics work out once per rule book from its tables alone, or null; always null in a fresh session
     * (whose listeners must see the table rows that answer).
     */
    public <T> T memoized(Class<T> type) { return fresh ? null : ruleBook.memoized(type); }

    /** Remembers such a value for the rule book (not from a fresh session); returns the one to use. */
    public <T> T memoize(Class<T> type, T value) { return fresh ? value : ruleBook.memoize(type, value); }

    /** Shares a resolved object (e.g. the parameters) with other topics of this assessment. */
    public <T> void share(Class<T> type, T value) { shared.put(type, value); }

    public <T> T shared(Class<T> type) {
        Object v = shared.get(type);
        if (v == null) throw new IllegalStateException(type.getSimpleName() + " has not been resolved yet");
        return type.cast(v);
    }

    public <T> T sharedOrNull(Class<T> type) { return type.cast(shared.get(type)); }

    /**
     * Keeps per-assessment state for a topic between {@link Topic#plan} and {@link Topic#resolve}; topics
     * themselves are shared by every thread and hold no state.
     */
    public <T> T keep(Topic owner, T value) {
        kept.put(owner, value);
        return value;
    }

    public <T> T kept(Topic owner, Class<T> type) { return type.cast(kept.get(owner)); }

    public int fireTables() {
        int fired = lookups.isEmpty() ? 0 : session.fireAllRules();
        if (!fresh) for (TableLookup l : lookups) ruleBook.remember(l);
        lookups.clear();
        return fired;
    }
}
