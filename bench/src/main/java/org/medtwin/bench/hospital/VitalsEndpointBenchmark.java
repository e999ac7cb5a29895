package org.medtwin.bench.hospital;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medtwin.governance.audit.AuditTrail;
import org.medtwin.governance.directory.Actor;
import org.medtwin.governance.directory.GovernanceDirectory;
import org.medtwin.governance.policy.Role;
import org.medtwin.governance.policy.UserAccount;
import org.medtwin.hospital.HospitalSettings;
import org.medtwin.hospital.server.HospitalServer;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;

/**
 * Alert latency through the HTTP endpoint (issue 7): vital signs posted to {@code /api/vitals} of
 * a running server on loopback by concurrent clients, each answer timed from send to the alerts
 * in its body. The server authorizes, audits, scores NEWS2 and checks alerts for every post.
 *
 * <p>Usage: {@code VitalsEndpointBenchmark [observations] [clients]} (default 20,000 and 2).
 */
public final class VitalsEndpointBenchmark {

  private static final String PASSWORD = "bench password 1";

  private VitalsEndpointBenchmark() {}

  /** Runs the benchmark and prints the latency distribution. */
  public static void main(String[] args) throws Exception {
    int observations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path dir = Files.createTempDirectory("medtwin-vitals-bench");
    try (PatientStore store = PatientStore.open(StoreLocation.parse(dir.resolve("b.duckdb").toString()))) {
      Connection connection = store.connection();
      GovernanceDirectory directory = new GovernanceDirectory(
          connection, new AuditTrail(connection, null, Clock.systemUTC()), Clock.systemUTC());
      Actor admin = new Actor("bench-admin", Role.ADMIN);
      directory.putUser(admin, new UserAccount("nurse-1", "Nurse", Set.of(Role.NURSE), null, true));
      directory.putCareTeam(admin, "ward", "Ward");
      directory.addMember(admin, "ward", "nurse-1");
      for (int p = 0; p < 100; p++) {
        directory.addPatient(admin, "ward", "P-" + p);
      }
      try (HospitalServer server = new HospitalServer(
          HospitalSettings.defaults().withPort(0), connection, null, Clock.systemUTC()).start()) {
        server.setPassword("nurse-1", PASSWORD.toCharArray());
        String base = "http://localhost:" + server.port();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String[] session = signIn(http, base);
        run(http, base, session, 1_000, clients); // warm-up
        long start = System.nanoTime();
        long[] latencies = run(http, base, session, observations, clients);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%,d observations by %d clients in %.1f s: %,.0f posts/s;"
                + " latency ms p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n",
            observations, clients, seconds, observations / seconds,
            latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.9)] / 1e6,
            latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6);
      }
    }
  }

  private static long[] run(HttpClient http, String base, String[] session, int count, int clients)
      throws Exception {
    long[] latencies = new long[count];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Future<?>[] futures = new Future<?>[clients];
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures[c] = pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(client);
        for (int i = client; i < count; i += clients) {
          String body = observation(random, i);
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/vitals"))
              .header("Content-Type", "application/json").header("Cookie", session[0])
              .header("X-CSRF-Token", session[1]).POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
          long sent = System.nanoTime();
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          latencies[i] = System.nanoTime() - sent;
          if (response.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
          }
        }
        return null;
      });
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    return latencies;
  }

  /** A plausible set of vital signs, now and then a deteriorating one, one minute apart per patient. */
  private static String observation(SplittableRandom random, int i) {
    boolean sick = random.nextInt(20) == 0;
    return "{\"patient\":\"P-" + (i % 100) + "\",\"time\":\""
        + Instant.parse("2026-11-25T00:00:00Z").plusSeconds(60L * (i / 100)) + "\","
        + "\"resp_rate\":" + (sick ? 26 : 12 + random.nextInt(8)) + ",\"spo2\":"
        + (sick ? 90 : 96 + random.nextInt(4)) + ",\"spo2_scale\":\"1\",\"on_oxygen\":" + sick
        + ",\"systolic_bp\":" + (sick ? 92 : 115 + random.nextInt(30)) + ",\"pulse\":"
        + (sick ? 125 : 60 + random.nextInt(30)) + ",\"consciousness\":\"" + (sick ? "C" : "A")
        + "\",\"temperature\":" + (sick ? 38.6 : 36.5) + "}";
  }

  /** Signs in; returns the session cookie and its CSRF token. */
  private static String[] signIn(HttpClient http, String base) throws Exception {
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString());
    String loginCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
    String token = loginCookie.substring(loginCookie.indexOf('=') + 1, loginCookie.indexOf(';'));
    String body = "login_token=" + token + "&user=nurse-1&password="
        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", "medtwin_login=" + token)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    String setCookie = login.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("medtwin_session=")).findFirst().orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    HttpResponse<String> ward = http.send(HttpRequest.newBuilder(URI.create(base + "/ward"))
        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(ward.body());
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token on the ward page.");
    }
    return new String[] {cookie, csrf.group(1)};
  }
}
