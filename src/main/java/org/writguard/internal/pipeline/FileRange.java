package org.writguard.internal.pipeline;

import java.io.Serializable;

/**
 * A run of whole lines of one input file: the unit of parallel work.
 *
 * @param file        the file's resource id (as Beam names it; records name it as their source)
 * @param start       first byte (0 = the start of the file)
 * @param end         byte after the last, or -1 for "to the end" (compressed files are read whole)
 * @param firstLine   1-based number of the range's first line in the file
 * @param header      the holds CSV header line, for ranges of a CSV file; null for NDJSON
 * @param problem     why the file cannot be read as a whole (a bad CSV header): one REJECTED record, line 1
 */
record FileRange(String file, long start, long end, long firstLine, String header, String problem) implements Serializable {
}
