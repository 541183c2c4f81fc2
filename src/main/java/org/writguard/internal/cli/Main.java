package org.writguard.internal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** bin/writguard: one subcommand per class. */
@Command(name = "writguard", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reviews 287(g) encounters and holds, and routes immigration remedies."
                + " Decision support, not legal advice.",
        subcommands = {AssessCommand.class, AssessBatchCommand.class, PipelineCommand.class, GenerateCommand.class, ReplayCommand.class, FixtureCommand.class, TablesCommand.class, RosterCommand.class, BenchCommand.class, ExplainCommand.class, WatchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (findings are output, not failure)", "1:internal error (a bug; rerun with --verbose)",
                "2:bad input (usage, case or fixture file, unknown agency)", "3:decision tables or rules do not build; tables check found errors (or warnings, with --strict)",
                "4:replay: a fixture failed (2 wins when a fixture could not be read)", "5:output could not be written"})
public final class Main {
    static {
        // Before any logger exists: the command line's slf4j-simple settings (all chatter off), unless the user
        // set them. The jar ships no simplelogger.properties, so an embedding application's logging is its own.
        java.util.Properties logging = new java.util.Properties();
        try (java.io.InputStream in = Main.class.getResourceAsStream("logging.properties")) {
            if (in != null) logging.load(in);
        } catch (java.io.IOException e) {
            // Unreadable inside our own jar: logging keeps slf4j-simple's defaults; nothing else depends on it.
        }
        for (String key : logging.stringPropertyNames()) {
            if (System.getProperty(key) == null) System.setProperty(key, logging.getProperty(key));
        }
    }

    /**
     * Whether this JVM runs one command line and exits ({@link #main}), so work begun ahead and then not needed (the
     * rule-book load of an {@code assess} whose case file is bad) ends with it. Off for in-process callers (tests,
     * embedders), where such work would run on for nothing.
     */
    private static volatile boolean oneShotProcess;

    static boolean oneShotProcess() { return oneShotProcess; }

    /** For tests of the one-shot path; returns the earlier setting. */
    static boolean oneShotProcess(boolean on) {
        boolean was = oneShotProcess;
        oneShotProcess = on;
        return was;
    }

    public static void main(String[] args) {
        org.writguard.internal.startup.StartupTrace.mark("main");
        oneShotProcess = true;
        int code = run(args);
        org.writguard.internal.startup.StartupTrace.mark("exit");
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** The whole command tree (every subcommand's model built). */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /**
     * The command line for these arguments. When the first argument names a subcommand, only that subcommand's
     * model is built, under a root named as this one: picocli builds a command's model by reflection over its
     * annotated fields, and doing so for every command cost a one-shot run about 0.1 s (issue 17). Whatever comes
     * after a subcommand's name is parsed by that subcommand alone, so its options, help, messages and exit codes
     * are the same either way ({@code MainFastPathTest}). Anything else (no arguments, {@code --help},
     * {@code help}, an unknown word) gets the whole tree.
     */
    static CommandLine commandLine(String... args) {
        Class<?> only = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (only == null) return commandLine();
        CommandLine cl = new CommandLine(new Root());
        cl.addSubcommand(only);
        return configure(cl);
    }

    /** The root of a command line built for one subcommand: the same name, version and standard options as {@link Main}. */
    @Command(name = "writguard", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
    static final class Root { }

    /**
     * Each subcommand by name, as {@link Main}'s {@code @Command(subcommands = ...)} lists them (without the help
     * command); a test checks the two agree.
     */
    static final java.util.Map<String, Class<?>> SUBCOMMANDS = java.util.Map.ofEntries(
            java.util.Map.entry("assess", AssessCommand.class), java.util.Map.entry("assess-batch", AssessBatchCommand.class),
            java.util.Map.entry("pipeline", PipelineCommand.class), java.util.Map.entry("generate", GenerateCommand.class),
            java.util.Map.entry("replay", ReplayCommand.class), java.util.Map.entry("fixture", FixtureCommand.class),
            java.util.Map.entry("tables", TablesCommand.class), java.util.Map.entry("roster", RosterCommand.class),
            java.util.Map.entry("bench", BenchCommand.class), java.util.Map.entry("explain", ExplainCommand.class),
            java.util.Map.entry("watch", WatchCommand.class), java.util.Map.entry("serve", ServeCommand.class));

    private static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler(new Errors.Handler());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("writguard: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'writguard " + ex.getCommandLine().getCommandName()
                    + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    /** --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"writguard " + org.writguard.internal.engine.Engine.ENGINE_VERSION};
        }
    }
}
