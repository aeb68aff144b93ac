package outcomes.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard a download tries: {@code retries} more tries after the first, waiting {@code firstWait}
 * before the second and twice as long before each one after (exponential backoff, so a struggling
 * server is not hammered), each try allowed {@code timeout} for the whole answer.
 */
public record RetryPolicy(int retries, Duration firstWait, Duration timeout) {
  public static final RetryPolicy STANDARD =
      new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(120));

  /** No wait is longer than this, however many tries. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

  public RetryPolicy {
    Objects.requireNonNull(firstWait, "firstWait");
    Objects.requireNonNull(timeout, "timeout");
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries must be 0 to 10, not " + retries);
    }
    if (firstWait.isNegative()) {
      throw new IllegalArgumentException("the wait between tries cannot be negative");
    }
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("the timeout must be positive");
    }
  }

  public int tries() {
    return retries + 1;
  }

  /** The wait after the given failed try (1 for the first): firstWait, doubled each time. */
  public Duration waitAfter(int failedTry) {
    if (failedTry < 1) {
      throw new IllegalArgumentException("tries are counted from 1, not " + failedTry);
    }
    Duration wait = firstWait;
    for (int i = 1; i < failedTry && wait.compareTo(LONGEST_WAIT) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
