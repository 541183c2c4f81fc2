package org.writguard.internal.roster;

/** The roster file cannot be read at all: its one-line message names the file and what is wrong. */
public class RosterInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RosterInputException(String message) {
        super(message);
    }

    public RosterInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
