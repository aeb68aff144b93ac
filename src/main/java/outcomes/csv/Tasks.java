package outcomes.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of work done on another thread, its failure thrown here as it was thrown there. */
public final class Tasks {
  private Tasks() {}

  /**
   * Waits for the task; its unchecked exception or error is rethrown as it is (an input's one-line
   * error stays one), an IOException unchecked.
   */
  public static <T> T result(Future<T> task, String doing) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(cause);
    }
  }
}
