package org.writguard.internal.cli;

import org.writguard.internal.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** writguard serve: the workbench pages and the REST API (issue 15). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the workbench: the Assess, Hold timeline and Tables pages and the REST API under /api/v1"
                + " (OpenAPI description at /api/v1/openapi.json). Tables and rules are reloaded when they change on disk;"
                + " a change that does not build keeps the running rule book.",
                "Binds to 127.0.0.1. With --bind to any other address the environment variable WRITGUARD_API_TOKEN must"
                + " hold a token, then required on every request (Authorization: Bearer TOKEN, or HTTP Basic with the token"
                + " as password). Stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "WRITGUARD_API_TOKEN";

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--tables", paramLabel = "DIR", description = "decision tables (default: decision-tables/ of the writguard home)")
    Path tables;

    @Option(names = "--rules", paramLabel = "DIR", description = "DRL rules (default: rules/ of the writguard home)")
    Path rules;

    @Option(names = "--case-timeout", defaultValue = "30", paramLabel = "SECONDS", description = "time budget of one assessment (1 to 3600; default: ${DEFAULT-VALUE})")
    int caseTimeout;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "allow scripts of this origin (e.g. https://cases.example.org) to call the API from a browser; repeatable; default: none (CORS off)")
    List<String> corsOrigins;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new Errors.InputException("--port " + port + ": expected 0 to 65535");
        if (caseTimeout < 1 || caseTimeout > 3600) throw new Errors.InputException("--case-timeout " + caseTimeout + ": expected 1 to 3600 seconds");
        Path t = tables != null ? tables : RuleBookOptions.home().resolve("decision-tables");
        Path r = rules != null ? rules : RuleBookOptions.home().resolve("rules");
        for (Path d : List.of(t, r)) if (!Files.isDirectory(d)) throw new Errors.InputException(d + ": no such directory");
        String token = System.getenv(TOKEN_VARIABLE);
        if (token != null && token.isBlank()) token = null;
        if (token != null && token.length() < 16) {
            throw new Errors.InputException(TOKEN_VARIABLE + " is shorter than 16 characters; use a long random token");
        }
        if (corsOrigins != null) {
            for (String origin : corsOrigins) {
                if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                    throw new Errors.InputException("--cors-origin " + org.writguard.internal.cases.OneLine.escape(origin)
                            + ": expected an origin such as https://cases.example.org (scheme, host, optional port)");
                }
            }
        }
        boolean loopback = Workbench.isLoopback(bind);
        if (!loopback && token == null) {
            throw new Errors.InputException("--bind " + bind + " opens the server beyond this machine; set " + TOKEN_VARIABLE
                    + " to a long random token first (it is then required on every request)");
        }
        Workbench server;
        try {
            server = Workbench.start(new Workbench.Options(bind, port, t, r, RuleBookOptions.home(), token,
                    Duration.ofSeconds(caseTimeout), Duration.ofSeconds(1), corsOrigins == null ? List.of() : corsOrigins));
        } catch (io.javalin.util.JavalinBindException e) {
            throw new Errors.InputException("--bind " + bind + " --port " + port + ": cannot listen there (" + e.getMessage() + ")");
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        var out = spec.commandLine().getOut();
        out.println("writguard workbench on http://" + host + ":" + server.port() + "/ (rule book "
                + server.version().substring(0, Math.min(12, server.version().length())) + ")"
                + (token != null ? "; an API token is required on every request" : "") + ". Ctrl-C stops it.");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }, "writguard-serve-stop"));
        stop.await();
        return ExitCodes.OK;
    }
}
