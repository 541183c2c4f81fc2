package org.writguard.internal.topics.state;

import org.writguard.internal.engine.Tracked;
import org.writguard.facts.Agency;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Hold;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One act a state overlay can judge (DOMAIN.md F19, F21): a function event, a hold or an encounter mapped
 * to an action code, with where and when it happened. {@code occurred} is UNKNOWN when a fact that decides
 * whether the act happened at all is missing (e.g. a hold whose release-eligibility time is unknown).
 *
 * @param kind             EVENT, HOLD or ENCOUNTER (the finding's subject kind)
 * @param id               the subject id
 * @param path             the subject's fact path
 * @param state            USPS code of the place of the act
 * @param at               when, or null when only the day is known
 * @param day              date(at) (DOMAIN.md 12.6), or the evaluation date when no time is recorded
 * @param code             the action code
 * @param what             the act in words, for explanations
 * @param occurred         whether the act happened, with the facts read or missing
 * @param agency           the acting agency, or null
 * @param event            the function event, for event acts
 * @param hold             the hold, for hold acts
 * @param delegationEvents function events whose 287(g) delegation may cover the act (F21)
 * @param heldUnder287g    a 287(g) officer served the warrant the custody rests on (hold acts, F21)
 */
public record Act(String kind, String id, String path, String state, OffsetDateTime at, LocalDate day, ActionCode code,
                  String what, Tracked occurred, Agency agency, FunctionEvent event, Hold hold,
                  List<String> delegationEvents, boolean heldUnder287g) {
}
