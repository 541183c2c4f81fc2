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

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
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
