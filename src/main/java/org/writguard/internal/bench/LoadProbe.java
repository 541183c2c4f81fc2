package org.writguard.internal.bench;

import org.writguard.engine.RuleBook;

import java.nio.file.Path;

/**
 * Run by {@code writguard bench} in a new JVM: loads the rule book the way an embedder does (the public loader,
 * through the cache) and prints the milliseconds the load took, measured inside the JVM (so JVM start-up is not
 * counted, but every class Drools needs is loaded for the first time).
 * Arguments: tables directory, rules directory, cache directory, and optionally how many loads to run one after
 * the other in this JVM (one line each; the later ones are a warm load in a running JVM).
 */
public final class LoadProbe {
    private LoadProbe() { }

    public static void main(String[] args) {
        int loads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int i = 0; i < loads; i++) {
            long t0 = System.nanoTime();
            RuleBook book = RuleBook.loader().tables(Path.of(args[0])).rules(Path.of(args[1])).cacheDir(Path.of(args[2])).load();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println(ms + " " + book.getVersion());
        }
    }
}
