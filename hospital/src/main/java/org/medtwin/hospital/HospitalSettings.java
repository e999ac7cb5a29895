package org.medtwin.hospital;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * How the hospital server runs, built once from defaults, an optional properties file and the
 * environment (in that order, later winning), then passed in.
 *
 * @param host the interface to listen on ({@code localhost} unless exposed on purpose)
 * @param port the TCP port (0 picks a free one, for tests)
 * @param secureCookies whether session cookies are {@code Secure} and HSTS is sent: true behind
 *     TLS
 * @param sessionIdle how long an idle session stays valid
 * @param maxLoginFailures failed logins in a row after which an account locks
 * @param lockout how long a locked account stays locked
 * @param loginsPerMinute login attempts one client address may make per minute
 */
public record HospitalSettings(
    String host, int port, boolean secureCookies, Duration sessionIdle, int maxLoginFailures,
    Duration lockout, int loginsPerMinute) {

  public HospitalSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("The server needs a host to listen on. Maybe localhost?");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Port " + port + " is not a TCP port. Maybe 8080?");
    }
    if (sessionIdle.isNegative() || sessionIdle.isZero()) {
      throw new IllegalArgumentException("Session idle time " + sessionIdle + " must be positive.");
    }
    if (maxLoginFailures < 1 || loginsPerMinute < 1) {
      throw new IllegalArgumentException("Login limits must be at least 1.");
    }
  }

  /** Loopback on 8080, plain HTTP, 30 idle minutes, lock after 5 failures for 15 minutes. */
  public static HospitalSettings defaults() {
    return new HospitalSettings(
        "localhost", 8080, false, Duration.ofMinutes(30), 5, Duration.ofMinutes(15), 20);
  }

  /**
   * The defaults overridden by a properties file ({@code hospital.port=8443}) and then by the
   * environment ({@code MEDTWIN_HOSPITAL_PORT=8443}).
   *
   * @param file a properties file, or {@code null}
   * @throws IllegalArgumentException naming the file and key of a bad value
   */
  public static HospitalSettings load(Path file, Map<String, String> environment) {
    Properties values = new Properties();
    if (file != null) {
      try (Reader reader = Files.newBufferedReader(file)) {
        values.load(reader);
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read settings file " + file + ": " + e.getMessage());
      }
    }
    HospitalSettings d = defaults();
    Source source = new Source(values, environment, file);
    return new HospitalSettings(
        source.text("host", d.host()),
        source.integer("port", d.port()),
        source.bool("secure-cookies", d.secureCookies()),
        Duration.ofMinutes(source.integer("session-idle-minutes", (int) d.sessionIdle().toMinutes())),
        source.integer("max-login-failures", d.maxLoginFailures()),
        Duration.ofMinutes(source.integer("lockout-minutes", (int) d.lockout().toMinutes())),
        source.integer("logins-per-minute", d.loginsPerMinute()));
  }

  /** The same settings on another port. */
  public HospitalSettings withPort(int newPort) {
    return new HospitalSettings(host, newPort, secureCookies, sessionIdle, maxLoginFailures,
        lockout, loginsPerMinute);
  }

  /** Looks a key up in the environment first, then the file. */
  private record Source(Properties file, Map<String, String> environment, Path path) {
    String text(String key, String fallback) {
      String env = environment.get("MEDTWIN_HOSPITAL_" + key.toUpperCase().replace('-', '_'));
      if (env != null) {
        return env.strip();
      }
      String value = file.getProperty("hospital." + key);
      return value == null ? fallback : value.strip();
    }

    int integer(String key, int fallback) {
      String value = text(key, null);
      if (value == null) {
        return fallback;
      }
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Setting hospital." + key + " = '" + value + "'"
            + (path == null ? "" : " in " + path) + " is not a whole number.");
      }
    }

    boolean bool(String key, boolean fallback) {
      String value = text(key, null);
      if (value == null) {
        return fallback;
      }
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        throw new IllegalArgumentException("Setting hospital." + key + " = '" + value + "'"
            + (path == null ? "" : " in " + path) + " must be true or false.");
      }
      return Boolean.parseBoolean(value);
    }
  }
}
