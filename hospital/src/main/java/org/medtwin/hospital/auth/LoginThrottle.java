package org.medtwin.hospital.auth;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits login attempts per client address to a number per minute (a sliding window), so that
 * password guessing across many accounts from one address is slowed as well as per-account
 * lock-out slows it for one account.
 */
public final class LoginThrottle {

  private static final long WINDOW_MILLIS = 60_000;

  private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int perMinute;

  /** A throttle allowing {@code perMinute} attempts per address per minute. */
  public LoginThrottle(Clock clock, int perMinute) {
    this.clock = clock;
    this.perMinute = perMinute;
  }

  /** Counts an attempt from the address; returns whether it may go ahead. */
  public boolean tryAcquire(String address) {
    long now = clock.millis();
    Deque<Long> window = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (window) {
      while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
        window.pollFirst();
      }
      if (window.size() >= perMinute) {
        return false;
      }
      window.addLast(now);
      return true;
    }
  }
}
