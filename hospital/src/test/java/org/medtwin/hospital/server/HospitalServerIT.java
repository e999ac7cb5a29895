package org.medtwin.hospital.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.governance.audit.AuditTrail;
import org.medtwin.governance.directory.Actor;
import org.medtwin.governance.directory.GovernanceDirectory;
import org.medtwin.governance.policy.Role;
import org.medtwin.governance.policy.UserAccount;
import org.medtwin.hospital.HospitalSettings;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.testing.TestStores;

/** The server on a real DuckDB store, driven over HTTP as a browser and an API client would. */
class HospitalServerIT {

  private static final String PASSWORD = "correct horse battery";

  @TempDir Path tempDir;

  private PatientStore store;
  private HospitalServer server;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void startServer() throws Exception {
    store = PatientStore.open(TestStores.fresh(Dialect.DUCKDB, tempDir));
    Connection connection = store.connection();
    GovernanceDirectory directory = new GovernanceDirectory(
        connection, new AuditTrail(connection, null, Clock.systemUTC()), Clock.systemUTC());
    Actor admin = new Actor("admin-1", Role.ADMIN);
    directory.putUser(admin, new UserAccount("dr-lee", "Dr Lee", Set.of(Role.CLINICIAN), null, true));
    directory.putUser(admin, new UserAccount("res-1", "Res One", Set.of(Role.RESEARCHER), null, true));
    directory.putCareTeam(admin, "ward-3", "Ward 3");
    directory.addMember(admin, "ward-3", "dr-lee");
    directory.addPatient(admin, "ward-3", "P-1");
    try (Statement sql = connection.createStatement()) {
      sql.execute("INSERT INTO golden_patient (person_id, family, given, birth_date, sex,"
          + " content_hash, run_id) VALUES ('P-1', 'Smith', 'Ann', DATE '1950-02-03', 'female',"
          + " 'h1', 'r1'), ('P-2', '<script>alert(1)</script>', 'Bob', DATE '1960-01-01',"
          + " 'male', 'h2', 'r1')");
      sql.execute("INSERT INTO person_link VALUES ('hospital-a', 'a-1', 'P-1', 'r1', 1.0, 'h'),"
          + " ('lab', 'l-1', 'P-1', 'r1', 0.99, 'h'), ('hospital-a', 'a-2', 'P-2', 'r1', 1.0, 'h')");
      sql.execute("INSERT INTO observation (source, id, patient_id, source_record_id, run_id,"
          + " content_hash, status, code_system, code, code_display, effective, value_type,"
          + " value_num, value_decimal, unit, ref_low, ref_high) VALUES ('lab', 'o-1', 'l-1',"
          + " 'msg-1', 'r1', 'h', 'final', 'http://loinc.org', '2339-0', 'Glucose',"
          + " TIMESTAMP '2024-05-01 08:00:00', 'quantity', 5.4, '5.4', 'mmol/L', 3.9, 5.6)");
    }
    server = new HospitalServer(HospitalSettings.defaults().withPort(0), connection, null,
        Clock.systemUTC()).start();
    server.setPassword("dr-lee", PASSWORD.toCharArray());
    server.setPassword("res-1", PASSWORD.toCharArray());
  }

  @AfterEach
  void stopServer() {
    server.close();
    store.close();
  }

