package org.writguard.internal.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RosterDiffTest {

    private static RosterAgreement a(String name, String state, String model, String signed, int row) {
        return new RosterAgreement(AgencyIds.id(state, name), name, state, state, null, "County", model,
                LocalDate.parse(signed), null, MoaLinkState.NONE, null, "x.xlsx", row);
    }

    private static RosterImport roster(String file, RosterAgreement... agreements) {
        return new RosterImport(file, 1, agreements.length, List.of(agreements), List.of(), List.of());
    }

    @Test
    @DisplayName("Added, removed, re-dated and renamed agreements are told apart by agency id and model")
    void diffKinds() throws Exception {
        RosterImport before = roster("old.xlsx",
                a("Kept County Sheriff's Office", "TX", "JEM", "2025-01-02", 2),
                a("Gone Police Department", "FL", "TFM", "2025-02-03", 3),
                a("Redated County Sheriff's Office", "GA", "WSO", "2025-03-04", 4),
                a("Renamed County Sheriff's Office", "AL", "JEM", "2025-04-05", 5));
        RosterImport after = roster("new.xlsx",
                a("Kept County Sheriff's Office", "TX", "JEM", "2025-01-02", 9),
                a("Redated County Sheriff's Office", "GA", "WSO", "2025-03-14", 8),
                a("Renamed County Sheriff\u2019s Office", "AL", "JEM", "2025-04-05", 7),
                a("Kept County Sheriff's Office", "TX", "TFM", "2025-06-01", 6),
                a("New Town Police Department", "OH", "TFM", "2025-07-01", 10));
        RosterDiff d = RosterDiff.diff(before, after);

        assertEquals(List.of("OH-new-town-police-department|TFM", "TX-kept-county-sheriffs-office|TFM"),
                d.added().stream().map(x -> x.agencyId() + "|" + x.model()).toList());
        assertEquals(List.of("FL-gone-police-department"), d.removed().stream().map(RosterAgreement::agencyId).toList());
        assertEquals(2, d.changed().size());
        assertEquals(List.of(RosterDiff.Field.AGENCY_NAME), d.changed().get(0).fields());
        assertEquals("AL-renamed-county-sheriffs-office", d.changed().get(0).agencyId());
        assertEquals(List.of(RosterDiff.Field.SIGNED_ON), d.changed().get(1).fields());
        assertEquals(after.agreementsWritten() - before.agreementsWritten(), d.added().size() - d.removed().size());

        String text = d.toText();
        System.out.print(text);
        assertEquals(String.join("\n",
                "Roster diff: old.xlsx -> new.xlsx",
                "Added (2)",
                "  OH-new-town-police-department  TFM  2025-07-01  New Town Police Department",
                "  TX-kept-county-sheriffs-office  TFM  2025-06-01  Kept County Sheriff's Office",
                "Removed (1)",
                "  FL-gone-police-department  TFM  2025-02-03  Gone Police Department",
                "Changed (2)",
                "  AL-renamed-county-sheriffs-office  JEM  2025-04-05  \"Renamed County Sheriff's Office\" -> "
                        + "\"Renamed County Sheriff\u2019s Office\"",
                "  GA-redated-county-sheriffs-office  WSO  2025-03-04 -> 2025-03-14  Redated County Sheriff's Office",
                ""), text);

        JsonNode json = new ObjectMapper().readTree(d.toJson());
        assertEquals(2, json.get("counts").get("added").asInt());
        assertEquals(1, json.get("counts").get("removed").asInt());
        assertEquals(2, json.get("counts").get("changed").asInt());
        assertEquals("TX-kept-county-sheriffs-office", json.get("added").get(1).get("agency_id").asText());
        JsonNode redated = json.get("changed").get(1);
        assertEquals("signed_on", redated.get("changed_fields").get(0).asText());
        assertEquals("2025-03-04", redated.get("before").get("signed_on").asText());
        assertEquals("2025-03-14", redated.get("after").get("signed_on").asText());
        assertTrue(RosterDiff.diff(after, after).isEmpty());
    }
}
