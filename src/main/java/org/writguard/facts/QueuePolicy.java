package org.writguard.facts;

/** Agency queue policy for an application (DOMAIN 6.6). */
public enum QueuePolicy {
    FIFO,
    LIFO,
    VISA_AVAILABILITY_QUEUE,
    NONE_STATED,
    UNKNOWN
}