  @Test
  void everySignedInRouteAnswers401WithoutASession() throws Exception {
    int walked = 0;
    for (Route route : server.routes()) {
      if (route.access() != Route.Access.SIGNED_IN) {
        continue;
      }
      String path = route.path().replace("{id}", "P-1");
      HttpResponse<String> response = route.method().equals("GET")
          ? http.send(get(path).build(), HttpResponse.BodyHandlers.ofString())
          : http.send(form(path, Map.of("csrf", "x")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(route.method() + " " + path).isEqualTo(401);
      walked++;
    }
    assertThat(walked).isGreaterThanOrEqualTo(8);
    assertThat(server.routes()).filteredOn(r -> r.access() == Route.Access.PUBLIC)
        .extracting(Route::path).containsExactlyInAnyOrder("/health", "/ready", "/login", "/login");
  }

  @Test
  void signsInWithASecureCookie_showsTheCareTeamWard_andEscapesStoredText() throws Exception {
    String cookie = signIn("dr-lee");
    HttpResponse<String> ward = send(get("/ward").header("Cookie", cookie));
    assertThat(ward.statusCode()).isEqualTo(200);
    assertThat(ward.body()).contains("Smith, Ann").doesNotContain("Bob");
    assertThat(ward.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(ward.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void chartShowsEverySourcesFacts_andOutsideTheCareTeamOnlyByAuditedBreakGlass() throws Exception {
    String cookie = signIn("dr-lee");
    HttpResponse<String> chart = send(get("/patients/P-1").header("Cookie", cookie));
    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(chart.body()).contains("Glucose").contains("5.4 mmol/L").contains("lab");

    HttpResponse<String> other = send(get("/patients/P-2").header("Cookie", cookie));
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("break-glass");
    String csrf = csrfOf(chart.body());
    HttpResponse<String> glass = send(form("/patients/P-2/break-glass",
        Map.of("csrf", csrf, "reason", "Collapsed in the corridor, unconscious")).header("Cookie", cookie));
    assertThat(glass.statusCode()).isEqualTo(200);
    assertThat(glass.body()).contains("&lt;script&gt;").doesNotContain("<script>alert");

    AuditTrail audit = new AuditTrail(store.connection(), null, Clock.systemUTC());
    assertThat(audit.forPatient("P-2")).extracting(e -> e.event().outcome())
        .containsExactly("deny", "permit");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void researcherCannotOpenACareChart() throws Exception {
    String cookie = signIn("res-1");
    HttpResponse<String> api = send(get("/api/patients/P-1/timeline").header("Cookie", cookie));
    assertThat(api.statusCode()).isEqualTo(403);
  }

  @Test
  void locksAnAccountAfterFiveFailures_evenForTheRightPassword() throws Exception {
    for (int i = 0; i < 4; i++) {
      assertThat(login("dr-lee", "wrong password!").statusCode()).isEqualTo(401);
    }
    HttpResponse<String> fifth = login("dr-lee", "wrong password!");
    assertThat(fifth.body()).contains("locked");
    HttpResponse<String> right = login("dr-lee", PASSWORD);
    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(right.body()).contains("locked");
  }

  @Test
  void rejectsAFormPostWithoutTheSessionsCsrfToken() throws Exception {
    String cookie = signIn("dr-lee");
    HttpResponse<String> logout =
        send(form("/logout", Map.of("csrf", "forged")).header("Cookie", cookie));
    assertThat(logout.statusCode()).isEqualTo(403);
    assertThat(send(get("/ward").header("Cookie", cookie)).statusCode()).isEqualTo(200);
  }

  @Test
  void scoresPostedVitalSigns_firesAndAcknowledgesAlerts_onlyForTheCareTeamsPatients() throws Exception {
    String cookie = signIn("dr-lee");
    String csrf = csrfOf(send(get("/ward").header("Cookie", cookie)).body());
    // RCP NEWS2 chart: resp 25 -> 3, SpO2 91 on scale 1 -> 3, on oxygen -> 2, systolic 95 -> 2,
    // pulse 120 -> 2, new confusion -> 3, 38.5 C -> 1: total 16, high clinical risk.
    String sick = "{\"patient\":\"P-1\",\"time\":\"2026-11-25T08:00:00Z\",\"resp_rate\":25,"
        + "\"spo2\":91,\"spo2_scale\":\"1\",\"on_oxygen\":true,\"systolic_bp\":95,"
        + "\"pulse\":120,\"consciousness\":\"C\",\"temperature\":38.5}";
    HttpResponse<String> posted = send(json("/api/vitals", sick, csrf).header("Cookie", cookie));
    assertThat(posted.statusCode()).isEqualTo(201);
    assertThat(posted.body()).contains("\"news2_total\":16").contains("\"clinical_risk\":\"HIGH\"");
    Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(posted.body());
    assertThat(id.find()).isTrue();

    HttpResponse<String> open = send(get("/api/alerts?patient=P-1").header("Cookie", cookie));
    assertThat(open.body()).contains(id.group(1));
    HttpResponse<String> ack = send(json("/api/alerts/" + URLEncoder.encode(id.group(1),
        StandardCharsets.UTF_8).replace("+", "%20") + "/acknowledge", "{}", csrf).header("Cookie", cookie));
    assertThat(ack.body()).contains("ACKNOWLEDGED");

    HttpResponse<String> other = send(json("/api/vitals", sick.replace("P-1", "P-2"), csrf)
        .header("Cookie", cookie));
    assertThat(other.statusCode()).isEqualTo(403);
    HttpResponse<String> malformed = send(json("/api/vitals",
        sick.replace("\"pulse\":120,", ""), csrf).header("Cookie", cookie));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("pulse");
    HttpResponse<String> noCsrf = send(json("/api/vitals", sick, "forged").header("Cookie", cookie));
    assertThat(noCsrf.statusCode()).isEqualTo(403);
  }

  private HttpRequest.Builder json(String path, String body, String csrf) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
        .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private String signIn(String user) throws Exception {
    HttpResponse<String> response = login(user, PASSWORD);
    assertThat(response.statusCode()).isEqualTo(303);
    String setCookie = response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(Authenticator.COOKIE + "=")).findFirst().orElseThrow();
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private HttpResponse<String> login(String user, String password) throws Exception {
    HttpResponse<String> form = send(get("/login"));
    String loginCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
    String token = loginCookie.substring(loginCookie.indexOf('=') + 1, loginCookie.indexOf(';'));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login_token", token);
    fields.put("user", user);
    fields.put("password", password);
    return send(form("/login", fields).header("Cookie", "medtwin_login=" + token));
  }

  private static String csrfOf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET();
  }

  private HttpRequest.Builder form(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
