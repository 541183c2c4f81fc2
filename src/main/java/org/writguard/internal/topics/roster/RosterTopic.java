package org.writguard.internal.topics.roster;

import org.writguard.cases.CaseInputException;
import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Topic;
import org.writguard.facts.Agency;
import org.writguard.facts.AgencyType;
import org.writguard.facts.Model;
import org.writguard.facts.Moa;
import org.writguard.internal.roster.AgencyIds;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.tables.TableRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Round -1, before every other topic (DOMAIN.md 13.8): agencies named by id alone, or listed without a {@code moas} list, get the agreements ICE lists
 * for them (CASE-FORMAT.md, "Agencies and the roster"; DOMAIN.md 12.7). An id found in neither the case
 * nor the roster is an input error naming the nearest roster ids.
 */
public final class RosterTopic implements Topic {
    @Override
    public int round() { return -1; }

    @Override
    public void plan(AssessmentContext ctx) {
        Map<String, RosterLookup> asked = new LinkedHashMap<>();
        for (String id : ctx.caseFile().referencedAgencyIdsNotInCase()) asked.put(id, ctx.ask(new RosterLookup(canonical(id))));
        for (Agency a : ctx.caseFile().getAgencies()) {
            boolean incomplete = a.getMoas() == null || a.getState() == null || a.getName() == null
                    || a.getCounty() == null || a.getAgencyType() == null;
            if (incomplete) asked.put(a.getAgencyId(), ctx.ask(new RosterLookup(canonical(a.getAgencyId()))));
        }
        ctx.keep(this, asked);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void resolve(AssessmentContext ctx) {
        Map<String, RosterLookup> asked = ctx.kept(this, Map.class);
        Map<String, String> refs = ctx.caseFile().agencyReferencesNotInCase();
        for (Map.Entry<String, RosterLookup> e : asked.entrySet()) {
            String id = e.getKey();
            List<RowHit> hits = e.getValue().hits();
            Agency inCase = ctx.agency(id);
            if (inCase != null) {
                // Listed in the case without a moas list: the roster's agreements, or none. What the case leaves
                // out about the agency itself (name, state, county, type) comes from the roster too (DOMAIN.md
                // 13.8), before any other topic runs; what the case says wins.
                if (inCase.getMoas() == null) inCase.setMoas(moas(id, hits, inCase.getPath()));
                if (!hits.isEmpty()) fillFromRoster(inCase, hits.get(0));
                continue;
            }
            if (hits.isEmpty()) {
                String field = refs.getOrDefault(id, "agency_id");
                throw new CaseInputException(ctx.caseName(), field, "agency \"" + id + "\" is neither in the case file"
                        + " (agencies) nor in the ICE roster table; nearest roster ids: " + String.join(", ", nearest(ctx, id)));
            }
            ctx.addAgency(agency(id, hits));
        }
        for (Agency a : ctx.agencies()) if (a.getMoas() == null) a.setMoas(new ArrayList<>());
    }

    /**
     * The roster id for an id as a case spells it: the state code upper-cased and the rest slugged the way
     * the import slugs names, so that two spellings of one name are one agency (DOMAIN.md 12.7), e.g.
     * {@code al-Colbert County Sheriff’s Office} finds {@code AL-colbert-county-sheriffs-office}.
     */
    static String canonical(String id) {
        if (id == null || id.length() < 4 || id.charAt(2) != '-') return id;
        String slug = AgencyIds.slug(id.substring(3));
        return slug.isEmpty() ? id : id.substring(0, 2).toUpperCase(Locale.ROOT) + "-" + slug;
    }

    private static void fillFromRoster(Agency a, RowHit row) {
        if (a.getName() == null) a.setName(row.text(RosterTable.AGENCY_NAME));
        if (a.getState() == null) {
            a.setState(row.text(RosterTable.STATE));
            a.setStateFromRoster(a.getState() != null);
        }
        if (a.getCounty() == null) a.setCounty(row.text(RosterTable.COUNTY));
        if (a.getAgencyType() == null) {
            a.setAgencyType(agencyType(row.text(RosterTable.AGENCY_NAME), row.text(RosterTable.AGENCY_TYPE)));
        }
    }

    static Agency agency(String id, List<RowHit> hits) {
        RowHit first = hits.get(0);
        Agency a = new Agency();
        a.setAgencyId(id);
        a.setName(first.text(RosterTable.AGENCY_NAME));
        a.setState(first.text(RosterTable.STATE));
        a.setStateFromRoster(true);
        a.setCounty(first.text(RosterTable.COUNTY));
        a.setAgencyType(agencyType(first.text(RosterTable.AGENCY_NAME), first.text(RosterTable.AGENCY_TYPE)));
        a.setPath("roster[" + id + "]");
        a.setMoas(moas(id, hits, a.getPath()));
        return a;
    }

    private static List<Moa> moas(String id, List<RowHit> hits, String agencyPath) {
        List<Moa> list = new ArrayList<>();
        int i = 0;
        for (RowHit h : hits) {
            Moa m = new Moa();
            m.setAgencyId(id);
            m.setModel(Model.valueOf(h.text(RosterTable.MODEL)));
            LocalDate signed = h.date(RosterTable.SIGNED);
            m.setEffectiveOn(signed);
            m.setMoaId(id + "-" + m.getModel() + "-" + signed);
            m.setIceListedActiveOnRoster(Boolean.TRUE);
            m.setSuspendedPeriods(new ArrayList<>());
            m.setPath(agencyPath + ".moas[" + i++ + "]");
            list.add(m);
        }
        return list;
    }

    /** ICE gives only a coarse TYPE; the name says more (Sheriff, Police, Department of Corrections). */
    static AgencyType agencyType(String name, String type) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        boolean state = type != null && type.toLowerCase(Locale.ROOT).startsWith("state");
        if (n.contains("sheriff")) return AgencyType.SHERIFF;
        if (n.contains("correction") || n.contains("jail") || n.contains("detention")) {
            return state ? AgencyType.STATE_DOC : AgencyType.COUNTY_CORRECTIONS;
        }
        if (n.contains("police") || n.contains("public safety") || n.contains("marshal")) {
            return state ? AgencyType.STATE_POLICE : AgencyType.MUNICIPAL_POLICE;
        }
        if (n.contains("highway patrol") || n.contains("state patrol") || n.contains("troopers")) return AgencyType.STATE_POLICE;
        return AgencyType.OTHER;
    }

    /** The three roster ids closest to a mistyped one (edit distance), for the error message. */
    static List<String> nearest(AssessmentContext ctx, String id) {
        LoadedTable roster = ctx.ruleBook().tables().get(RosterTable.SCHEMA.name());
        if (roster == null) return List.of();
        TreeSet<String> ids = new TreeSet<>();
        for (TableRow r : roster.rows()) ids.add(r.get(RosterTable.AGENCY_ID));
        return ids.stream().sorted(Comparator.comparingInt((String s) -> distance(s, id)).thenComparing(s -> s))
                .limit(3).toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
