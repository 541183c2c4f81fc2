package org.writguard.facts;

/** Form of an ICE request, approval or instruction, 8 U.S.C. 1357(g)(10) (DOMAIN 6.4). */
public enum IceRequestForm {
    VERBAL,
    WRITTEN,
    I247A,
    I200,
    I205,
    NONE
}
