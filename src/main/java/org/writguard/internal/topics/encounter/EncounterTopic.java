package org.writguard.internal.topics.encounter;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Topic;
import org.writguard.facts.Encounter;

/**
 * Street and jail encounters under the Fourth and Fourteenth Amendments (DOMAIN.md 7-D, F23-F25): no
 * table to ask; works out each encounter's conditions ({@link EncounterReview}) for rules/encounter.
 */
public final class EncounterTopic implements Topic {
    @Override
    public void plan(AssessmentContext ctx) {
        // Nothing to ask: the encounter findings read the case's facts only.
    }

    @Override
    public void resolve(AssessmentContext ctx) {
        for (Encounter e : ctx.caseFile().getEncounters()) ctx.insert(EncounterReview.of(e));
    }
}
