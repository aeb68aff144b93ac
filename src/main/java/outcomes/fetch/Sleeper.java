package outcomes.fetch;

import java.time.Duration;

/** Waits between tries; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
