package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableSchemas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The legal topics a rule book is made of: their table layouts and their Java sides. One list, so a new
 * topic is added in one place.
 */
public final class Modules {
    private Modules() { }

    /** Table layouts, one per workbook under decision-tables/. */
    public static List<TableSchema> schemas() {
        List<TableSchema> list = new ArrayList<>();
        list.add(ParametersTopic.SCHEMA);
        list.add(org.writguard.internal.topics.roster.RosterTable.SCHEMA);
        list.add(org.writguard.internal.topics.jurisdiction.CircuitTopic.SCHEMA);
        list.add(org.writguard.internal.topics.authority.AuthorityTables.MATRIX);
        list.add(org.writguard.internal.topics.detention.DetentionTables.HOLIDAYS);
        list.add(org.writguard.internal.topics.detention.DetentionTables.HOLD_LIMIT_POLICY);
        list.add(org.writguard.internal.topics.state.StateTables.OVERLAYS);
        list.add(org.writguard.internal.topics.remedies.RemediesTables.PACE);
        list.add(org.writguard.internal.topics.remedies.RemediesTables.DUTY_TABLE);
        list.add(org.writguard.internal.topics.remedies.RemediesTables.ELEMENTS_TABLE);
        list.add(org.writguard.internal.topics.remedies.RemediesTables.ALTERNATIVES);
        list.addAll(org.writguard.internal.topics.attorney.AttorneyTables.schemas());
        list.add(org.writguard.internal.topics.remedies.RemediesTables.SHERIFF_CAPACITY);
        list.add(org.writguard.internal.reading.ReadingTables.FACT_QUESTIONS);
        list.add(org.writguard.internal.reading.ReadingTables.STATE_HABEAS);
        return list;
    }

    /** Topics in round order. */
    public static List<Topic> topics() {
        List<Topic> list = new ArrayList<>();
        list.add(new ParametersTopic());
        list.add(new org.writguard.internal.topics.roster.RosterTopic());
        list.add(new org.writguard.internal.topics.jurisdiction.CircuitTopic());
        list.add(new org.writguard.internal.topics.authority.AuthorityTopic());
        list.add(new org.writguard.internal.topics.detention.DetentionTopic());
        list.add(new org.writguard.internal.topics.encounter.EncounterTopic());
        list.add(new org.writguard.internal.topics.state.StateTopic());
        list.add(new org.writguard.internal.topics.remedies.RemediesTopic());
        list.add(new org.writguard.internal.topics.attorney.AttorneyTopic());
        list.sort(Comparator.comparingInt(Topic::round));
        return list;
    }

    public static TableSchemas schemaSet() { return new TableSchemas(schemas()); }
}
