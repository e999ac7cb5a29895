package org.medtwin.hospital.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medtwin.governance.GovernedAccess;
import org.medtwin.governance.audit.AuditTrail;
import org.medtwin.governance.directory.BreakGlassLog;
import org.medtwin.governance.directory.GovernanceDirectory;
import org.medtwin.governance.policy.PolicyDecisionPoint;
import org.medtwin.governance.policy.PolicyRules;
import org.medtwin.governance.key.GovernanceKey;
import org.medtwin.governance.policy.Role;
import org.medtwin.governance.policy.UserAccount;
import org.medtwin.hospital.HospitalSettings;
import org.medtwin.hospital.auth.Credentials;
import org.medtwin.hospital.auth.LoginOutcome;
import org.medtwin.hospital.auth.LoginThrottle;
import org.medtwin.hospital.auth.PasswordHasher;
import org.medtwin.hospital.auth.Session;
import org.medtwin.hospital.auth.Sessions;
import org.medtwin.hospital.chart.ChartQueries;
import org.medtwin.hospital.chart.PatientChart;
import org.medtwin.hospital.chart.WardPage;
import org.medtwin.hospital.web.ChartView;
import org.medtwin.hospital.web.LoginPage;
import org.medtwin.hospital.web.WardView;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The virtual hospital's HTTP server over one patient store: sign-in, the ward list and the
 * patient chart (server-rendered HTML), their JSON API, health, readiness and Prometheus
 * metrics. Javalin (on Jetty 12) serves the routes; every patient read goes through the
 * governance door and is audited.
 */
public final class HospitalServer implements AutoCloseable {

  private static final String LOGIN_COOKIE = "medtwin_login";
  private static final int PAGE_SIZE = 50;

  private final HospitalSettings settings;
  private final Connection connection;
  private final Object storeLock = new Object();
  private final GovernanceDirectory directory;
  private final Credentials credentials;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final Authenticator authenticator;
  private final GovernedCharts charts;
  private final BedsideMonitor bedside;
  private final Clock clock;
  private final com.fasterxml.jackson.databind.ObjectMapper json =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter requests;
  private final Counter logins;
  private final SecureRandom random = new SecureRandom();
  private final List<Route> routes;
  private Javalin app;

  /**
   * A server over a migrated store's connection, not yet started.
   *
   * @param auditKey the key that signs the audit head, or {@code null}
   */
  public HospitalServer(
      HospitalSettings settings, Connection connection, GovernanceKey auditKey, Clock clock) {
    this.settings = settings;
    this.connection = connection;
    AuditTrail audit = new AuditTrail(connection, auditKey, clock);
    this.directory = new GovernanceDirectory(connection, audit, clock);
    this.credentials = new Credentials(connection, new PasswordHasher(), clock,
        settings.maxLoginFailures(), settings.lockout());
    this.sessions = new Sessions(clock, settings.sessionIdle());
    this.throttle = new LoginThrottle(clock, settings.loginsPerMinute());
    this.authenticator = new Authenticator(sessions, settings.secureCookies());
    // One audit trail and one directory for the door and for the server's own lookups.
    GovernedAccess access = new GovernedAccess(
        new PolicyDecisionPoint(PolicyRules.standard(), directory), audit,
        new BreakGlassLog(connection, clock));
    this.charts = new GovernedCharts(storeLock, access, directory, new ChartQueries(connection));
    this.bedside = new BedsideMonitor(storeLock, access, new org.medtwin.twin.monitor.VitalSignMonitor(
        org.medtwin.twin.news2.News2Scorer.rcp2017(),
        org.medtwin.twin.monitor.MonitorSettings.defaults()));
    this.clock = clock;
    this.requests = Counter.builder().name("medtwin_http_requests_total")
        .help("HTTP requests answered, by route and status").labelNames("route", "status")
        .register(registry);
    this.logins = Counter.builder().name("medtwin_logins_total")
        .help("Sign-in attempts by outcome").labelNames("outcome").register(registry);
    this.routes = declareRoutes();
  }

  /** Every route the server answers, with its access: the list the router is built from. */
  public List<Route> routes() {
    return routes;
  }

