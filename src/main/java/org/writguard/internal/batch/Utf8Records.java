package org.writguard.internal.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A worker's output records as UTF-8 bytes: an unsynchronized, growable buffer that Jackson's byte generator writes
 * into and the writing thread copies out in one call (issue 17: no string and no second encoding per record).
 */
final class Utf8Records extends OutputStream {
    private byte[] buf = new byte[1 << 14];
    private int size;

    int size() { return size; }

    @Override
    public void write(int b) {
        if (size == buf.length) grow(1);
        buf[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > buf.length - size) grow(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    private void grow(int more) {
        long want = Math.max((long) buf.length * 2, (long) size + more);
        if (want > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("a chunk's output records exceed 2 GB");
        buf = java.util.Arrays.copyOf(buf, (int) want);
    }

    /** Drops what was written from {@code at} on (a record being replaced). */
    void truncate(int at) { size = at; }

    void writeTo(OutputStream out) throws IOException { out.write(buf, 0, size); }

    /** The last complete record, without its newline (for callers that want one record as text). */
    String lastRecord() {
        int end = size;
        int start = 0;
        for (int i = end - 2; i >= 0; i--) {
            if (buf[i] == '\n') { start = i + 1; break; }
        }
        if (end > start && buf[end - 1] == '\n') end--;
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    /**
     * Whether the JSON written from {@code from} on holds a lone UTF-16 surrogate: with
     * {@code COMBINE_UNICODE_SURROGATES_IN_UTF8}, Jackson writes a surrogate pair as UTF-8 and a lone surrogate as an
     * escape {@code \\uD800}-{@code \\uDFFF}; no other escape of that range is ever written (a backslash in the
     * text is itself escaped, so only an odd run of backslashes starts an escape).
     */
    static boolean hasEscapedLoneSurrogate(Utf8Records r, int from) {
        byte[] b = r.buf;
        int end = r.size;
        for (int i = from; i < end - 5; i++) {
            if (b[i] != '\\') continue;
            int run = 1;
            while (i + run < end && b[i + run] == '\\') run++;
            int after = i + run;
            if ((run & 1) == 1 && after + 2 < end && b[after] == 'u' && (b[after + 1] == 'D' || b[after + 1] == 'd')) {
                byte c = b[after + 2];
                if ((c >= '8' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')) return true;
            }
            i = after - 1;
        }
        return false;
    }
}
