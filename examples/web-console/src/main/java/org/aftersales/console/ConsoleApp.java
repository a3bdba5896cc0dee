package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.store.Storage;
import org.aftersales.serviceflow.blueprint.ServiceBlueprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console: a Javalin server that renders the dealership's screens on the server, over the
 * library and a seeded dealership ({@link Dealership}) kept in one store ({@link ConsoleStore}):
 * an H2 file of its own by default, or PostgreSQL by settings.
 *
 * <p>Security: staff screens need a sign-in (passwords checked against BCrypt hashes, see
 * {@link Accounts}); sessions live on the server behind an {@code HttpOnly}, {@code SameSite=Strict},
 * {@code Secure} cookie; every form carries the session's token and every post without it is
 * refused with 403 before any handler runs; failed sign-ins are limited ({@link LoginThrottle});
 * the roles from core decide which screens a person sees ({@link Screen}); answers carry a
 * content security policy that allows only the console's own scripts and styles. A bad request
 * gets a page (or JSON under {@code /api/}) with a code and a message in the visitor's language,
 * never a stack trace.
 */
public final class ConsoleApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    private static final String SESSION = "console.session";
    private static final String LANG = "console.lang";
    private static final String LANG_COOKIE = "lang";
    private static final String PROBLEM = "console.problem";

    private final ConsoleSettings settings;
    private final Storage storage;
    private final Dealership dealership;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Set<Screen> screens = EnumSet.allOf(Screen.class);
    private final WarehousePage warehousePage;
    private final ScorecardPage scorecardPage;
    private final ComplaintLog complaintLog;
    private final Workshop workshop;
    private final LoungeBoard board;
    private final WorkshopPage workshopPage;
    private final FollowUpPage followUpPage;
    private final BlueprintPage blueprintPage;
    private Javalin server;

    private ConsoleApp(ConsoleSettings settings, Storage storage) {
        this.settings = settings;
        this.storage = storage;
        this.dealership = new Dealership(settings, storage);
        this.sessions = new Sessions(settings);
        this.throttle = new LoginThrottle(settings);
        this.warehousePage = new WarehousePage(dealership.warehouse());
        this.scorecardPage = new ScorecardPage(dealership);
        this.complaintLog = new ComplaintLog(settings.clock(), dealership.staff(), Dealership.ZONE, storage);
        this.workshop = Workshop.on(storage, settings.clock());
        this.board = workshop.board();
        this.workshopPage = new WorkshopPage(workshop.desk(), workshop.progress(), storage, Dealership.ZONE);
        this.followUpPage = new FollowUpPage(workshop.desk(), storage, dealership.staff(), Dealership.ZONE, "team-a");
        this.blueprintPage = new BlueprintPage(ServiceBlueprint.defaults());
    }

    /**
     * Opens the store the settings name, seeds the sample dealership into it unless it was seeded
     * before, and starts the server.
     *
     * @param settings the settings
     * @param host the address to listen on ({@code localhost} for this machine only)
     * @param port the port, 0 for any free one
     * @return the running console
     * @throws ConsoleStore.Unavailable if the store cannot be opened
     */
    public static ConsoleApp start(ConsoleSettings settings, String host, int port) {
        Storage storage = ConsoleStore.open(settings);
        ConsoleApp app;
        try {
            app = new ConsoleApp(settings, storage);
            app.seedOnce();
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        try {
            app.server = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.staticFiles.add("/public", Location.CLASSPATH);
                app.routes(config);
            }).start(host, port);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** Writes the sample dealership into a store that has none; a seeded store is left as it is. */
    private void seedOnce() {
        if (ConsoleStore.seeded(storage)) {
            LOG.info("the store already holds the sample dealership; not seeding it again");
            return;
        }
        dealership.seed();
        workshop.seed();
        complaintLog.seed();
        ConsoleStore.markSeeded(storage, settings.clock().instant());
    }

    /** @return the console's store */
    Storage storage() {
        return storage;
    }

    /** @return where the data lives, for people: the URL and schema, never the password */
    public String storeDescription() {
        return settings.store().url() + " (schema " + settings.store().schema() + ")";
    }

    /** @return the seeded workshop, whose service desk moves the orders the board shows */
    Workshop workshop() {
        return workshop;
    }

    /** @return the port the server listens on */
    public int port() {
        return server.port();
    }

    /** @return the address to open in a browser */
    public String address() {
        return "http://localhost:" + port() + "/";
    }

    /** Stops the server and closes the store. */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            storage.close();
        }
    }

    private void routes(io.javalin.config.JavalinConfig config) {
        var r = config.routes;
        r.before(this::prepare);
        r.get("/", ctx -> html(ctx, Ui.t(lang(ctx), "app"), home(view(ctx))));
        r.get("/login", ctx -> html(ctx, Ui.t(lang(ctx), "signIn"), loginForm(view(ctx), null)));
        r.post("/login", this::login);
        r.post("/logout", this::logout);
        r.get("/lang/{code}", this::switchLanguage);
        r.get("/warehouse", ctx -> {
            require(ctx, Screen.WAREHOUSE);
            html(ctx, Ui.t(lang(ctx), "bin"), warehousePage.render(view(ctx), ctx.queryParam("bin")));
        });
        r.get("/scorecards", ctx -> {
            require(ctx, Screen.SCORECARDS);
            html(ctx, lang(ctx).pick(Screen.SCORECARDS.title()), scorecardPage.list(view(ctx)));
        });
        r.get("/scorecards/{key}", ctx -> {
            require(ctx, Screen.SCORECARDS);
            html(ctx, lang(ctx).pick(Screen.SCORECARDS.title()),
                    scorecardPage.card(view(ctx), ctx.pathParam("key"), ctx.queryParam("period")));
        });
        r.get("/board", ctx -> html(ctx, lang(ctx).pick(Screen.BOARD.title()),
                board.page(view(ctx), settings.clock().instant(), settings.boardRefreshSeconds()),
                "<script src=\"/board.js\" defer></script>"));
        r.get("/board/rows", ctx -> {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(board.rowsHtml(board.rows(settings.clock().instant()), lang(ctx)));
        });
        r.get("/api/board", ctx -> json(ctx, 200, board.rows(settings.clock().instant())));
        r.get("/workshop", ctx -> {
            require(ctx, Screen.WORKSHOP);
            html(ctx, lang(ctx).pick(Screen.WORKSHOP.title()), workshopPage.list(view(ctx), settings.clock().instant()));
        });
        r.get("/workshop/{number}", ctx -> {
            require(ctx, Screen.WORKSHOP);
            html(ctx, lang(ctx).pick(Screen.WORKSHOP.title()), workshopPage.one(view(ctx), ctx.pathParam("number")));
        });
        r.get("/follow-up", ctx -> {
            require(ctx, Screen.FOLLOW_UP);
            html(ctx, lang(ctx).pick(Screen.FOLLOW_UP.title()),
                    followUpPage.list(view(ctx), settings.clock().instant(), ctx.queryParam("done")));
        });
        r.get("/follow-up/{number}", ctx -> {
            require(ctx, Screen.FOLLOW_UP);
            html(ctx, lang(ctx).pick(Screen.FOLLOW_UP.title()), followUpPage.form(view(ctx),
                    followUpPage.order(ctx.pathParam("number")), FollowUpPage.Form.empty(), List.of()));
        });
        r.post("/follow-up/{number}", this::recordCall);
        r.get("/blueprint", ctx -> {
            require(ctx, Screen.BLUEPRINT);
            html(ctx, lang(ctx).pick(Screen.BLUEPRINT.title()), blueprintPage.render(view(ctx)));
        });
        r.get("/blueprint.mmd", ctx -> {
            require(ctx, Screen.BLUEPRINT);
            ctx.contentType("text/plain; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"service-blueprint.mmd\"");
            ctx.result(blueprintPage.mermaid(lang(ctx)));
        });
        r.get("/complaints", ctx -> {
            require(ctx, Screen.COMPLAINTS);
            html(ctx, lang(ctx).pick(Screen.COMPLAINTS.title()), complaintLog.list(view(ctx), settings.clock().instant()));
        });
        r.get("/complaints/{number}", ctx -> {
            require(ctx, Screen.COMPLAINTS);
            html(ctx, lang(ctx).pick(Screen.COMPLAINTS.title()),
                    complaintLog.one(view(ctx), ctx.pathParam("number"), settings.clock().instant()));
        });
        r.get("/api/warehouse/audit", ctx -> {
            require(ctx, Screen.WAREHOUSE);
            json(ctx, 200, dealership.warehouse().audit());
        });
        r.exception(Redirected.class, (e, ctx) -> { });
        r.exception(Problem.class, (e, ctx) -> problem(ctx, e));
        r.exception(ValidationException.class, (e, ctx) -> problem(ctx, invalid(e)));
        r.exception(NotFoundException.class, (e, ctx) -> problem(ctx, new Problem(404, "not-found", e.text())));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, new Problem(500, "internal", Ui.text("internal")));
        });
        r.error(404, ctx -> {
            if (ctx.attribute(PROBLEM) == null) {
                problem(ctx, new Problem(404, "not-found", Ui.text("notFoundPage")));
            }
        });
    }

    /** Security headers, the session, the language, and the token check on every post. */
    private void prepare(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        Sessions.Session session = sessions.find(ctx.cookie(Sessions.COOKIE));
        if (session == null && ctx.method() == HandlerType.GET && !ctx.path().startsWith("/api/")
                && !ctx.path().startsWith("/board") && !isStatic(ctx.path())) {
            session = sessions.open(null);
            ctx.res().addHeader("Set-Cookie", sessions.cookie(session));
        }
        ctx.attribute(SESSION, session);
        ctx.attribute(LANG, Lang.choose(ctx.cookie(LANG_COOKIE), ctx.header("Accept-Language")));
        if (ctx.method() == HandlerType.POST && !Sessions.tokenMatches(session, ctx.formParam(Sessions.CSRF_FIELD))) {
            throw new Problem(403, "csrf", Ui.text("csrf"));
        }
    }

    private static boolean isStatic(String path) {
        return path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".ico");
    }

    private static Lang lang(Context ctx) {
        Lang l = ctx.attribute(LANG);
        return l == null ? Lang.EN : l;
    }

    private static Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    private Html.View view(Context ctx) {
        return new Html.View(lang(ctx), session(ctx), ctx.path(), screens);
    }

    private void require(Context ctx, Screen screen) {
        Sessions.Session s = session(ctx);
        Accounts.Account account = s == null ? null : s.account();
        if (account == null) {
            if (ctx.path().startsWith("/api/")) {
                throw new Problem(401, "sign-in", Ui.text("signInFirst"));
            }
            ctx.redirect("/login?next=" + Html.url(ctx.path()));
            throw new Redirected();
        }
        if (!screen.visibleTo(account)) {
            throw new Problem(403, "forbidden", Ui.text("forbidden"));
        }
    }

    /** Stops a handler after it redirected. */
    private static final class Redirected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redirected() {
            super(null, null, false, false);
        }
    }

    private String home(Html.View view) {
        StringBuilder b = new StringBuilder("<h1>").append(esc(view.t("app"))).append("</h1><p>")
                .append(esc(view.t("welcome"))).append("</p><ul id=\"screens\">");
        for (Screen s : screens) {
            if (s.visibleTo(view.account())) {
                b.append("<li><a href=\"").append(s.path()).append("\">").append(esc(view.lang().pick(s.title())))
                        .append("</a></li>");
            }
        }
        return b.append("</ul>").toString();
    }

    private String loginForm(Html.View view, String error) {
        StringBuilder b = new StringBuilder("<h1>").append(esc(view.t("signIn"))).append("</h1>");
        if (error != null) {
            b.append("<p class=\"error\" id=\"login-error\">").append(esc(error)).append("</p>");
        }
        b.append("<form method=\"post\" action=\"/login\" id=\"login-form\">").append(view.csrfField())
                .append("<label>").append(esc(view.t("username")))
                .append(" <input name=\"username\" id=\"username\" autocomplete=\"username\" required></label>")
                .append("<label>").append(esc(view.t("password")))
                .append(" <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required>")
                .append("</label><button type=\"submit\" id=\"login-submit\">").append(esc(view.t("signIn")))
                .append("</button></form>");
        return b.toString();
    }

    private void login(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Duration wait = throttle.wait(username, ctx.ip());
        if (!wait.isZero() && !wait.isNegative()) {
            long seconds = Math.max(1, wait.toSeconds());
            ctx.header("Retry-After", Long.toString(seconds));
            LocalizedText t = Ui.text("tooMany");
            throw new Problem(429, "too-many-sign-ins", new LocalizedText(String.format(t.en(), seconds),
                    String.format(t.zh(), seconds)));
        }
        Optional<Accounts.Account> account = dealership.accounts().check(username, password);
        if (account.isEmpty()) {
            throttle.failed(username, ctx.ip());
            ctx.status(401);
            html(ctx, Ui.t(lang(ctx), "signIn"), loginForm(view(ctx), Ui.t(lang(ctx), "badLogin")));
            return;
        }
        throttle.succeeded(username);
        sessions.close(session(ctx));
        Sessions.Session fresh = sessions.open(account.get());
        ctx.res().addHeader("Set-Cookie", sessions.cookie(fresh));
        ctx.redirect("/");
    }

    /** Records a follow-up call; a form with problems comes back listing every one, and nothing is stored. */
    private void recordCall(Context ctx) {
        require(ctx, Screen.FOLLOW_UP);
        var order = followUpPage.order(ctx.pathParam("number"));
        FollowUpPage.Form form = new FollowUpPage.Form(param(ctx, "reached"), param(ctx, "satisfaction"),
                param(ctx, "remarks"), ctx.formParams("tag"), param(ctx, "back"), param(ctx, "backAt"),
                param(ctx, "backHours"));
        List<Violation> problems = followUpPage.record(order, form, session(ctx).account().staff().id());
        if (problems.isEmpty()) {
            ctx.redirect("/follow-up?done=" + Html.url(order.id().value()));
            return;
        }
        ctx.status(400);
        html(ctx, lang(ctx).pick(Screen.FOLLOW_UP.title()), followUpPage.form(view(ctx), order, form, problems));
    }

    private static String param(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }

    private void logout(Context ctx) {
        sessions.close(session(ctx));
        ctx.res().addHeader("Set-Cookie", sessions.expiredCookie());
        ctx.redirect("/");
    }

    private void switchLanguage(Context ctx) {
        Lang chosen = Lang.ofCode(ctx.pathParam("code"));
        if (chosen == null) {
            throw Problem.badParameter("lang", ctx.pathParam("code"));
        }
        ctx.res().addHeader("Set-Cookie", LANG_COOKIE + "=" + chosen.code() + "; Path=/; SameSite=Lax; Max-Age=31536000"
                + (settings.secureCookies() ? "; Secure" : ""));
        String back = ctx.queryParam("back");
        // only a path on this server: never an open redirect
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        ctx.redirect(local ? back : "/");
    }

    private void html(Context ctx, String title, String body) {
        html(ctx, title, body, "");
    }

    private void html(Context ctx, String title, String body, String head) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page(view(ctx), title, body, head));
    }

    private static void json(Context ctx, int status, Object value) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(AftersalesJson.mapper().writeValueAsString(value));
    }

    private static Problem invalid(ValidationException e) {
        List<String> details = new ArrayList<>();
        for (Violation v : e.violations()) {
            details.add((v.path().isEmpty() ? "" : v.path() + ": ") + v.message().en() + " / " + v.message().zh());
        }
        return new Problem(400, "invalid", new LocalizedText("The request is not valid.", "请求无效。"), details);
    }

    private void problem(Context ctx, Problem p) {
        ctx.attribute(PROBLEM, p);
        if (ctx.attribute(LANG) == null) {
            ctx.attribute(LANG, Lang.choose(ctx.cookie(LANG_COOKIE), ctx.header("Accept-Language")));
        }
        Lang lang = lang(ctx);
        boolean wantsJson = ctx.path().startsWith("/api/")
                || (String.valueOf(ctx.header("Accept")).contains("application/json")
                        && !String.valueOf(ctx.header("Accept")).contains("text/html"));
        if (wantsJson) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", p.status());
            body.put("code", p.code());
            body.put("message", p.text());
            body.put("details", p.details());
            json(ctx, p.status(), body);
            return;
        }
        ctx.status(p.status());
        StringBuilder b = new StringBuilder("<section id=\"problem\" data-status=\"").append(p.status())
                .append("\"><h1>").append(p.status()).append(" · ").append(esc(Ui.t(lang, "error"))).append("</h1><p id=\"problem-message\">")
                .append(esc(lang.pick(p.text()))).append("</p><p class=\"code\">").append(esc(p.code())).append("</p>");
        if (!p.details().isEmpty()) {
            b.append("<ul>");
            p.details().forEach(d -> b.append("<li>").append(esc(d)).append("</li>"));
            b.append("</ul>");
        }
        if (p.status() == 401 || p.status() == 403) {
            b.append("<p><a href=\"/login\">").append(esc(Ui.t(lang, "signIn"))).append("</a></p>");
        }
        b.append("<p><a href=\"/\">").append(esc(Ui.t(lang, "back"))).append("</a></p></section>");
        html(ctx, Ui.t(lang, "error"), b.toString(), "");
    }
}
