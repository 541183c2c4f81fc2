package org.writguard.facts;

/** 287(g) agreement model (DOMAIN 1.3, 6.2). */
public enum Model {
    JEM,
    TFM,
    WSO
}
