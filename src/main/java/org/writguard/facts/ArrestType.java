package org.writguard.facts;

/** Kind of arrest made in an encounter (DOMAIN 6.4). */
public enum ArrestType {
    NONE,
    CRIMINAL,
    CIVIL_IMMIGRATION_WARRANTLESS,
    CIVIL_IMMIGRATION_ON_ADMIN_WARRANT,
    CRIMINAL_IMMIGRATION
}