  /** Starts listening; returns this server. */
  public HospitalServer start() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/org/medtwin/hospital/static";
        files.location = Location.CLASSPATH;
      });
      for (Route route : routes) {
        io.javalin.http.Handler counted = ctx -> {
          try {
            route.handler().handle(ctx);
          } finally {
            requests.labelValues(route.path(), Integer.toString(ctx.statusCode())).inc();
          }
        };
        if (route.method().equals("GET")) {
          config.routes.get(route.path(), counted);
        } else {
          config.routes.post(route.path(), counted);
        }
      }
      config.routes.after(this::securityHeaders);
      config.routes.exception(Exception.class, (e, ctx) -> {
        // Never a stack trace to the client; the request id lets an operator find it.
        ctx.status(500).result("The server could not answer this request.");
      });
    });
    app.start(settings.host(), settings.port());
    return this;
  }

  /** The port it listens on (the chosen one when the settings asked for 0). */
  public int port() {
    return app.port();
  }

  /** Where a browser finds it. */
  public String url() {
    return "http://" + settings.host() + ":" + port() + "/";
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
  }

  private List<Route> declareRoutes() {
    List<Route> all = new ArrayList<>();
    all.add(new Route("GET", "/health", Route.Access.PUBLIC,
        ctx -> ctx.json(Map.of("status", "UP"))));
    all.add(new Route("GET", "/ready", Route.Access.PUBLIC, this::ready));
    all.add(new Route("GET", "/login", Route.Access.PUBLIC, this::loginForm));
    all.add(new Route("POST", "/login", Route.Access.PUBLIC, this::login));
    all.add(signedIn("POST", "/logout", this::logout));
    all.add(signedIn("GET", "/", ctx -> ctx.redirect("/ward")));
    all.add(signedIn("GET", "/ward", this::wardPage));
    all.add(signedIn("GET", "/patients/{id}", ctx -> chartPage(ctx, null)));
    all.add(signedIn("POST", "/patients/{id}/break-glass",
        ctx -> chartPage(ctx, ctx.formParam("reason"))));
    all.add(signedIn("GET", "/api/patients", this::wardJson));
    all.add(signedIn("GET", "/api/patients/{id}/timeline", this::timelineJson));
    all.add(signedIn("POST", "/api/vitals", this::postVitals));
    all.add(signedIn("GET", "/api/alerts", this::alertsJson));
    all.add(signedIn("POST", "/api/alerts/{id}/acknowledge", this::acknowledge));
    all.add(signedIn("GET", "/metrics", this::metrics));
    return List.copyOf(all);
  }

  private Route signedIn(String method, String path, io.javalin.http.Handler handler) {
    return new Route(method, path, Route.Access.SIGNED_IN, authenticator.signedIn(handler));
  }

  private void ready(Context ctx) {
    synchronized (storeLock) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT 1");
        ctx.json(Map.of("status", "READY"));
      } catch (SQLException e) {
        ctx.status(503).json(Map.of("status", "STORE_UNAVAILABLE"));
      }
    }
  }

  private void loginForm(Context ctx) {
    String token = token();
    ctx.header("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict"
        + (settings.secureCookies() ? "; Secure" : ""));
    ctx.html(LoginPage.render(token, null));
  }

  private void login(Context ctx) {
    String expected = ctx.cookie(LOGIN_COOKIE);
    if (expected == null || !expected.equals(ctx.formParam("login_token"))) {
      ctx.status(403).html(LoginPage.render(token(), "The sign-in form expired. Please try again."));
      return;
    }
    if (!throttle.tryAcquire(ctx.ip())) {
      logins.labelValues("throttled").inc();
      ctx.status(429).header("Retry-After", "60")
          .html(LoginPage.render(expected, "Too many sign-in attempts. Wait a minute."));
      return;
    }
    String userId = Optional.ofNullable(ctx.formParam("user")).orElse("").strip();
    char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
    LoginOutcome outcome;
    Optional<UserAccount> user;
    synchronized (storeLock) {
      outcome = credentials.verify(userId, password);
      user = outcome == LoginOutcome.SIGNED_IN ? directory.user(userId) : Optional.empty();
    }
    java.util.Arrays.fill(password, '\0');
    Optional<Role> role = user.filter(UserAccount::active)
        .flatMap(u -> chooseRole(u, ctx.formParam("role")));
    if (outcome == LoginOutcome.LOCKED) {
      logins.labelValues("locked").inc();
      ctx.status(401).html(LoginPage.render(expected,
          "This account is locked after too many failed sign-ins. Try again later."));
      return;
    }
    if (role.isEmpty()) {
      logins.labelValues("rejected").inc();
      ctx.status(401).html(LoginPage.render(expected, "Wrong user name or password."));
      return;
    }
    logins.labelValues("signed_in").inc();
    UserAccount account = user.get();
    Session session = sessions.open(account.userId(),
        account.displayName() == null ? account.userId() : account.displayName(), role.get());
    authenticator.setCookie(ctx, session);
    ctx.redirect("/ward", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static Optional<Role> chooseRole(UserAccount user, String asked) {
    if (asked != null && !asked.isBlank()) {
      try {
        Role role = Role.parse(asked);
        return user.holds(role) ? Optional.of(role) : Optional.empty();
      } catch (IllegalArgumentException unknown) {
        return Optional.empty();
      }
    }
    for (Role role : Role.values()) {
      if (user.holds(role)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private void logout(Context ctx) {
    sessions.close(Authenticator.session(ctx).id());
    authenticator.clearCookie(ctx);
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void wardPage(Context ctx) {
    Session session = Authenticator.session(ctx);
    String search = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    WardPage ward = charts.ward(session, search, page(ctx), PAGE_SIZE);
    ctx.html(WardView.render(session, ward, search));
  }

  private void chartPage(Context ctx, String breakGlassReason) {
    Session session = Authenticator.session(ctx);
    String personId = ctx.pathParam("id");
    if (breakGlassReason != null && breakGlassReason.strip().length() < 10) {
      ctx.status(400).result("A break-glass access needs a reason of at least 10 characters.");
      return;
    }
    GovernedCharts.Read read = charts.chart(session, personId, breakGlassReason, page(ctx), PAGE_SIZE);
    if (read.decision().denied()) {
      ctx.status(403).html(ChartView.denied(session, personId, read.decision()));
      return;
    }
    if (read.chart().isEmpty()) {
      ctx.status(404).result("No patient " + personId + " in this store.");
      return;
    }
    ctx.html(ChartView.render(session, read.chart().get(), page(ctx), PAGE_SIZE, read.withheld()));
  }

  private void wardJson(Context ctx) {
    Session session = Authenticator.session(ctx);
    WardPage ward = charts.ward(session,
        Optional.ofNullable(ctx.queryParam("q")).orElse(""), page(ctx), size(ctx));
    ctx.json(ward);
  }

  private void timelineJson(Context ctx) {
    Session session = Authenticator.session(ctx);
    GovernedCharts.Read read =
        charts.chart(session, ctx.pathParam("id"), null, page(ctx), size(ctx));
    if (read.decision().denied()) {
      ctx.status(403).json(Map.of("error", read.decision().explanation(),
          "reasons", read.decision().reasonCodes()));
      return;
    }
    if (read.chart().isEmpty()) {
      ctx.status(404).json(Map.of("error", "No such patient."));
      return;
    }
    PatientChart chart = read.chart().get();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("patient", chart.patient());
    body.put("total", chart.timelineTotal());
    body.put("withheld", read.withheld());
    body.put("conflicts", chart.conflicts());
    body.put("entries", chart.timeline());
    ctx.json(body);
  }

  private void postVitals(Context ctx) {
    Session session = Authenticator.session(ctx);
    BedsideMonitor.Posted posted;
    try {
      posted = bedside.post(session, json.readTree(ctx.body()));
    } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.status(400).json(Map.of("error", e instanceof IllegalArgumentException
          ? e.getMessage() : "The body is not valid JSON."));
      return;
    }
    if (posted.decision().denied()) {
      ctx.status(403).json(Map.of("error", posted.decision().explanation()));
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (posted.assessment() instanceof org.medtwin.twin.news2.News2Score score) {
      body.put("news2_total", score.total());
      body.put("clinical_risk", score.response().risk().name());
    } else if (posted.assessment() instanceof org.medtwin.twin.news2.RejectedVitalSigns rejected) {
      body.put("rejected", rejected.reasons());
    }
    body.put("alerts", BedsideMonitor.json(posted.alerts()));
    ctx.status(201).json(body);
  }

  private void alertsJson(Context ctx) {
    String patient = ctx.queryParam("patient");
    if (patient == null || patient.isBlank()) {
      ctx.status(400).json(Map.of("error", "Query parameter 'patient' is missing."));
      return;
    }
    ctx.json(BedsideMonitor.json(bedside.openAlerts(Authenticator.session(ctx), patient)));
  }

  private void acknowledge(Context ctx) {
    org.medtwin.twin.monitor.AcknowledgeOutcome outcome =
        bedside.acknowledge(Authenticator.session(ctx), ctx.pathParam("id"), clock.instant());
    ctx.status(outcome == org.medtwin.twin.monitor.AcknowledgeOutcome.NOT_OPEN ? 404 : 200)
        .json(Map.of("outcome", outcome.name()));
  }

  private void metrics(Context ctx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PrometheusTextFormatWriter(false).write(out, registry.scrape());
    ctx.contentType(PrometheusTextFormatWriter.CONTENT_TYPE)
        .result(out.toString(StandardCharsets.UTF_8));
  }

  private void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src"
        + " 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri"
        + " 'none'; object-src 'none'");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (settings.secureCookies()) {
      ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }

  private static int page(Context ctx) {
    return bounded(ctx.queryParam("page"), 1, Integer.MAX_VALUE / PAGE_SIZE, 1);
  }

  private static int size(Context ctx) {
    return bounded(ctx.queryParam("size"), 1, ChartQueries.MAX_PAGE_SIZE, PAGE_SIZE);
  }

  private static int bounded(String value, int min, int max, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Math.max(min, Math.min(max, Integer.parseInt(value.strip())));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Sets a user's password: the command line's way to give a directory user a sign-in. */
  public void setPassword(String userId, char[] password) {
    synchronized (storeLock) {
      if (directory.user(userId).isEmpty()) {
        throw new IllegalArgumentException("No user " + userId + " in the governance directory."
            + " Maybe add them first with medtwin access user add?");
      }
      credentials.setPassword(userId, password);
    }
  }
}
