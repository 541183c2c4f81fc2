package org.writguard.internal.cases;

import org.writguard.cases.*;

import org.writguard.facts.Agency;
import org.writguard.facts.Application;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Complaint;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Hold;
import org.writguard.facts.Located;
import org.writguard.facts.Moa;
import org.writguard.facts.Officer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Completes a bound case: rejects empty list entries, turns absent lists into empty ones
 * (except those whose null means something), sets each fact's path and back-references,
 * and fills the defaults DOMAIN defines (derived circuits, evaluation_date, a zero
 * applicant-caused delay). Call it on a case built in code before handing it to rules.
 */
public final class CaseLinker {
    private final String file;
    private final String prefix;

    private CaseLinker(String file, String prefix) {
        this.file = file;
        this.prefix = prefix;
    }

    /** Links a case built in code; errors name no file. */
    public static void link(CaseFile c) {
        link(c, "", "");
    }

    static void link(CaseFile c, String file, String prefix) {
        new CaseLinker(file, prefix).linkCase(c);
    }

    private void linkCase(CaseFile c) {
        c.setPath("");
        if (c.getPersons() != null) {
            c.setPersons(entries(c.getPersons(), "persons"));
            for (int i = 0; i < c.getPersons().size(); i++) place(c.getPersons().get(i), "persons[" + i + "]");
        }
        c.setAgencies(entries(c.getAgencies(), "agencies"));
        for (int i = 0; i < c.getAgencies().size(); i++) {
            Agency a = c.getAgencies().get(i);
            String p = place(a, "agencies[" + i + "]");
            a.setJailFacilityIds(a.getJailFacilityIds() == null ? null
                    : entries(a.getJailFacilityIds(), p + ".jail_facility_ids"));
            a.setMoas(a.getMoas() == null ? null : entries(a.getMoas(), p + ".moas"));
            if (a.getMoas() != null) {
                for (int j = 0; j < a.getMoas().size(); j++) {
                    linkMoa(a, a.getMoas().get(j), p + ".moas[" + j + "]");
                }
            }
        }
        c.setOfficers(entries(c.getOfficers(), "officers"));
        for (int i = 0; i < c.getOfficers().size(); i++) {
            Officer o = c.getOfficers().get(i);
            String p = place(o, "officers[" + i + "]");
            o.setCertifications(entries(o.getCertifications(), p + ".certifications"));
            for (int j = 0; j < o.getCertifications().size(); j++) {
                place(o.getCertifications().get(j), p + ".certifications[" + j + "]");
            }
        }
        c.setEncounters(entries(c.getEncounters(), "encounters"));
        for (int i = 0; i < c.getEncounters().size(); i++) {
            linkEncounter(c, c.getEncounters().get(i), "encounters[" + i + "]");
        }
        c.setHolds(entries(c.getHolds(), "holds"));
        for (int i = 0; i < c.getHolds().size(); i++) {
            Hold h = c.getHolds().get(i);
            String p = place(h, "holds[" + i + "]");
            // Case-wide facts given once at the top apply to every hold that does not give its own.
            if (h.getAgencyPolicyBlanketDetainerCompliance() == null) {
                h.setAgencyPolicyBlanketDetainerCompliance(c.getAgencyPolicyBlanketDetainerCompliance());
            }
            if (h.getConvictionFactsFor7282p5() == null) h.setConvictionFactsFor7282p5(c.getConvictionFactsFor7282p5());
            if (h.getDetainer() != null) {
                place(h.getDetainer(), p + ".detainer");
            }
        }
        c.setApplications(entries(c.getApplications(), "applications"));
        for (int i = 0; i < c.getApplications().size(); i++) {
            linkApplication(c, c.getApplications().get(i), "applications[" + i + "]");
        }
        c.setComplaints(entries(c.getComplaints(), "complaints"));
        for (int i = 0; i < c.getComplaints().size(); i++) {
            Complaint k = c.getComplaints().get(i);
            String p = place(k, "complaints[" + i + "]");
            k.setAllegationMayLeadTo(entries(k.getAllegationMayLeadTo(), p + ".allegation_may_lead_to"));
        }
        if (c.getRemedyRequest() != null) {
            place(c.getRemedyRequest(), "remedy_request");
        }
        if (c.getParameters() == null) {
            c.setParameters(new LinkedHashMap<>());
        }
    }

    private void linkMoa(Agency a, Moa m, String p) {
        place(m, p);
        if (m.getAgencyId() == null) {
            m.setAgencyId(a.getAgencyId());
        }
        m.setSuspendedPeriods(entries(m.getSuspendedPeriods(), p + ".suspended_periods"));
        for (int k = 0; k < m.getSuspendedPeriods().size(); k++) {
            place(m.getSuspendedPeriods().get(k), p + ".suspended_periods[" + k + "]");
        }
        if (m.getAuthorizedFunctionsOverride() != null) {
            m.setAuthorizedFunctionsOverride(entries(m.getAuthorizedFunctionsOverride(),
                    p + ".authorized_functions_override"));
        }
    }

    private void linkEncounter(CaseFile c, Encounter e, String p) {
        place(e, p);
        if (e.getState() == null) {
            c.findAgency(e.getAgencyId()).ifPresent(a -> e.setState(a.getState()));
        }
        if (e.getImmigrationInquiry() != null) {
            place(e.getImmigrationInquiry(), p + ".immigration_inquiry");
            e.getImmigrationInquiry().setKinds(entries(e.getImmigrationInquiry().getKinds(),
                    p + ".immigration_inquiry.kinds"));
        }
        if (e.getSuspicionFactors() != null) {
            e.setSuspicionFactors(entries(e.getSuspicionFactors(), p + ".suspicion_factors"));
        }
        if (e.getIceRequestOrApproval() != null) {
            place(e.getIceRequestOrApproval(), p + ".ice_request_or_approval");
        }
        if (e.getArrest() != null) {
            place(e.getArrest(), p + ".arrest");
        }
        if (e.getHomeEntry() != null) {
            place(e.getHomeEntry(), p + ".home_entry");
        }
        if (e.getUscClaim() != null) {
            place(e.getUscClaim(), p + ".usc_claim");
        }
        e.setFunctionEvents(entries(e.getFunctionEvents(), p + ".function_events"));
        for (int j = 0; j < e.getFunctionEvents().size(); j++) {
            FunctionEvent ev = e.getFunctionEvents().get(j);
            place(ev, p + ".function_events[" + j + "]");
            ev.setEncounterId(e.getEncounterId());
            ev.setAgencyId(e.getAgencyId());
        }
    }

    private void linkApplication(CaseFile c, Application a, String p) {
        place(a, p);
        if (a.getHarms() != null) {
            a.setHarms(entries(a.getHarms(), p + ".harms"));
        }
        a.setInquiriesMadeOn(entries(a.getInquiriesMadeOn(), p + ".inquiries_made_on"));
        if (a.getEvaluationDate() == null && c.getAsOf() != null) {
            // DOMAIN 12.6: a datetime's day is its local date in the offset it was written with.
            a.setEvaluationDate(c.getAsOf().toLocalDate());
        }
        if (a.getApplicantCausedDelayDays() == null) {
            a.setApplicantCausedDelayDays(0);
        }
    }

    private static String place(Located fact, String path) {
        fact.setPath(path);
        return path;
    }

    /** The list with no null entries; an absent list becomes empty. */
    private <T> List<T> entries(List<T> list, String path) {
        if (list == null) {
            return new ArrayList<>();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new CaseInputException(file, CaseReader.join(prefix, path + "[" + i + "]"),
                        "empty list entry; remove it or fill it in");
            }
        }
        return list;
    }
}
