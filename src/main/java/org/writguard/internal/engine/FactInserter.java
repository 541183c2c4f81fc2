package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.facts.Agency;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Moa;
import org.writguard.facts.Officer;

/** Puts the case's facts into the session before the finding phases fire. */
public final class FactInserter {
    private FactInserter() { }

    public static void insertCase(AssessmentContext ctx) {
        CaseFile c = ctx.caseFile();
        ctx.insert(c);
        for (Agency a : ctx.agencies()) {
            ctx.insert(a);
            for (Moa m : a.getMoas()) ctx.insert(m);
        }
        for (Officer o : c.getOfficers()) ctx.insert(o);
        for (Encounter e : c.getEncounters()) {
            ctx.insert(e);
            for (FunctionEvent ev : e.getFunctionEvents()) ctx.insert(ev);
        }
        c.getHolds().forEach(ctx::insert);
        c.getApplications().forEach(ctx::insert);
        c.getComplaints().forEach(ctx::insert);
        if (c.getRemedyRequest() != null) ctx.insert(c.getRemedyRequest());
    }
}
