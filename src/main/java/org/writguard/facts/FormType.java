package org.writguard.facts;

/** Immigration benefit form (DOMAIN 6.6). */
public enum FormType {
    N400,
    I485,
    I130,
    I589,
    I526,
    I526E,
    I765,
    I751,
    I129,
    I539,
    I131,
    I90,
    OTHER
}
