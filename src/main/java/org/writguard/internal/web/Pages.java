package org.writguard.internal.web;

import org.writguard.engine.Report;
import org.writguard.internal.memo.Html;

import java.nio.charset.StandardCharsets;

/**
 * The three pages: one shell (navigation, the rule-book version, the not-legal-advice notice) around each page's
 * body, read from the jar. The version is filled in on every request, so a reload shows at once.
 */
final class Pages {
    private final Workbench server;
    private final String shell;
    private final String assess;
    private final String timeline;
    private final String tables;

    Pages(Workbench server) {
        this.server = server;
        this.shell = text("assets/shell.html");
        this.assess = text("assets/assess.html");
        this.timeline = text("assets/timeline.html");
        this.tables = text("assets/tables.html");
    }

    String assess() { return page("Assess a case", "assess", assess, "app.js"); }

    String timeline() { return page("Hold timeline", "timeline", timeline, "app.js"); }

    String tables() { return page("Decision tables", "tables", tables, "tables.js"); }

    private String page(String title, String id, String body, String script) {
        String version = server.current().version();
        return shell.replace("{{TITLE}}", Html.escape(title))
                .replace("{{PAGE}}", id)
                .replace("{{VERSION}}", Html.escape(version))
                .replace("{{VERSION_SHORT}}", Html.escape(version.length() > 12 ? version.substring(0, 12) : version))
                .replace("{{NOTICE}}", Html.escape(Report.DISCLAIMER))
                .replace("{{SCRIPT}}", script)
                .replace("{{BODY}}", body);
    }

    private static String text(String resource) {
        return new String(Assets.read(resource), StandardCharsets.UTF_8);
    }
}
