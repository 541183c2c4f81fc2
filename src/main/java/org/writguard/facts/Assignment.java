package org.writguard.facts;

/** An officer's duty assignment (DOMAIN 6.3). */
public enum Assignment {
    DETENTION,
    PATROL,
    INVESTIGATIONS,
    TASK_FORCE,
    OTHER
}
